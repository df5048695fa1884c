import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('a loaded adjective added before a shared noun is framing, not also an added detail', () => {
  const plain = 'Health officials linked the illnesses to raw oysters sold at two seafood markets, the agency said.';
  const found = flags({ a: plain, b: plain, c: plain.replace('to raw oysters', 'to tainted raw oysters') });
  assert.ok(found.includes('c framing tainted'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes(' detail_added ')), []);
});

test('a loaded word that comes with a real added detail leaves the detail flagged', () => {
  const plain = 'Health officials linked the illnesses to raw oysters sold at two seafood markets, the agency said.';
  const found = flags({ a: plain, b: plain, c: plain.replace('to raw oysters', 'to tainted raw oysters harvested in Maine') });
  assert.ok(found.includes('c framing tainted'), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('c detail_added')), found.join('\n'));
});

test('the added-detail finding whose words are the loaded word plus the shared noun is dropped; one with more is kept', async () => {
  const { dropDetailThatIsFraming } = await import('./framing-covers.ts');
  const text = 'linked to tainted raw oysters harvested in Maine';
  const at = (s: string) => ({ article: 'c', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const theirs = [{ article: 'a', start: 0, end: 10, text: 'raw oysters' }];
  const finding = (kind: 'framing' | 'detail_added', s: string) =>
    ({ rule: kind, kind, severity: 'medium' as const, span: at(s), versus: theirs, message: '' });
  const kept = (s: string) => dropDetailThatIsFraming([finding('detail_added', s), finding('framing', 'tainted')]).map((f) => f.kind);
  assert.deepEqual(kept('tainted raw'), ['framing']);
  assert.deepEqual(kept('tainted raw oysters harvested in Maine'), ['detail_added', 'framing']);
});
