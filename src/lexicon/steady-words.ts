/** Words that say a quantity stayed as it was ("deaths were similar", "prices were unchanged"), as data. */
export const STEADY_WORDS: ReadonlySet<string> = new Set([
  'similar', 'unchanged', 'steady', 'stable', 'flat', 'same', 'comparable', 'unaltered', 'static', 'level', 'constant',
]);

/** Verb lemmas that say a quantity changed ("reduced deaths", "sales rose"), as data. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'increase', 'rise', 'grow', 'climb', 'jump', 'surge', 'soar', 'raise', 'boost', 'double', 'swell', 'triple',
  'decrease', 'fall', 'drop', 'decline', 'plunge', 'slide', 'cut', 'reduce', 'lower', 'shrink', 'slash', 'diminish', 'sink',
  'tumble', 'dip', 'halve', 'improve', 'worsen',
]);
