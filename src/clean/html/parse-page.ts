import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';

// Loaded on first use: a bundle of plain-text articles never pays for the DOM (~170 ms at start-up).
const require = createRequire(import.meta.url);
let parseHTML: typeof ParseHTML | undefined;

/**
 * Parse a page with linkedom. linkedom builds a broken tree (no `<html>`, no body) for input without an
 * `<html>` element — fragments, bare `<body>` pages, plain text — so those are wrapped first.
 */
export function parsePage(page: string): Document {
  parseHTML ??= (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML;
  const html = blankMarkFloods(page);
  const parseWith = parseHTML;
  const parse = (source: string): Document => parseWith(source).document as unknown as Document;
  const document = parse(html);
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && document.body) return document;
  const inner = /<body[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`;
  return parse(`<!DOCTYPE html><html>${inner}</html>`);
}

/** A run of bare "<" this long is a flood, not markup. */
const FLOOD = 1000;
// "<" after "<", with or without whitespace between: no tag opens until a name follows one (linear: each step must
// start at a "<")
const MARK_FLOOD = new RegExp(`(?:<\\s*){${FLOOD},}`, 'g');

/**
 * A run of thousands of "<" that open no tag ("<<<<", "< < < <") is no markup and no prose, yet the parser reads each
 * as a text node of its own (two million took 740 MB and 5 s to parse, 1.4 GB to clean): the run is blanked to
 * spaces of the same length (offsets keep), all but a last "<" that opens a tag.
 */
function blankMarkFloods(html: string): string {
  MARK_FLOOD.lastIndex = 0;
  if (!MARK_FLOOD.test(html)) return html;
  MARK_FLOOD.lastIndex = 0;
  return html.replace(MARK_FLOOD, (run: string, at: number) => {
    const opensTag = run.endsWith('<') && /[A-Za-z!/?]/.test(html[at + run.length] ?? '');
    return opensTag ? `${run.slice(0, -1).replace(/\S/g, ' ')}<` : run.replace(/\S/g, ' ');
  });
}
