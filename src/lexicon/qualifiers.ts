/**
 * Words that qualify what a sentence asserts, as data, by what they do: limit its reach ("preliminary"), widen it to
 * the absolute ("permanently"), set what a figure counts ("including debt"), open a caveat ("although") or a
 * condition ("if", "unless"). Losing one, or gaining one, changes what is claimed.
 */
export const LIMITS: readonly string[] = [
  'temporary', 'temporarily', 'partial', 'partially', 'partly', 'brief', 'briefly', 'limited', 'provisional',
  'provisionally', 'tentative', 'tentatively', 'preliminary', 'proposed', 'planned', 'potential', 'conditional',
  'conditionally', 'short-term', 'voluntary', 'voluntarily', 'unconfirmed', 'initial', 'initially', 'draft', 'interim',
  'small', 'modest', 'slight', 'slightly', 'early', 'pilot', 'observational', 'self-reported',
  // a limit in time ("until June 30", "for now", "at this stage", "so far")
  'until', 'till', 'for now', 'for the time being', 'at this stage', 'at this point', 'so far', 'to date', 'at first',
];

/** Adverbs that stretch a claim to the absolute ("35 percent complete" measures, so adjectives are left out). */
export const WIDENERS: readonly string[] = [
  'permanently', 'completely', 'entirely', 'totally', 'fully', 'wholly', 'indefinitely', 'forever', 'definitively',
  'irreversibly', 'unconditionally', 'altogether', 'definitely', 'certainly', 'undoubtedly', 'conclusively',
];

/** Phrases that set what a figure counts ("3.2 billion euros including debt" is another sum). */
export const BASES: readonly string[] = [
  'including debt', 'excluding debt', 'including net debt', 'including fees', 'excluding fees', 'including interest',
  'including bonuses', 'including vat', 'excluding vat', 'including tax', 'before tax', 'after tax', 'pre-tax', 'net of',
  'excluding one-off items', 'excluding one-offs', 'adjusted for inflation', 'inflation-adjusted', 'in real terms',
  'in nominal terms', 'seasonally adjusted', 'on a like-for-like basis', 'year on year', 'year-on-year', 'annualised',
  'annualized', 'per capita', 'on average',
];

/** Words opening a caveat set after a claim ("..., although it cautioned that ..."). */
export const CAVEATS: readonly string[] = [
  'although', 'though', 'however', 'but cautioned', 'but warned', 'but noted', 'but stressed', 'but said', 'but added',
  'but acknowledged', 'but conceded', 'while acknowledging', 'with the caveat', 'even so', 'nevertheless', 'nonetheless',
  'cautioning that', 'warning that', 'stressing that', 'noting that', 'while cautioning', 'while warning',
  // a contrast set against the claim ("..., but will not be docked points", "even after boiling it")
  'but', 'even as', 'even after', 'even though', 'even when', 'even with', 'despite',
];

/** Conjunctions opening a condition that is a clause of its own ("if the berths reopen on time", "unless talks resume"). */
export const CONDITION_CLAUSES: readonly string[] = ['if', 'unless', 'provided that', 'providing that', 'as long as', 'so long as', 'only if', 'even if', 'on condition that'];

/** Words opening a condition ("if", "unless", "provided that"). */
export const CONDITIONS: readonly string[] = [...CONDITION_CLAUSES, 'subject to', 'pending',
  // a condition told by a preposition ("banned without a permit", "closed except for residents")
  'without', 'except', 'except for', 'other than', 'where possible', 'where appropriate', 'where necessary',
  'if possible', 'if necessary', 'if needed', 'in exchange for', 'in return for'];

/**
 * Conjunctions that caveat a claim only when they carry on with its subject ("..., but will not be docked points",
 * "but that no decision had been taken"); with a subject of their own ("but the road remained closed") they open
 * another statement.
 */
export const SAME_SUBJECT: ReadonlySet<string> = new Set(['but']);
