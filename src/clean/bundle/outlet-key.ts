import type { CleanDocument } from '../../model/index.ts';

/** Which outlet published a document, as a comparison key: its outlet name, else its URL's host; null when unknown. */
export function outletKey(doc: CleanDocument): string | null {
  if (doc.outlet !== null && doc.outlet.trim() !== '') return doc.outlet.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (doc.url === null) return null;
  try {
    return new URL(doc.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
