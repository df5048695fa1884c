/**
 * Words around a figure, as data: the phrases before it that bound or approximate it, and the fractions and
 * proportions written in words, so "at least 48" and "as many as 48" differ and "half" meets "50 percent".
 */

/** What a phrase before a figure says of it: "lower" a floor, "upper" a ceiling, "below" short of it, "approx" near it. */
export type FigureBound = 'lower' | 'upper' | 'below' | 'approx';

/** Phrases before a figure (lower-cased words), longest first. */
export const FIGURE_MODIFIERS: readonly (readonly [phrase: string, bound: FigureBound])[] = ([
  ['no more than', 'upper'], ['no fewer than', 'lower'], ['no less than', 'lower'], ['not more than', 'upper'],
  ['as many as', 'upper'], ['as much as', 'upper'], ['as high as', 'upper'], ['as few as', 'lower'], ['as little as', 'lower'],
  ['in excess of', 'lower'], ['upwards of', 'lower'], ['more than', 'lower'], ['greater than', 'lower'], ['over', 'lower'],
  ['above', 'lower'], ['at least', 'lower'], ['just over', 'lower'], ['well over', 'lower'], ['a minimum of', 'lower'],
  ['up to', 'upper'], ['at most', 'upper'], ['a maximum of', 'upper'], ['fewer than', 'below'], ['less than', 'below'],
  ['under', 'below'], ['just under', 'below'], ['below', 'below'], ['nearly', 'below'], ['almost', 'below'],
  ['close to', 'below'], ['shy of', 'below'], ['just shy of', 'below'], ['not quite', 'below'],
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['some', 'approx'],
  ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx'], ['approx', 'approx'], ['nigh on', 'approx'],
  ['upward of', 'lower'], ['or so', 'approx'], ['older than', 'lower'], ['younger than', 'below'],
] as const satisfies readonly (readonly [string, FigureBound])[]).slice().sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Phrases before a figure that give it as an estimate: no one counted it ("an estimated 3,800 barrels"), where "about" may only round a count. */
export const ESTIMATING_MODIFIERS: ReadonlySet<string> = new Set(['an estimated', 'estimated']);

/**
 * Verbs that give the figures of their clause as an estimate, by their stem ("Northline estimates it lost about 3.1
 * million euros", "reckons the bill at 2 million").
 */
export const ESTIMATING_STEMS: readonly string[] = ['estimat', 'reckon'];

/** A word of estimating, by its normal form ("estimates", "estimated", "reckons"). */
export function estimating(norm: string): boolean {
  return ESTIMATING_STEMS.some((s) => norm.startsWith(s));
}

/**
 * Verbs that give a figure after "at" ("put potential losses at 2m crowns", "put the toll at 14", "valued the horn at
 * $5m"): an estimate or an official count, so they tell an estimate the other wording gives without stating it as one.
 */
export const FIGURE_AT_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'valued', 'values', 'valuing']);

/** Phrases after a figure that bound it ("75 and over", "10 or more", "18 and under"). */
export const FIGURE_POSTFIXES: readonly (readonly [phrase: string, bound: FigureBound])[] = [
  ['and over', 'lower'], ['and above', 'lower'], ['and older', 'lower'], ['and up', 'lower'], ['or more', 'lower'],
  ['or over', 'lower'], ['or older', 'lower'], ['or above', 'lower'],
  ['and under', 'upper'], ['and below', 'upper'], ['and younger', 'upper'], ['or fewer', 'upper'], ['or less', 'upper'],
  ['or under', 'upper'], ['or younger', 'upper'], ['or below', 'upper'],
];

/**
 * Bounds that leave the figure itself out ("more than 35,000" is not 35,000; "at least 35,000" may be). "Over",
 * "under", "above" and "below" are left out: before a figure they are as often places ("under two of its piers").
 */
export const STRICT_BOUNDS: ReadonlySet<string> = new Set([
  'more than', 'greater than', 'in excess of', 'upwards of', 'upward of', 'just over', 'well over',
  'fewer than', 'less than', 'just under', 'older than', 'younger than',
]);

/**
 * The period a figure is counted over, as the words after it write it: a noun after "a", "per", "each" ("a year",
 * "per night") or an adverb ("annually"). A rate per day and the same figure per month are different amounts.
 */
export const PERIOD_NOUNS: Readonly<Record<string, string>> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', night: 'night', week: 'week', fortnight: 'fortnight',
  month: 'month', quarter: 'quarter', year: 'year', annum: 'year',
};
export const PERIOD_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'hour', daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year',
};

/**
 * Phrases after a figure that make it a total over a whole term, not a rate ("4.5 million tonnes over the life of the
 * deal", "in total"): the same figure "a year" elsewhere is another amount.
 */
export const TOTAL_MARKERS: readonly string[] = ['in total', 'in all', 'altogether', 'over the life of', 'over the course of', 'over the term of', 'over the lifetime of', 'over the whole', 'over the full'];
/** Words just before a figure that make it a total ("a combined €640 million", "a cumulative 11 million", "a total of 40"). */
export const TOTAL_MARKERS_BEFORE: readonly string[] = ['combined', 'cumulative', 'total of', 'aggregate', 'all told'];

/** Words that open a period after a figure ("a year", "per night", "each week"). */
export const RATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** Words after "a year" that make it a time ago, not a rate ("a year ago", "a week earlier"). */
export const NOT_RATE_AFTER: ReadonlySet<string> = new Set(['ago', 'earlier', 'before', 'after', 'later', 'since', 'on', 'from', 'or']);

/**
 * Verbs (lemmas) that take "up" as a particle of movement: after them "up to 11.09" names where something goes
 * ("will go up to", "shot up to"), not a ceiling on the figure.
 */
export const UP_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'go', 'move', 'step', 'shoot', 'jump', 'push', 'climb', 'creep', 'edge', 'tick', 'bump', 'ratchet', 'inch', 'notch',
  'drive', 'bid', 'mark', 'scale', 'ramp', 'crank', 'round', 'trade', 'head', 'bring',
  'went', 'gone', 'goes', 'going', 'shot', 'crept', 'brought',
]);

/** Fractions written in words, as a share of the whole in percent ("half" 50, "two-thirds" 66.7). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10,
};

/** Words that make a figure a multiple of another ("1.8 times as likely", "twice as many"). */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = { twice: 2, double: 2, triple: 3, thrice: 3, quadruple: 4 };
