/**
 * Words that deny, as data. Grammatical negators flip what follows them ("not", "never", "no longer"); lexical
 * ones deny by meaning ("denied", "failed to", "declined to", "ruled out", "absence of"). A version that carries one
 * where the others carry none (or the reverse), over the same words, says the opposite.
 */
export const NEGATORS: readonly string[] = [
  'not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'no longer', 'not yet',
  'no one', 'nowhere', 'without', 'unless',
];

/** Verbs and phrases that deny by meaning (lower-cased words; a trailing "to" or "of" is part of the phrase). */
export const DENYING_PHRASES: readonly string[] = [
  'denied', 'denies', 'deny', 'denying', 'failed to', 'fails to', 'fail to', 'failing to', 'declined to', 'declines to',
  'decline to', 'refused to', 'refuses to', 'refuse to', 'unable to', 'ruled out', 'rules out', 'rule out', 'lack of',
  'lack', 'lacked', 'lacks', 'absence of', 'free of', 'ceased to', 'no sign of', 'no evidence of', 'no evidence that',
  'stopped short of', 'stops short of', 'fell short of', 'short of', 'yet to', 'has yet to', 'have yet to',
  // a choice against an act is the act denied: "decided against building" / "decided not to build"
  'decided against', 'decides against', 'decide against', 'deciding against', 'opted against', 'opts against',
  'opt against', 'chose against',
];

/**
 * Verb lemmas whose meaning holds a denial of another act (to stay is not to leave, to exclude is not to cover, to
 * fail is not to do): set against a denied act on the same thing, they agree ("remain closed" / "not be reopened",
 * "excludes the rocket" / "does not cover the rocket").
 */
export const DENYING_VERBS: ReadonlySet<string> = new Set([
  'remain', 'stay', 'keep', 'retain', 'hold', 'exclude', 'omit', 'fail', 'lack', 'miss', 'avoid', 'prevent', 'stop',
  'halt', 'block', 'ban', 'bar', 'forbid', 'prohibit', 'refuse', 'reject', 'decline', 'deny', 'withhold', 'ignore',
  'neglect', 'lose', 'lock', 'freeze', 'suspend', 'cancel', 'scrap', 'abandon', 'drop', 'waive', 'spare', 'exempt',
  'resist', 'oppose', 'doubt', 'dismiss', 'postpone', 'delay', 'skip', 'evade', 'escape', 'lag', 'forgo', 'forget',
]);

/** Prefixes that make an antonym of an adjective or participle ("unaffected" / "affected", "non-binding" / "binding"). */
export const NEGATING_PREFIXES: readonly string[] = ['un', 'non', 'in', 'im', 'il', 'ir', 'dis'];

/** Words a negator may sit in front of without denying the claim ("not only", "not least", "no doubt"). */
export const NOT_DENIALS: readonly string[] = ['not only', 'not just', 'not least', 'no doubt', 'not surprisingly', 'no fewer than', 'no more than', 'no less than', 'not more than'];

/**
 * Modifiers that name opposite sides, places or ends of one thing ("the north tower" / "the south tower", "the
 * upper station" / "the bottom station"): two of one row, before the same noun, tell another thing, not a paraphrase.
 * Words of one row stand for one side ("lower", "bottom").
 */
export const OPPOSITE_SIDES: readonly (readonly (readonly string[])[])[] = [
  [['north', 'northern', 'northbound'], ['south', 'southern', 'southbound']],
  [['east', 'eastern', 'eastbound'], ['west', 'western', 'westbound']],
  [['upper', 'top', 'uppermost', 'summit'], ['lower', 'bottom', 'base', 'lowest']],
  [['front'], ['rear', 'back']],
  [['inner', 'inside', 'interior'], ['outer', 'outside', 'exterior']],
  [['left'], ['right']],
  [['first', 'earliest', 'opening'], ['last', 'final', 'latest', 'closing']],
  [['upstream'], ['downstream']],
  [['uphill'], ['downhill']],
  [['inbound', 'incoming', 'arriving'], ['outbound', 'outgoing', 'departing']],
  [['domestic', 'national', 'internal'], ['foreign', 'international', 'external']],
  [['public', 'state-owned', 'state'], ['private', 'privately owned']],
  [['senior'], ['junior']],
  [['male'], ['female']],
  [['minimum'], ['maximum']],
];
