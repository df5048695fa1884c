// Words opening a caveat set off after a claim: "..., although it cautioned that drought played a part",
// "..., though officials stressed the data were preliminary", "..., but warned that ...". Data.
export const CAVEAT_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'but']);
/** Verbs of cautioning; "but" opens a caveat only with one of them close after it ("but warned that"). */
export const CAVEAT_VERBS: ReadonlySet<string> = new Set(['caution', 'warn', 'stress', 'note', 'acknowledge', 'concede', 'caveat', 'add', 'say', 'admit']);
