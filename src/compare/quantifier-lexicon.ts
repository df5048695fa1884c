/** Quantifying words and the class of strength they express; words of one class are interchangeable. */
export const QUANTIFIER_CLASSES: Readonly<Record<string, string>> = {
  no: 'none', none: 'none', zero: 'none', nobody: 'none', neither: 'none',
  few: 'few', little: 'few',
  some: 'some', certain: 'some', handful: 'some', couple: 'some', cohort: 'some', cohorts: 'some', group: 'some', groups: 'some', part: 'some',
  several: 'several', various: 'several', number: 'several',
  many: 'many', numerous: 'many', dozens: 'many', scores: 'many', hundreds: 'many', thousands: 'many', lots: 'many', plenty: 'many', multiple: 'many', countless: 'many', millions: 'many',
  most: 'most', majority: 'most', bulk: 'most',
  half: 'half',
  all: 'all', every: 'all', each: 'all', entire: 'all', whole: 'all', everyone: 'all', everybody: 'all',
};

/** Rough strength of each class, 0 (none) .. 1 (all), for wording "strengthened" or "weakened". */
export const QUANTIFIER_STRENGTH: Readonly<Record<string, number>> = { none: 0, few: 0.1, some: 0.3, several: 0.4, many: 0.6, half: 0.5, most: 0.75, all: 1 };

/**
 * Words that name an indefinite part without saying how large ("a group of", "part of", "a number of"): they agree
 * with both "some" and "several", which differ from each other ("several" says more than "some").
 */
export const LOOSE_QUANTIFIERS: ReadonlySet<string> = new Set(['certain', 'handful', 'couple', 'cohort', 'cohorts', 'group', 'groups', 'part', 'various', 'number']);
