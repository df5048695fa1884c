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

/**
 * A run of thousands of "<" that open no tag is no markup and no prose, yet the parser reads each as a text node of
 * its own (two million took 740 MB and 5 s to parse, 1.4 GB to clean): the run is blanked to spaces of the same length
 * (offsets keep), all but a last "<" that opens a tag.
 */
function blankMarkFloods(html: string): string {
  if (!html.includes('<'.repeat(FLOOD))) return html;
  return html.replace(new RegExp(`<{${FLOOD},}`, 'g'), (run: string, at: number) => {
    const opensTag = /[A-Za-z!/?]/.test(html[at + run.length] ?? '');
    return ' '.repeat(opensTag ? run.length - 1 : run.length) + (opensTag ? '<' : '');
  });
}
