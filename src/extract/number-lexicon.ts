/** Words around numbers, as data: modifiers, currencies, scales. */
export const NUMBER_LEXICON = {
  /** Phrases before a number, longest first, with their normalised modifier. */
  modifiers: [
    ['no more than', 'up to'], ['no fewer than', 'at least'], ['as many as', 'up to'], ['as few as', 'at least'],
    ['more than', 'more than'], ['greater than', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'],
    ['less than', 'less than'], ['fewer than', 'less than'], ['at least', 'at least'], ['at most', 'up to'],
    ['up to', 'up to'], ['close to', 'nearly'], ['just under', 'nearly'], ['just over', 'more than'], ['an estimated', 'about'],
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['over', 'more than'], ['under', 'less than'], ['exactly', 'exactly'],
    ['only', 'only'], ['just', 'only'], ['precisely', 'exactly'],
  ] as const,
  /** Currency marks before a number. */
  currencySymbols: { $: 'usd', us$: 'usd', 'usd': 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', 'a$': 'aud', 'c$': 'cad' } as Record<string, string>,
  /** Currency words after a number (lemmas). */
  currencyWords: { dollar: 'usd', euro: 'eur', pound: 'gbp', yen: 'jpy', yuan: 'cny', rupee: 'inr', ruble: 'rub', rouble: 'rub', peso: 'peso', bolivar: 'bolivar' } as Record<string, string>,
  /** Scale words and abbreviations. */
  scales: { hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 } as Record<string, number>,
  /** Units that are words for "percent". */
  percent: ['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'],
} as const;
