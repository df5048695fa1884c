import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('blame told as fact before an inquiry ("the negligent owner") where the others say "the owner" is framing', () => {
  const found = flags({
    a: 'Inspectors said the owner, Dalby Estates, would be fined if fire rules had been broken.',
    b: 'Inspectors said the owner, Dalby Estates, would be fined if fire rules had been broken.',
    c: 'Inspectors said the owner, Dalby Estates, would face fines if fire rules had been broken.',
    d: 'Inspectors said the negligent owner, Dalby Estates, would be fined if fire rules had been broken.',
  });
  assert.ok(found.includes('d framing negligent'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes('framing') && !f.startsWith('d ')), []);
});
