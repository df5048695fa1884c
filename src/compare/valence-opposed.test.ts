import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('words leaning opposite ways where the others stand are a meaning change ("praised" / "raised doubts about")', () => {
  const found = flags({
    a: 'The inspectors praised the plan to reuse the old stadium, the committee said.',
    b: 'The inspectors praised the plan to reuse the old stadium, the committee said.',
    c: 'The inspectors raised doubts about the plan to reuse the old stadium, the committee said.',
  });
  assert.ok(found.some((f) => f.startsWith('c meaning')), found.join('\n'));
});

test('the protests "turned violent" where the others call them "largely peaceful" is a meaning change', () => {
  const found = flags({
    a: 'The marches in the capital were largely peaceful, police said.',
    b: 'The marches in the capital were largely peaceful, police said.',
    c: 'The marches in the capital turned violent, police said.',
  });
  assert.ok(found.some((f) => f.startsWith('c meaning')), found.join('\n'));
});

test('a verb of saying that leans ("warned") against a neutral or positive word is how a party spoke, not another event', () => {
  const found = flags({
    a: 'The minister said her government was prepared to respond in kind.',
    b: 'The minister said her government was prepared to respond in kind.',
    c: 'The minister warned her government would respond in kind.',
  });
  assert.deepEqual(found.filter((f) => f.includes('meaning')), []);
});
