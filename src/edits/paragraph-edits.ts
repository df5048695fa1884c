import type { Article, Range, VersionEdit } from '../model/index.ts';
import { pairParagraphs } from './pair-paragraphs.ts';
import { quoteEdits } from './quote-edits.ts';
import { said, typedEdits } from './typed-edits.ts';
import { wordDiff } from './word-diff.ts';

/**
 * The body's edits: each paragraph removed or added, and each paragraph reworded with its word diff, the typed
 * changes the comparison reads in it (a figure, a hedge, an attribution) and the quotations it changed.
 */
export function paragraphEdits(previous: Article, next: Article): VersionEdit[] {
  const pairs = pairParagraphs(previous.text, previous.paragraphs, next.text, next.paragraphs);
  const edits: VersionEdit[] = [];
  const empty = (at: number) => ({ start: at, end: at, text: '' });
  for (const r of pairs.removed) {
    edits.push({ rule: 'paragraph-removed', kind: 'paragraph', severity: 'medium', field: 'text', message: `A paragraph was removed: ${said(slice(previous, r))}`, after: empty(placeAfter(r, previous, next)), before: place(previous, r) });
  }
  for (const r of pairs.added) {
    edits.push({ rule: 'paragraph-added', kind: 'paragraph', severity: 'low', field: 'text', message: `A paragraph was added: ${said(slice(next, r))}`, after: place(next, r), before: empty(0) });
  }
  const typed = typedEdits(previous, next, pairs.changed, 'text');
  for (const { before, after } of pairs.changed) {
    const words = wordDiff(slice(previous, before), slice(next, after));
    const gone = words.filter((w) => w.op === '-').map((w) => w.text.trim()).filter(Boolean);
    const come = words.filter((w) => w.op === '+').map((w) => w.text.trim()).filter(Boolean);
    const what = [gone.length > 0 && `removed ${said(gone.join(' … '))}`, come.length > 0 && `added ${said(come.join(' … '))}`].filter(Boolean).join(', ');
    edits.push({ rule: 'paragraph-reworded', kind: 'paragraph', severity: 'low', field: 'text', message: `A paragraph was reworded: ${what || 'white space only'}`, after: place(next, after), before: place(previous, before), words });
    const inside = (e: VersionEdit): boolean => e.after.start >= after.start && e.after.end <= after.end;
    const quotes = quoteEdits(previous.text, before, next.text, after)
      .filter((q) => !typed.some((t) => t.kind === 'quote' && inside(t) && t.after.start < q.after.end && q.after.start < t.after.end));
    edits.push(...quotes);
  }
  edits.push(...typed);
  return edits.sort((a, b) => a.after.start - b.after.start || a.before.start - b.before.start);
}

function slice(article: Article, r: Range): string {
  return article.text.slice(r.start, r.end);
}

function place(article: Article, r: Range) {
  return { start: r.start, end: r.end, text: slice(article, r) };
}

// Where a removed paragraph stood in the new version: after the paragraph that came before it, if that one was kept.
function placeAfter(removed: Range, previous: Article, next: Article): number {
  const before = previous.paragraphs.filter((p) => p.end <= removed.start).at(-1);
  if (!before) return 0;
  const words = previous.text.slice(before.start, before.end).replace(/\s+/g, ' ').trim();
  const kept = next.paragraphs.find((p) => next.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim() === words);
  return kept?.end ?? 0;
}
