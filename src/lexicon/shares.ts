/**
 * Parts of a whole, as data: each phrase with the share of the whole it tells, a value (widened by a bound before
 * it: "nearly a quarter", "about two-thirds") or the range it allows ("most" is more than half). Longest first.
 */
export const SHARE_WORDS: readonly (readonly [phrase: string, share: number | readonly [number, number]])[] = [
  ['the vast majority of', [0.75, 1]], ['the overwhelming majority of', [0.8, 1]],
  ['nearly all', [0.85, 1]], ['almost all', [0.85, 1]], ['virtually all', [0.9, 1]], ['nearly every', [0.85, 1]],
  ['almost every', [0.85, 1]], ['virtually every', [0.9, 1]], ['all but a few', [0.85, 1]],
  ['the majority of', [0.5, 1]], ['a majority of', [0.5, 1]], ['most of', [0.5, 1]], ['most', [0.5, 1]],
  ['nearly everyone', [0.85, 1]], ['almost everyone', [0.85, 1]], ['virtually everyone', [0.9, 1]],
  ['hardly any', [0, 0.1]], ['barely any', [0, 0.1]], ['scarcely any', [0, 0.1]], ['very few', [0, 0.15]],
  ['a minority of', [0, 0.5]], ['none of', [0, 0]], ['not one of', [0, 0]], ['no one', [0, 0]], ['nobody', [0, 0]],
  ['all of', [1, 1]], ['all', [1, 1]], ['both of', [1, 1]], ['every', [1, 1]], ['each of', [1, 1]], ['every one of', [1, 1]],
  ['three-quarters', 0.75], ['three quarters', 0.75], ['two-thirds', 2 / 3], ['two thirds', 2 / 3],
  ['two-fifths', 0.4], ['three-fifths', 0.6], ['four-fifths', 0.8],
  ['a half', 0.5], ['half', 0.5], ['one-half', 0.5], ['a third', 1 / 3], ['one-third', 1 / 3], ['one third', 1 / 3],
  ['a quarter', 0.25], ['one-quarter', 0.25], ['one quarter', 0.25], ['a fifth', 0.2], ['one-fifth', 0.2],
  ['a tenth', 0.1], ['one-tenth', 0.1],
];

/** Numbers written as words, for counts of a total ("four of the five", "nine in ten"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['ninety', 90], ['eighty', 80], ['seventy', 70], ['sixty', 60], ['fifty', 50], ['forty', 40], ['thirty', 30],
  ['twenty', 20], ['nineteen', 19], ['eighteen', 18], ['seventeen', 17], ['sixteen', 16], ['fifteen', 15],
  ['fourteen', 14], ['thirteen', 13], ['twelve', 12], ['eleven', 11], ['ten', 10], ['nine', 9], ['eight', 8],
  ['seven', 7], ['six', 6], ['five', 5], ['four', 4], ['three', 3], ['two', 2], ['one', 1],
]);

/** Ordinals that count how many there have been so far ("the second outage this month": two). */
export const ORDINAL_COUNTS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]]);

/** Words for an unnamed many, with the fewest each allows ("several" is three or more). */
export const MANY_WORDS: ReadonlyMap<string, number> = new Map([['several', 3], ['multiple', 3], ['many', 5], ['numerous', 5], ['countless', 10], ['dozens', 24]]);
