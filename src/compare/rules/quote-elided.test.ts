import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const FULL = '"Prices are falling, and the worst of the squeeze is behind us for most households," the central bank governor told lawmakers.';

test('a quotation trimmed with an ellipsis agrees with the full one', () => {
  const found = flags({
    a: FULL,
    b: FULL,
    c: '"Prices are falling ... the worst of the squeeze is behind us," the central bank governor told lawmakers.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

test('a word changed where another outlet trimmed the quotation is still a change, with the trimmed one as witness', () => {
  const found = flags({
    a: FULL,
    b: '"Prices are falling ... the worst of the squeeze is behind us," the central bank governor told lawmakers.',
    c: FULL.replace('Prices are falling', 'Prices are collapsing'),
  });
  assert.ok(found.includes('c quote collapsing'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes(' quote ') && !f.startsWith('c ')), []);
});

test('words the trimmed rendering carries that the full one lacks are a change, not the part left out', () => {
  const found = flags({
    a: FULL,
    b: FULL,
    c: '"Prices are collapsing ... the worst of the squeeze is behind us," the central bank governor told lawmakers.',
  });
  assert.ok(found.some((f) => f.startsWith('c quote')), found.join('\n'));
});

test('a rendering trimmed exactly where another changed a word is no witness for the change', () => {
  const full = '"We have stopped all shipments from the northern warehouse until the audit is over," the firm\'s director said.';
  const found = flags({
    a: full,
    b: full,
    c: '"We have stopped all shipments ... until the audit is over," the firm\'s director said.',
    d: full.replace('northern warehouse', 'southern warehouse'),
  });
  assert.ok(found.includes('d quote southern'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes(' quote ') && !f.startsWith('d ')), []);
});
