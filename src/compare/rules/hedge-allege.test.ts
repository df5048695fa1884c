import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const flags = (texts: Record<string, string>) => compareFirstSentences(texts).map((f) => `${f.article} ${f.kind}`);

test('an allegation stated as fact ("prosecutors allege that he ..." / "he ...") is a dropped hedge and a dropped source', () => {
  const found = flags({
    a: 'Investigators allege that the clerk moved the money into a private account.',
    b: 'Investigators allege that the clerk moved the money into a private account.',
    c: 'The clerk moved the money into a private account.',
  });
  assert.ok(found.includes('c hedge'), found.join('\n'));
  assert.ok(found.includes('c attribution'), found.join('\n'));
});

test('the allegation kept in other words is no change', () => {
  assert.deepEqual(flags({
    a: 'Investigators allege that the clerk moved the money into a private account.',
    b: 'Investigators allege that the clerk moved the money into a private account.',
    c: 'Investigators alleged that the clerk moved the money into a private account.',
  }), []);
});
