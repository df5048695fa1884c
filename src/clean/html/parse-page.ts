import { parseHTML } from 'linkedom';

/**
 * Parse a page with linkedom. linkedom builds a broken tree (no `<html>`, no body) for input without an
 * `<html>` element — fragments, bare `<body>` pages, plain text — so those are wrapped first.
 */
export function parsePage(html: string): Document {
  const parse = (source: string): Document => parseHTML(source).document as unknown as Document;
  const document = parse(html);
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && document.body) return document;
  const inner = /<body[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`;
  return parse(`<!DOCTYPE html><html>${inner}</html>`);
}
