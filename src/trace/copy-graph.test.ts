import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.ts';
import { estimateCopying, PASSAGE_CHARS, PASSAGES_PER_EDGE } from './copy-graph.ts';

function article(id: string, text: string, published: string | null): Article {
  return { id, source: id, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published, language: 'en', paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }] };
}

const wire = 'The city council voted on Tuesday to close the old river bridge to all traffic until the spring.';

test('finds the later article reusing an earlier one beyond the shared wire text', () => {
  const extra = 'Engineers who inspected the span last month found deep cracks in two of its supports.';
  const articles = [
    article('late', `${wire} ${extra}`, '2025-04-02T12:00:00Z'),
    article('early', `${wire} ${extra}`, '2025-04-01T09:00:00Z'),
    article('other', `${wire} Local shops fear losing customers.`, '2025-04-01T10:00:00Z'),
    article('fourth', `${wire} Drivers face long detours.`, '2025-04-01T11:00:00Z'),
  ];
  const edges = estimateCopying(articles, []);
  assert.equal(edges.length, 1);
  const edge = edges[0]!;
  assert.equal(edge.from, 'early');
  assert.equal(edge.to, 'late');
  assert.ok(edge.score > 0.3 && edge.score <= 1);
  assert.ok(edge.evidence.some((e) => e.text.includes('found deep cracks')));
  assert.ok(!edge.evidence.some((e) => e.text.includes('river bridge')), 'wire text shared by all is not evidence of copying');
});

test('independent rewrites are not linked', () => {
  const articles = [
    article('a', 'Councillors agreed to shut the bridge over the river until spring.', null),
    article('b', 'The old river crossing will be closed to traffic for months, the council decided.', null),
  ];
  assert.deepEqual(estimateCopying(articles, []), []);
});

test('each article keeps its likeliest sources only, however many articles share its wording', () => {
  // a chain of rewrites: each repeats the paragraph of the one before it and adds one of its own, all on one wire text
  const own = (k: number) => `Reporter ${k} adds that the ferry number ${k} will run every ${k + 10} minutes from the harbour side while the bridge is shut.`;
  // and the first fifteen also carry one outlet's paragraph, too few to be the wire's
  const shared = 'A spokesman for the operator said extra crews had been hired for the summer timetable on the harbour route.';
  const articles = Array.from({ length: 40 }, (_, k) =>
    article(`a${k}`, `${wire} ${k < 15 ? shared : ''} ${k > 0 ? own(k - 1) : ''} ${own(k)}`, `2025-04-01T${String(Math.floor(k / 4)).padStart(2, '0')}:${String((k % 4) * 15).padStart(2, '0')}:00Z`));
  const edges = estimateCopying(articles, []);
  const into = new Map<string, string[]>();
  for (const e of edges) into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  for (const [, sources] of into) assert.ok(sources.length <= 3);
  // every rewrite's likeliest source is the one it repeats
  for (let k = 1; k < 40; k++) {
    const best = edges.filter((e) => e.to === `a${k}`).sort((x, y) => y.score - x.score)[0];
    assert.equal(best?.from, `a${k - 1}`, `a${k}`);
  }
  // and a source is always published before its copy
  const when = new Map(articles.map((a) => [a.id, Date.parse(a.published!)]));
  for (const e of edges) assert.ok(when.get(e.from)! <= when.get(e.to)!);
});

test('a copy found among many words of its own: the words the two share are what the search goes by', () => {
  // the later article writes sixty 8-grams of its own before the passage it takes from the earlier one
  const ownWords = Array.from({ length: 70 }, (_, k) => `word${k}`).join(' ');
  const taken = 'Engineers who inspected the span last month found deep cracks in two of its supports.';
  const articles = [
    article('early', `${wire} ${taken}`, '2025-04-01T09:00:00Z'),
    article('late', `${wire} ${ownWords}. ${taken}`, '2025-04-01T12:00:00Z'),
    article('other', `${wire} Local shops fear losing customers.`, '2025-04-01T10:00:00Z'),
    article('fourth', `${wire} Drivers face long detours.`, '2025-04-01T11:00:00Z'),
  ];
  const edges = estimateCopying(articles, []);
  assert.deepEqual(edges.map((e) => `${e.from}->${e.to}`), ['early->late']);
});

test('an edge shows a bounded few of the passages two articles share, each in the copy\'s words', () => {
  // the copy repeats eight long passages of the earlier article, each broken off by a sentence of its own
  const passage = (k: number) => `Passage ${k} tells ${Array.from({ length: 90 }, (_, j) => `detail${k}x${j}`).join(' ')} at length.`;
  const early = Array.from({ length: 8 }, (_, k) => passage(k)).join(' ');
  const late = Array.from({ length: 8 }, (_, k) => `${passage(k)} Our own note ${k} follows here.`).join(' ');
  const articles = [
    article('early', `${wire} ${early}`, '2025-04-01T09:00:00Z'),
    article('late', `${wire} ${late}`, '2025-04-01T12:00:00Z'),
    article('other', `${wire} Local shops fear losing customers.`, '2025-04-01T10:00:00Z'),
    article('fourth', `${wire} Drivers face long detours.`, '2025-04-01T11:00:00Z'),
  ];
  const [edge] = estimateCopying(articles, []);
  assert.equal(`${edge?.from}->${edge?.to}`, 'early->late');
  assert.ok(edge!.score > 0.5, 'the score still counts every shared 8-gram');
  assert.equal(edge!.evidence.length, PASSAGES_PER_EDGE);
  for (const e of edge!.evidence) {
    assert.ok(e.text.length <= PASSAGE_CHARS && e.text.length > PASSAGE_CHARS / 2, `${e.text.length} characters`);
    assert.equal(articles[1]!.text.slice(e.start, e.end), e.text);
    assert.ok(articles[0]!.text.includes(e.text) && !/\s$/.test(e.text), 'a passage of the source, cut after a word');
  }
});

test('wording in circulation before the source is no evidence: a wire sentence two outlets kept is the wire\'s', () => {
  // the wire tells the fine with its own words; two outlets keep its sentence almost whole, a third rewrites it
  const told = 'The regulator fined the bank 40 million euros on Monday for failing to report suspicious transfers over five years.';
  const articles = [
    article('wire', `${told} The bank said it would appeal.`, '2025-04-01T08:00:00Z'),
    article('a', `Regulators acted on Monday. The regulator fined the bank 40 million euros on Monday for failing to report suspicious transfers over five years, it said.`, '2025-04-01T09:00:00Z'),
    article('b', `The regulator fined the bank 40 million euros on Monday for failing to report suspicious transfers over five years, officials said. Shares fell.`, '2025-04-01T10:00:00Z'),
    article('c', 'A bank was penalised this week over transfers it never reported.', '2025-04-01T11:00:00Z'),
  ];
  const edges = estimateCopying(articles, []);
  assert.ok(!edges.some((e) => e.from === 'a' && e.to === 'b'), 'a and b share only what the wire had before them');
});
