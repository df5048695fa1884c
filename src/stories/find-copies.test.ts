import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCopies } from './find-copies.ts';

const wire = [
  'The port authority halted work on the harbour bridge on Monday after engineers found cracks in 14 of its 96 piles, two officials said.',
  'The halt, which has not been announced, could add 200 million dollars to the cost and delay the opening by two years.',
  'The authority\'s chair called the bridge the most important public works project in the region in a generation.',
  'Its main contractor has begun laying off some of its 400 workers, a union leader said on Tuesday.',
].join('\n\n');

test('an outlet running the wire word for word and one running its first paragraphs are copies of one version', () => {
  const articles = [
    { id: 'wire', text: wire, published: '2026-03-04T09:00:00Z' },
    { id: 'verbatim', text: wire.replace(/\n\n/g, '\n'), published: '2026-03-04T11:00:00Z' },
    { id: 'prefix', text: wire.split('\n\n').slice(0, 2).join('\n\n'), published: '2026-03-04T10:00:00Z' },
    { id: 'rewrite', text: 'Cracks in the piles of the harbour bridge stopped the works on Monday. The authority did not say how long.', published: null },
  ];
  const groups = findCopies(articles);
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.version, 'wire');
  assert.deepEqual(groups[0]!.copies.map((c) => [c.article, c.how]).sort(), [['prefix', 'prefix'], ['verbatim', 'same']]);
  assert.ok(groups[0]!.copies.find((c) => c.how === 'prefix')!.share < 0.7);
});

test('the same text but for one changed figure is a near-exact copy; a text sharing one paragraph is none', () => {
  const long = `${wire}\n\n${wire.replace(/harbour/g, 'river').replace(/14/g, 'fourteen')}`;
  const articles = [
    { id: 'a', text: long, published: null },
    { id: 'b', text: long.replace('400 workers', '450 workers'), published: null },
    { id: 'c', text: `${wire.split('\n\n')[0]}\n\nA different story follows here, told in words of its own about a ferry, a strike and the weather on the coast.`, published: null },
  ];
  const groups = findCopies(articles);
  assert.deepEqual(groups.map((g) => [g.version, g.copies.map((c) => `${c.article}:${c.how}`)]), [['a', ['b:near']]]);
});

test('thousands of identical copies form one group, each a copy of the same text', () => {
  const articles = Array.from({ length: 3000 }, (_, i) => ({ id: `v${i}`, text: wire, published: null }));
  const groups = findCopies(articles);
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.copies.length, 2999);
  assert.ok(groups[0]!.copies.every((c) => c.how === 'same'));
});
