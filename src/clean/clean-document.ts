import type { CleanDocument, RawDocument } from '../model/index.ts';
import { cleanHtml } from './html/clean-html.ts';
import { cleanText } from './text/clean-text.ts';

/** Clean one raw document to the text a reader sees, whatever its format. */
export function cleanDocument(raw: RawDocument): CleanDocument {
  return raw.format === 'html' ? cleanHtml(raw) : cleanText(raw);
}
