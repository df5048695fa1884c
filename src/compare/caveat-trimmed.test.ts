import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// A detail the wire alone carries and most rewrites leave out is the common trimming of wire copy; a caveat or a
// condition of its own clause is not: without it, every rewrite that drops it claims more than the wire. (Each
// rewrite tells a word of the clause in its next sentence, so the clause is not a passage it tells nowhere.)

const dropped = (wire: string, rewrite: string, next: string): string[] =>
  flags({ Reuters: `${wire} ${next}`, b: `${rewrite} ${next}`, c: `${rewrite} ${next}`, d: `${rewrite} ${next}` })
    .filter((f) => f.includes(' detail_dropped ')).map((f) => f.split(' ')[0]!);

test('a caveat clause most rewrites drop is flagged on each of them', () => {
  assert.deepEqual(dropped(
    'The league fined the club 40,000 euros for the breach, but will not deduct any points this season.',
    'The league fined the club 40,000 euros for the breach.',
    'The club has 31 points.',
  ), ['b', 'c', 'd']);
});

test('a condition clause most rewrites drop is flagged on each of them', () => {
  assert.deepEqual(dropped(
    'The bakery will keep all 60 jobs at its Nordby plant if the town council renews its lease in March, the company said.',
    'The bakery will keep all 60 jobs at its Nordby plant, the company said.',
    'The council owns the site and its lease ends in March.',
  ), ['b', 'c', 'd']);
});

test('a detail most rewrites drop, a further statement or a connective alone, stays the common trimming of wire copy', () => {
  assert.deepEqual(dropped(
    'The league fined the club 40,000 euros for the breach, its third this season.',
    'The league fined the club 40,000 euros for the breach.',
    'The club has 31 points this season.',
  ), []);
  // a further statement of the speaker's ("but declined to comment") is no caveat on the claim
  assert.deepEqual(dropped(
    'The league fined the club 40,000 euros for the breach, but declined to comment further.',
    'The league fined the club 40,000 euros for the breach.',
    'The league has fined three clubs.',
  ), []);
  assert.deepEqual(dropped(
    'The league nonetheless fined the club 40,000 euros for the breach.',
    'The league fined the club 40,000 euros for the breach.',
    'The club has 31 points.',
  ), []);
});
