import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('"suggested that" where the others say "found that" softens a finding', () => {
  const found = flags({
    a: 'The survey found that one in four young adults skipped meals to pay rent, the charity said.',
    b: 'The survey found that one in four young adults skipped meals to pay rent, the charity said.',
    c: 'The survey suggested that one in four young adults skipped meals to pay rent, the charity said.',
  });
  assert.ok(found.includes('c hedge suggested'), found.join('\n'));
});

test('"showed" where the others say "indicated" states a possibility as a result', () => {
  const found = flags({
    a: 'Early data indicated that the vaccine cut hospital stays among older patients, the agency said.',
    b: 'Early data indicated that the vaccine cut hospital stays among older patients, the agency said.',
    c: 'Early data showed that the vaccine cut hospital stays among older patients, the agency said.',
  });
  assert.ok(found.includes('c hedge showed'), found.join('\n'));
});

test('"found" and "showed" are equally firm; "suggested" for "proposed" is another act, not a softer finding', () => {
  const firm = flags({
    a: 'The audit found that the agency overpaid its suppliers by millions, officials said.',
    b: 'The audit found that the agency overpaid its suppliers by millions, officials said.',
    c: 'The audit showed that the agency overpaid its suppliers by millions, officials said.',
  });
  assert.deepEqual(firm.filter((f) => f.includes(' hedge ')), []);
  const proposal = flags({
    a: 'The minister proposed that the two sides meet in Geneva next week, officials said.',
    b: 'The minister proposed that the two sides meet in Geneva next week, officials said.',
    c: 'The minister suggested that the two sides meet in Geneva next week, officials said.',
  });
  assert.deepEqual(proposal.filter((f) => f.includes(' hedge ')), []);
});
