/** Words that negate a claim, lexically. */
export const NEGATION_LEXICON: readonly (readonly [phrase: string, value: true])[] = [
  'not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'none', 'nobody', 'nothing', 'nowhere', 'no one', 'cannot',
  'denied', 'denies', 'deny', 'denying', 'refused', 'refuses', 'refuse', 'rejected', 'rejects', 'failed to', 'fails to',
  'lack', 'lacked', 'lacks', 'absence of', 'no longer',
].map((w) => [w, true] as const);
