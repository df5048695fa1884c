import type { WordToken } from '../text/word-tokens.ts';

// Words that, right before a verb of saying, make it a plural noun instead: "nine states", "all reports",
// "several notes", "other statements". Determiners ("the", "its") are handled where cues are read.
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  'all', 'both', 'several', 'many', 'few', 'some', 'most', 'other', 'these', 'those', 'various', 'multiple',
  'numerous', 'member', 'neighboring', 'neighbouring', 'southern', 'northern', 'eastern', 'western', 'affected',
]);

// Verbs of saying that are plural nouns too; "three said" still credits the three.
const NOUN_CUES: ReadonlySet<string> = new Set(['states', 'reports', 'notes', 'claims', 'pledges', 'promises', 'vows', 'posts', 'quotes', 'cites']);

/**
 * True when the token before a would-be cue marks the cue as a counted noun ("48 people in nine states", "in
 * several states"), so that what comes before it is no source of the claim.
 */
export function cueIsCountedNoun(cue: WordToken, before: WordToken | undefined): boolean {
  if (!before || !NOUN_CUES.has(cue.text.toLowerCase())) return false;
  return /^\d+(\.\d+)?$/.test(before.norm) || COUNTING_WORDS.has(before.text.toLowerCase());
}
