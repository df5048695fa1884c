import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagText } from './tag-text.ts';

test('token offsets hold on curly quotes, em dashes, newlines and astral characters', () => {
  const text = '“We won’t go,” said Dr. Ana Ruiz — the envoy 🚢 — on Tuesday.\n\nFour sources agreed.';
  const tokens = tagText(text);
  assert.ok(tokens.length > 15);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.value);
  assert.ok(tokens.every((t, i) => i === 0 || tokens[i - 1]!.end <= t.start));
  assert.equal(tokens.find((t) => t.value === 'sources')?.lemma, 'source');
});

test('the same text is tagged once', () => {
  const text = 'A short text for the cache.';
  assert.equal(tagText(text), tagText(text));
});

test('a paragraph two texts share is tagged alike at its place in each', () => {
  const shared = 'The minister said on Monday that 40 people were hurt when the bridge fell.';
  const lead = 'Rescuers worked through the night.\n  \n';
  const text = `${lead}${shared}\n\nMore follows.`;
  const alone = tagText(shared);
  const within = tagText(text).filter((t) => t.start >= lead.length && t.end <= lead.length + shared.length);
  assert.deepEqual(within, alone.map((t) => ({ ...t, start: t.start + lead.length, end: t.end + lead.length })));
  for (const t of tagText(text)) assert.equal(text.slice(t.start, t.end), t.value);
});
