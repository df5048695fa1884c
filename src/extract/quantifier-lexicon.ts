/** Quantifying words and phrases with a rough strength, 0 (none) .. 1 (all); normalised word first. */
export const QUANTIFIER_LEXICON: readonly (readonly [phrase: string, value: readonly [word: string, strength: number]])[] = [
  ['none of', ['none', 0]], ['none', ['none', 0]], ['no', ['no', 0]], ['not a single', ['no', 0]], ['not any', ['no', 0]],
  ['few', ['few', 0.15]], ['very few', ['few', 0.1]], ['a few', ['a few', 0.25]], ['a handful of', ['a few', 0.25]],
  ['some', ['some', 0.35]], ['a number of', ['several', 0.4]], ['several', ['several', 0.4]], ['a couple of', ['a few', 0.25]],
  ['a minority of', ['minority', 0.35]], ['minority', ['minority', 0.35]], ['numerous', ['many', 0.6]], ['many', ['many', 0.6]],
  ['dozens of', ['dozens', 0.55]], ['scores of', ['dozens', 0.55]], ['hundreds of', ['hundreds', 0.6]], ['thousands of', ['thousands', 0.65]],
  ['millions of', ['millions', 0.7]], ['a lot of', ['many', 0.6]], ['lots of', ['many', 0.6]], ['half of', ['half', 0.5]], ['half', ['half', 0.5]],
  ['a majority of', ['majority', 0.65]], ['the majority of', ['majority', 0.65]], ['majority', ['majority', 0.65]],
  ['most', ['most', 0.8]], ['almost all', ['almost all', 0.9]], ['nearly all', ['almost all', 0.9]], ['virtually all', ['almost all', 0.9]],
  ['all', ['all', 1]], ['every', ['all', 1]], ['each', ['all', 1]], ['each of', ['all', 1]], ['all of', ['all', 1]], ['both', ['all', 1]],
  ['entire', ['all', 1]], ['the entire', ['all', 1]], ['at least', ['at least', 0.5]], ['at most', ['at most', 0.5]],
  ['only a few', ['few', 0.15]], ['only some', ['some', 0.3]],
];
