import type { WordToken } from '../text/word-tokens.ts';
import { RECEIVING_PARTICIPLES, verbGroups } from '../lexicon/verb-groups.ts';

// Auxiliaries, light and aspect verbs ("have begun leaving" = "are leaving"): never the claim's predicate.
const LIGHT = new Set(['be', 'have', 'do', 'say', 'get', 'make', 'become', 'seem', 'include', 'use', 'let', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should',
  'begin', 'start', 'continue', 'keep', 'try', 'attempt', 'manage', 'tend', 'need', 'go', 'come', 'appear', 'want', 'help', 'allow']);

/** True for a content verb worth comparing (not an auxiliary, light or reporting verb). */
export function isPredicate(t: WordToken): boolean {
  return t.pos === 'VERB' && t.norm !== 'say' && !LIGHT.has(t.lemma);
}

/** True when a verb lemma is in the synonym lexicon, so a change away from it can be judged. */
export function isKnownVerb(t: WordToken): boolean {
  return verbGroups(t.lemma).size > 0;
}

/** True when two verbs can report the same event: one lemma or stem, or a shared synonym group. */
export function sameVerb(a: WordToken, b: WordToken): boolean {
  if (a.lemma === b.lemma || a.stem === b.stem) return true;
  const ga = new Set([...verbGroups(a.lemma), ...verbGroups(receivedAs(a))]);
  for (const g of [...verbGroups(b.lemma), ...verbGroups(receivedAs(b))]) if (ga.has(g)) return true;
  return false;
}

// "given" reads as "receive" as well as "give" (see RECEIVING_PARTICIPLES).
function receivedAs(t: WordToken): string {
  return RECEIVING_PARTICIPLES.get(t.text.toLowerCase()) ?? t.lemma;
}
