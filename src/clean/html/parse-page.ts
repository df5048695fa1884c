import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';

// Loaded on first use: a bundle of plain-text articles never pays for the DOM (~170 ms at start-up).
const require = createRequire(import.meta.url);
let parseHTML: typeof ParseHTML | undefined;

/**
 * Parse a page with linkedom. linkedom builds a broken tree (no `<html>`, no body) for input without an
 * `<html>` element — fragments, bare `<body>` pages, plain text — so those are wrapped first.
 */
export function parsePage(html: string): Document {
  parseHTML ??= (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML;
  const parseWith = parseHTML;
  const parse = (source: string): Document => parseWith(source).document as unknown as Document;
  const document = parse(html);
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && document.body) return document;
  const inner = /<body[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`;
  return parse(`<!DOCTYPE html><html>${inner}</html>`);
}
