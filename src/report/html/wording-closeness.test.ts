import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff } from './word-diff.ts';
import { isCloseWording, wordingCloseness } from './wording-closeness.ts';

function closeness(base: string, variant: string): ReturnType<typeof wordingCloseness> {
  const ops = wordDiff(base, variant);
  assert.ok(ops);
  return wordingCloseness(base, variant, ops);
}

describe('wordingCloseness', () => {
  it('counts the same words written differently or reordered as shared', () => {
    const same = closeness('The museum received 32 paintings on Jan. 3.', 'On Jan. 3 the museum received thirty-two paintings.');
    assert.equal(same.share, 1);
    assert.equal(same.longestRun, 0);
    assert.ok(isCloseWording(same));
  });

  it('keeps a wording with a few single-word substitutions close, even in a short sentence', () => {
    const swapped = closeness('The ferry carried 40 passengers on Sunday, police said.', 'The ferry carried 44 passengers on Saturday, officials said.');
    assert.ok(swapped.share < 0.7 && swapped.share >= 0.5, `share ${swapped.share}`);
    assert.ok(swapped.longestRun <= 2, `longest run ${swapped.longestRun}`);
    assert.ok(isCloseWording(swapped));
  });

  it('keeps a long sentence with one rewritten phrase close', () => {
    const base = 'The regional council voted on Tuesday to close the old library branch on Mill Street after a survey found damp in its walls and roof, two councillors said.';
    const variant = 'The regional council decided on Tuesday to shut down the old library branch on Mill Street after a survey found damp in its walls and roof, two councillors said.';
    assert.ok(isCloseWording(closeness(base, variant)));
  });

  it('calls a paraphrase that shares few words, or changes whole phrases, reworded', () => {
    const base = 'Unlike the previous director, who relied on outside consultants, the new head of the agency has handed the audit to staff auditors.';
    const variant = 'Staff auditors will now run the audit, a departure from the practice of a predecessor who leaned heavily on consultants from outside.';
    const far = closeness(base, variant);
    assert.ok(far.share < 0.5, `share ${far.share}`);
    assert.ok(!isCloseWording(far));
    const phrases = closeness('The mayor said the bridge would reopen next spring after repairs.', 'The mayor conceded that nobody could say when the bridge would reopen after repairs.');
    assert.ok(phrases.longestRun >= 3 && phrases.share < 0.7, JSON.stringify(phrases));
    assert.ok(!isCloseWording(phrases));
  });

  it('measures nothing against nothing as the same', () => {
    assert.deepEqual(wordingCloseness('', '', []), { share: 1, longestRun: 0 });
  });
});
