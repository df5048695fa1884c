import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseRuns } from './clause-runs.ts';

const runsOf = (text: string): string[] => clauseRuns(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));

test('a clause opened by a subordinator is a run of its own, without its opener', () => {
  const runs = runsOf('Savers withdrew 3.8 billion crowns from the bank on Thursday after the agency cut its rating to junk on Tuesday.');
  assert.ok(runs.includes('the agency cut its rating to junk on Tuesday.'), runs.join(' | '));
  assert.ok(runs.includes('Savers withdrew 3.8 billion crowns from the bank on Thursday'), runs.join(' | '));
});

test('runs join consecutive pieces but never make the whole sentence', () => {
  const text = 'The council met on Monday, which surprised residents, and voted to close the pool.';
  const runs = runsOf(text);
  assert.ok(!runs.includes(text));
  assert.ok(runs.includes('The council met on Monday, which surprised residents'), runs.join(' | '));
  assert.ok(runs.every((r) => (r.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5), runs.join(' | '));
});

test('a sentence without a clause boundary has no runs; a list of many commas is not carved', () => {
  assert.deepEqual(runsOf('The mayor opened the new bridge to traffic on Monday morning.'), []);
  const list = `Items: ${Array.from({ length: 30 }, (_, i) => `item number ${i} here`).join(', ')}.`;
  assert.deepEqual(runsOf(list), []);
});

test('a run opened by "with" after a comma leaves it out', () => {
  const runs = runsOf('The assembly approved the rise on Thursday, with the higher rates applying to new students from September.');
  assert.ok(runs.includes('the higher rates applying to new students from September.'), runs.join(' | '));
});
