import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshTagger, tagText } from './tag-text.ts';

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

test('an analysis reads with a fresh tagger: a word the tagger kept whole before does not stay whole', () => {
  // wink-nlp keeps a word it has read whole ("than the agency’s," at a comma) in its vocabulary and reads it whole
  // from then on; freshTagger forgets that, so the same words tag the same whatever was read before
  const probe = 'The agency’s Sanne Hoveling said the figures were wrong.';
  freshTagger();
  const fresh = tagText(probe).map((t) => `${t.value}/${t.pos}`);
  tagText('Parents said no fewer than 120 children had been ill, a higher figure than the agency’s, and called for an inquiry.');
  freshTagger();
  // (other words around the sentence: the tagger's own caches hold the probe's tokens by its text)
  const again = tagText(`Later, ${probe}`).map((t) => `${t.value}/${t.pos}`).slice(2);
  assert.deepEqual(again.slice(0, 4), fresh.slice(0, 4));
  assert.ok(fresh.includes('agency/NOUN'), fresh.join(' '));
});

test('fresh taggers, one after another, do not grow the model until it overflows', () => {
  for (let k = 0; k < 40; k++) {
    freshTagger();
    assert.ok(tagText(`Tagger number ${k} reads the council’s plan.`).length > 5);
  }
});
