import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIFF_ADDED, DIFF_LACKING, DIFF_SAME, wordDiff } from './word-diff.ts';

// Render ops as text: {+added+} and [-lacking-], so expectations read like a diff. Lacking words sit right
// after the word before them (the page spaces them with a margin).
function render(base: string, variant: string): string {
  const ops = wordDiff(base, variant);
  assert.ok(ops);
  let out = '';
  let covered = 0;
  for (let k = 0; k < ops.length; k += 3) {
    const op = ops[k];
    const a: number = ops[k + 1]!;
    const b: number = ops[k + 2]!;
    if (op === DIFF_SAME) out += variant.slice(a, b);
    else if (op === DIFF_ADDED) out += `{+${variant.slice(a, b)}+}`;
    else if (op === DIFF_LACKING) out += `[-${base.slice(a, b)}-]`;
    if (op !== DIFF_LACKING) {
      assert.equal(a, covered, 'the variant is covered in order, without gaps');
      covered = b;
    }
  }
  assert.equal(covered, variant.length);
  return out;
}

describe('wordDiff', () => {
  it('marks nothing when the wordings agree', () => {
    assert.equal(render('The mayor resigned on Friday.', 'The mayor resigned on Friday.'), 'The mayor resigned on Friday.');
  });

  it('marks nothing for agreement written differently', () => {
    const base = 'Forty-one U.S. advisors left on Feb. 3, the ministry said.';
    const variant = '41 US advisers left on February 3, the ministry said.';
    assert.equal(render(base, variant), variant);
  });

  it('marks a substituted word as lacking then added, and joins adjacent added words', () => {
    assert.equal(render('The plant closed after a small fire.', 'The plant closed after a huge chemical fire.'),
      'The plant closed after a[-small-] {+huge chemical+} fire.');
  });

  it('marks words only the variant has, and words only the base has', () => {
    assert.equal(render('Police arrested two men late on Sunday.', 'Police arrested two men on Sunday, witnesses said.'),
      'Police arrested two men[-late-] on Sunday, {+witnesses said+}.');
  });

  it('does not mark words that only moved', () => {
    assert.equal(render('Officials said on Monday the bridge would close.', 'The bridge would close, officials said on Monday.'),
      'The bridge would close, officials said on Monday.');
  });

  it('does not strike through moved words lying between lacking ones', () => {
    assert.equal(render('Rebels seized the northern town of Arno overnight.', 'Overnight the town was lost.'),
      '[-Rebels seized-]Overnight the[-northern-] town[-of Arno-] {+was lost+}.');
  });
});
