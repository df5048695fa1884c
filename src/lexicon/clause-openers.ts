/**
 * Words that open a clause or a phrase hung on what a sentence tells: a further act, a condition, a cause, a relative
 * clause, a time, an exception ("[and had not been charged]", "[unless talks resume]", "[which is still being
 * negotiated]"). A stretch a wording tells alone that opens on one is a detail of its own (checkUntold).
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'if', 'unless', 'because', 'as', 'since', 'which', 'who', 'whom', 'whose', 'that', 'where', 'when',
  'while', 'whereas', 'although', 'though', 'after', 'before', 'until', 'once', 'including', 'except', 'excluding',
  'without', 'with', 'subject', 'provided', 'amid', 'despite',
]);

/** Words that open a clause set against the one before ("but", "while", "yet"): a clause runs up to them, no further. */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);

/** Relative pronouns: a clause they open tells of the word it hangs on ("Harrow Mill, [which employs 60 weavers], ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
