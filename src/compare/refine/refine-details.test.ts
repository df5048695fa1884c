import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

// A credit dropped from a sentence spans the whole sentence; a caveat dropped from the same sentence is a change of its
// own, not part of the credit's.
test('a caveat dropped along with the credit is flagged beside it', () => {
  const wire = 'Most of the debris will stay in orbit for decades, the agency said, though pieces pushed into lower orbits could fall back within a year.';
  const found = flags({ Reuters: wire, b: wire, c: 'Most of the debris will stay in orbit for decades.' });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('c detail_dropped')), found.join('\n'));
});

// A dropped detail is "moved" when the sentences around say it; a figure in it must be said too ("within 40 minutes"
// is not told by "about 25 minutes" in the next sentence).
test('a dropped detail with a figure is not moved by another figure of the same unit nearby', () => {
  const wire = 'The harbour station ran short of fuel but was resupplied within 40 minutes, the port authority said. Ferries waited for about 25 minutes.';
  const found = flags({ Reuters: wire, b: wire, c: 'The harbour station ran short of fuel but was resupplied, the port authority said. Ferries waited for about 25 minutes.' });
  assert.deepEqual(found.filter((f) => f.startsWith('c ')).map((f) => f.split(' ')[1]), ['detail_dropped'], found.join('\n'));
});

test('a dropped detail told in the next sentence with its figure is moved, not dropped', () => {
  const wire = 'The harbour station ran short of fuel but was resupplied within 40 minutes, the port authority said. Ferries waited for about 25 minutes.';
  const found = flags({ Reuters: wire, b: wire, c: 'The harbour station ran short of fuel but was resupplied, the port authority said. It took 40 minutes, and ferries waited for about 25 minutes.' });
  assert.deepEqual(found.filter((f) => f.startsWith('c detail_dropped')), [], found.join('\n'));
});

// A sentence stated without the credit its wording left in another sentence is flagged whole; nothing of it went with
// the credit, so a detail added or dropped inside it stays. A credit dropped from the sentence it stood in may have
// gone with a plain detail's words, and the detail yields.
test('a detail inside a sentence whose credit was left in another sentence stays beside the credit', async () => {
  const { dropLesserUnderChanges } = await import('./drop-lesser-under-changes.ts');
  const text = 'The ovens at the Lindvale plant, which employs 300 bakers, had passed a safety check in May.';
  const at = (start: number, end: number) => ({ article: 'c', start, end, text: text.slice(start, end) });
  const detail = { rule: 'untold-added', kind: 'detail_added', severity: 'low', span: at(33, 57), versus: [], message: 'adds' } as const;
  const credit = (rule: string) => ({ rule, kind: 'attribution', severity: 'high', span: at(0, text.length - 1), versus: [], message: 'states it without a source' } as const);
  const ctx = { tagged: new Map() };
  assert.deepEqual(dropLesserUnderChanges([credit('attribution-left-in-other-sentence'), detail], ctx).map((f) => f.kind), ['attribution', 'detail_added']);
  assert.deepEqual(dropLesserUnderChanges([credit('attribution-dropped'), detail], ctx).map((f) => f.kind), ['attribution']);
});

// A detail that holds a stretch of its own beyond the words another finding flags tells more than that change: both
// stay. One that holds little more than those words went with the change, and yields.
test('a detail telling a stretch of its own beyond another finding\'s words stays beside it', async () => {
  const { dropLesserUnderChanges } = await import('./drop-lesser-under-changes.ts');
  const { tagArticle } = await import('../tag/tag-article.ts');
  const { articlesOf } = await import('../_compare-texts.ts');
  const text = 'The harbour board set a speed cap that would apply to six of the region\'s 11 older passenger ferries, officials said.';
  const article = articlesOf({ c: text })[0]!;
  const ctx = { tagged: new Map([['c', tagArticle(article, [], 0)]]) };
  const at = (words: string) => ({ article: 'c', start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
  const share = { rule: 'share-lowered', kind: 'quantifier', severity: 'medium', span: at('six of the region\'s 11'), versus: [], message: 'tells a smaller part' } as const;
  const long = { rule: 'untold-added', kind: 'detail_added', severity: 'low', span: at('a speed cap that would apply to six of the region\'s 11 older passenger ferries'), versus: [], message: 'adds' } as const;
  const short = { rule: 'untold-added', kind: 'detail_added', severity: 'low', span: at('six of the region\'s 11 older'), versus: [], message: 'adds' } as const;
  assert.deepEqual(dropLesserUnderChanges([share, long], ctx).map((f) => f.kind), ['quantifier', 'detail_added']);
  assert.deepEqual(dropLesserUnderChanges([share, short], ctx).map((f) => f.kind), ['quantifier']);
});
