import type { CleanDocument, RawDocument } from '../model/index.ts';
import { cleanHtml } from './html/clean-html.ts';
import { readWireOutlet } from './read-wire-outlet.ts';
import { cleanText } from './text/clean-text.ts';

/**
 * Clean one raw document to the text a reader sees, whatever its format. When neither the input
 * nor the page named the outlet, a wire dateline ("CITY, March 4 (Reuters) -") names it.
 */
export function cleanDocument(raw: RawDocument): CleanDocument {
  const doc = raw.format === 'html' ? cleanHtml(raw) : cleanText(raw);
  return doc.outlet === null ? { ...doc, outlet: readWireOutlet(doc.text) } : doc;
}
