// How firmly a study, report or survey is said to have established something, as data (verb lemmas).
// "The report found that ..." states a result; "the report suggested that ..." offers it as a possibility.
export const FINDING_VERBS = {
  firm: ['find', 'show', 'conclude', 'confirm', 'prove', 'demonstrate', 'establish', 'determine'],
  soft: ['suggest', 'indicate', 'hint', 'imply'],
} as const;

const FIRM = new Set<string>(FINDING_VERBS.firm);
const SOFT = new Set<string>(FINDING_VERBS.soft);

/** 'firm' or 'soft' for a verb of finding, by lemma; undefined for any other word. */
export function findingStrength(lemma: string): 'firm' | 'soft' | undefined {
  return FIRM.has(lemma) ? 'firm' : SOFT.has(lemma) ? 'soft' : undefined;
}
