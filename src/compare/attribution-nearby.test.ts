import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences, compareUpTo } from './_compare-texts.ts';

const CREDITED = {
  a: 'Flooding killed 14 people in the northern districts, according to the Japanese government. Rescue teams are still searching.',
  b: 'Flooding killed 14 people in the northern districts, the Japanese government said. Roads remain closed.',
  c: 'According to the Japanese government, flooding killed 14 people in the northern districts. More rain is forecast.',
};

test('a credit in the next sentence that names the same source (a capital for its government) is not a dropped attribution', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Tokyo confirmed the toll on Tuesday.' });
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
});

test('a credit in the next sentence that points back at the statement is not a dropped attribution', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Officials confirmed this on Tuesday.' });
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
});

test('"said it was" in the next sentence opens a new statement: it does not credit this one', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. A farmer said it was the worst flood in memory.' });
  assert.ok(found.some((f) => f.article === 'd' && f.kind === 'attribution' && /killed 14/.test(f.text)), found.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});

test('a next sentence crediting someone else with something else leaves the statement unsourced', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Rescue teams said roads were still blocked.' });
  assert.ok(found.some((f) => f.article === 'd' && f.kind === 'attribution' && /killed 14/.test(f.text)), found.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});

test('a credit closing the sentence credits the clause of it that carries the claim', () => {
  // d's claim unit is only the opening clause of its sentence (up to ", although"), as a clause unit is
  const credited = { ...CREDITED, d: 'Flooding killed 14 people in the northern districts, although the dams held, the Japanese government said.' };
  const found = compareUpTo(credited, ', although');
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
  const bare = compareUpTo({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts, although the dams held.' }, ', although');
  assert.ok(bare.some((f) => f.article === 'd' && f.kind === 'attribution'), bare.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});
