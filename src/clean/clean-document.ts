import type { CleanDocument, RawDocument } from '../model/index.ts';
import { cleanHtml } from './html/clean-html.ts';
import { readWireOutlet } from './read-wire-outlet.ts';
import { cleanText } from './text/clean-text.ts';

/**
 * Clean one raw document to the text a reader sees, whatever its format. When neither the input
 * nor the page named the outlet, a wire dateline ("CITY, March 4 (Reuters) -") names it. `check`
 * runs between the cleaner's steps and may throw (OutOfTime) to abandon a slow document.
 */
export function cleanDocument(raw: RawDocument, check: () => void = () => undefined): CleanDocument {
  const doc = raw.format === 'html' ? cleanHtml(raw, check) : cleanText(raw, check);
  return doc.outlet === null ? { ...doc, outlet: readWireOutlet(doc.text) } : doc;
}
