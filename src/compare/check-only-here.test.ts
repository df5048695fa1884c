import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaselineUsed, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articlesOf } from './_compare-texts.ts';
import { tagArticle } from './tag/tag-article.ts';
import { checkDroppedClauses, checkOnlyHere } from './check-only-here.ts';

// What an outlet tells alone, read against the source: an added detail, and loaded words in it.

const WIRE = 'The city council approved a new bus depot on Monday. The depot will cost 40 million euros and open in 2028. '
  + 'Residents near the site had objected to the noise, the council said.';

function check(texts: Record<string, string>, passages: Record<string, string>, source: string | null): string[] {
  const articles = articlesOf(texts);
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const unique: Span[] = Object.entries(passages).map(([id, words]) => {
    const text = texts[id]!;
    return spanOf(id, text, text.indexOf(words), text.indexOf(words) + words.length);
  });
  const baseline: BaselineUsed = source ? { mode: 'wire', article: source, label: 'the wire' } : { mode: 'majority', article: null, label: null };
  return checkOnlyHere(unique, tagged, baseline).map(({ finding: f }) => `${f.span.article} ${f.kind} ${f.span.text} (${f.basis})`);
}

test('a passage the source tells nowhere is a detail the outlet added', () => {
  const b = `${WIRE} The contractor was fined twice last year for blocking a cycle lane.`;
  const found = check({ wire: WIRE, b }, { b: 'The contractor was fined twice last year for blocking a cycle lane.' }, 'wire');
  assert.deepEqual(found, ['b detail_added The contractor was fined twice last year for blocking a cycle lane. (source)']);
});

test('a passage the source tells in other words is no addition', () => {
  const b = 'The city council approved a new bus depot on Monday. Opening in 2028, the depot is to cost 40 million euros.';
  assert.deepEqual(check({ wire: WIRE, b }, { b: 'Opening in 2028, the depot is to cost 40 million euros.' }, 'wire'), []);
});

test("the source's own passages add nothing", () => {
  const b = 'The city council approved a new bus depot on Monday.';
  assert.deepEqual(check({ wire: WIRE, b }, { wire: 'Residents near the site had objected to the noise, the council said.' }, 'wire'), []);
});

test('a loaded word in the passage is framing, unless quoted or the source uses it', () => {
  const b = `${WIRE} Greedy planners ignored the families living beside the yard.`;
  const found = check({ wire: WIRE, b }, { b: 'Greedy planners ignored the families living beside the yard.' }, 'wire');
  assert.ok(found.includes('b framing Greedy (source)'), found.join('\n'));
  const quoted = `${WIRE} "Greedy planners ignored the families living beside the yard," one neighbour told the paper.`;
  const fromQuote = check({ wire: WIRE, b: quoted }, { b: '"Greedy planners ignored the families living beside the yard," one neighbour told the paper.' }, 'wire');
  assert.deepEqual(fromQuote.filter((f) => f.includes('framing')), []);
  const wire = `${WIRE} Campaigners called the plan greedy.`;
  const own = check({ wire, b }, { b: 'Greedy planners ignored the families living beside the yard.' }, 'wire');
  assert.deepEqual(own.filter((f) => f.includes('framing')), []);
});

test('with no source known, a passage none of the others tells is added against them all', () => {
  const b = `${WIRE} The contractor was fined twice last year for blocking a cycle lane.`;
  const found = check({ a: WIRE, b, c: WIRE }, { b: 'The contractor was fined twice last year for blocking a cycle lane.' }, null);
  assert.deepEqual(found, ['b detail_added The contractor was fined twice last year for blocking a cycle lane. (majority)']);
});

test("a clause of the source's sentence that an outlet carrying the rest leaves out is a detail dropped there", () => {
  const wire = 'The bank froze withdrawals on Friday, while transfers and card payments were unaffected. Its shares fell 12%.';
  const b = 'The bank froze withdrawals on Friday. Its shares fell 12%.';
  const c = 'The bank froze withdrawals on Friday; card payments and transfers still work. Its shares fell 12%.';
  const articles = articlesOf({ wire, b, c });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const clause = ', while transfers and card payments were unaffected.';
  const claim = {
    id: 'c1', text: 'The bank froze withdrawals on Friday', articles: ['wire', 'b', 'c'],
    support: [spanOf('wire', wire, 0, wire.indexOf(clause)), spanOf('b', b, 0, b.indexOf('.')), spanOf('c', c, 0, c.indexOf(';'))],
  };
  const unique = [spanOf('wire', wire, wire.indexOf(clause), wire.indexOf(clause) + clause.length)];
  const found = checkDroppedClauses(unique, [claim], tagged, { mode: 'wire', article: 'wire', label: 'the wire' });
  // c tells the clause in its own words elsewhere; b leaves it out
  assert.deepEqual(found.map(({ row, finding: f }) => `${row} ${f.span.article} ${f.kind}`), ['c1 b detail_dropped']);
});

test("a clause of the source's sentence seated in a claim of its own is dropped by an outlet carrying the rest but not it", () => {
  const wire = 'Nine of the injured were in critical condition, and the toll could rise further, the fire chief said.';
  const b = 'Nine of the injured were in critical condition. The toll could rise further, the chief said.';
  const c = 'Nine of the injured were in a critical condition. Firefighters are still searching the warehouse.';
  const e = 'The toll could rise further, the fire chief said. Firefighters are still searching the warehouse.';
  const articles = articlesOf({ wire, b, c, e });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const clause = 'and the toll could rise further, the fire chief said.';
  const rest = {
    id: 'c1', text: 'Nine of the injured were in critical condition', articles: ['wire', 'b', 'c'],
    support: [spanOf('wire', wire, 0, wire.indexOf(',')), spanOf('b', b, 0, b.indexOf('.')), spanOf('c', c, 0, c.indexOf('.'))],
  };
  const toll = {
    id: 'c2', text: 'the toll could rise further', articles: ['wire', 'b', 'e'],
    support: [spanOf('wire', wire, wire.indexOf(clause), wire.length), spanOf('b', b, b.indexOf('The toll'), b.length), spanOf('e', e, 0, e.indexOf('.') + 1)],
  };
  const found = checkDroppedClauses([], [rest, toll], tagged, { mode: 'wire', article: 'wire', label: 'the wire' });
  // b tells the clause in a sentence of its own; c leaves it out; e tells the clause without the claim that opens the
  // source's sentence, which is its matter, no clause added to it
  assert.deepEqual(found.map(({ row, finding: f }) => `${row} ${f.span.article} ${f.kind}`), ['c1 c detail_dropped']);
});
