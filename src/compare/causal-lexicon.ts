/** Words that say one thing made another happen ("caused by", "blamed on", "due to"). Stems, as data. */
export const CAUSAL_WORDS: ReadonlySet<string> = new Set(['caused', 'causing', 'causes', 'cause', 'blamed', 'triggered', 'due', 'because', 'resulted', 'result']);

/** Words that only tie two things together without saying one made the other ("linked to", "associated with"). */
export const ASSOCIATIVE_WORDS: ReadonlySet<string> = new Set(['linked', 'tied', 'associated', 'connected', 'correlated', 'related']);
