import type { Credit } from './credit.ts';

// Names of one institution that outlets use interchangeably, as data: "according to prosecutors" and "according to the
// district attorney's office" credit the same source. A group's phrases are matched at the end of the credit's words
// (the head), possessive "'s" dropped, so "the county prosecutor's office" is the prosecution and "a police union" is not
// the police.
const INSTITUTIONS: readonly (readonly string[])[] = [
  ['prosecutors', 'prosecutor', 'prosecution', 'prosecutor office', 'prosecutors office', 'district attorney',
    'district attorney office', 'state attorney', 'state attorney office', 'public prosecutor office', 'prosecution service',
    'crown prosecution service', 'procurator fiscal'],
  ['police', 'police department', 'police force', 'police service', 'constabulary'],
  ['coast guard', 'coastguard'],
  ['fire department', 'fire service', 'fire brigade'],
];

const GROUPS: readonly (readonly string[][])[] = INSTITUTIONS.map((g) => g.map((p) => p.split(' ')));

function institutionOf(c: Credit): number {
  const words = c.words.map((w) => w.replace(/['’]s$/, '')).filter((w) => w !== 's' && w !== '');
  return GROUPS.findIndex((g) => g.some((p) => p.length <= words.length && p.every((w, i) => words[words.length - p.length + i] === w)));
}

/** True when two credits name one institution in two of its usual names ("prosecutors" / "the district attorney's office"). */
export function sameInstitution(a: Credit, b: Credit): boolean {
  const x = institutionOf(a);
  return x >= 0 && x === institutionOf(b);
}
