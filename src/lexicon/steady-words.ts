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

/**
 * Verb lemmas that say a state went on ("the mill remained shut", "kept ringing", "will stay in place"), as data: set
 * against a wording that tells the same thing's state ended or changed, a contradiction.
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['remain', 'stay', 'continue', 'keep', 'persist']);

/**
 * Verb lemmas that say a state ended or began ("deliveries were halted", "the driver was freed", "lessons
 * resumed"), beside CHANGE_VERBS' changes of quantity, as data.
 */
export const STATE_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'stop', 'cease', 'end', 'halt', 'suspend', 'close', 'shut', 'reopen', 'resume', 'restart', 'lift', 'release', 'free',
  'discharge', 'scrap', 'cancel', 'abandon', 'quit', 'evacuate', 'relocate', 'remove', 'expire', 'collapse',
]);
