import type { WordToken } from '../text/word-tokens.ts';

// Modal auxiliaries: the word they govern is a verb ("would likely draw scrutiny"), whatever a tagger calls it.
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', "won't", 'wont', "can't", 'cannot']);
// Words that may stand between the modal and its verb.
const BETWEEN: ReadonlySet<string> = new Set(['likely', 'probably', 'also', 'still', 'not', 'never', 'then', 'soon', 'even', 'only', 'now', 'further']);

/** True when word `i` is the verb a modal governs: "could face", "would likely draw", "may also seek". */
export function afterModal(tokens: readonly WordToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (MODALS.has(w)) return true;
    if (!BETWEEN.has(w) && !/ly$/.test(w)) return false;
  }
  return false;
}
