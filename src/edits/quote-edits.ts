import type { Range, VersionEdit, VersionPlace } from '../model/index.ts';
import { findQuotations } from '../extract/find-quotations.ts';
import { said } from './typed-edits.ts';

/**
 * Quotations a reworded paragraph changed: a quotation of the previous paragraph that the new one no longer holds
 * word for word, set against the new one's quotation the previous lacked (in order): changed; left over on either side:
 * removed or added. Words inside the quotation marks are compared, white space and case aside.
 */
export function quoteEdits(beforeText: string, before: Range, afterText: string, after: Range): VersionEdit[] {
  const quotes = (text: string, r: Range): VersionPlace[] => findQuotations(text.slice(r.start, r.end))
    .map((q) => ({ start: r.start + q.start, end: r.start + q.end, text: text.slice(r.start + q.content.start, r.start + q.content.end) }));
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const old = quotes(beforeText, before);
  const now = quotes(afterText, after);
  const gone = old.filter((q) => !now.some((n) => norm(n.text) === norm(q.text)));
  const come = now.filter((q) => !old.some((o) => norm(o.text) === norm(q.text)));
  const edits: VersionEdit[] = [];
  const n = Math.min(gone.length, come.length);
  for (let i = 0; i < n; i++) {
    const b = gone[i]!;
    const a = come[i]!;
    edits.push({ rule: 'quote-changed', kind: 'quote', severity: 'high', field: 'text', message: `A quotation changed: ${said(b.text)} is now ${said(a.text)}`, after: place(afterText, a), before: place(beforeText, b), expected: b.text, actual: a.text });
  }
  for (const b of gone.slice(n)) edits.push({ rule: 'quote-removed', kind: 'quote', severity: 'medium', field: 'text', message: `A quotation was removed: ${said(b.text)}`, after: { start: after.start, end: after.start, text: '' }, before: place(beforeText, b) });
  for (const a of come.slice(n)) edits.push({ rule: 'quote-added', kind: 'quote', severity: 'low', field: 'text', message: `A quotation was added: ${said(a.text)}`, after: place(afterText, a), before: { start: before.start, end: before.start, text: '' } });
  return edits;
}

// the whole quotation, marks included, as the place
function place(text: string, q: VersionPlace): VersionPlace {
  return { start: q.start, end: q.end, text: text.slice(q.start, q.end) };
}
