import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { startsWithPhrase } from './starts-with-phrase.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

// Leads that announce a teaser even without a separator after them ("Also Read PM speaks ...").
const STRONG = new Set(['also read', 'read also', 'more from', 'see also', 'read more', "don't miss", 'dont miss', 'must read', 'also see', 'read next', 'more on']);
const SEPARATOR = /^\s*(?:[:|»>•·/\-–—]|$)/u;
const MAX_WORDS = 25;
const MAX_FOLLOWERS = 8;
// What may follow a teaser label on a heading line: the outlet or section it points to ("More From Harbor Daily", "Most Read in Business").
// Words are separated by required spaces: with `\s*`, one long capitalised word could be split among the
// five repetitions in ~n^4 ways before failing ("More from " + 150 letters took 55 s).
const LABEL_TAIL = /^\s*(?:(?:from|on|in|at)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\s*$/u;

/**
 * Remove teasers for other articles ("Also Read | ...", "Read more: ...", "More From X",
 * "Related:"), and, after a teaser heading ("Related", "More From Harbor Daily", "Most Read"), the
 * run of headline lines listed under it, up to the first line of prose. Headlines set apart by
 * blank lines go only when there are two or more of them: one short line then prose is a subheading.
 */
export function markTeasers(state: TextState): TextState {
  const units = [...state.units];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.removed !== undefined) continue;
    const lead = teaserLead(unit.text);
    if (lead === null) continue;
    units[i] = { ...unit, removed: 'teaser' };
    if (!isHeading(unit.text, lead)) continue;
    const run: number[] = [];
    for (let j = i + 1; j < units.length && run.length < MAX_FOLLOWERS; j++) {
      const next = units[j]!;
      // An ad inside the list does not end it; a line removed for another reason (a footer) starts another block.
      if (next.removed === 'teaser' || next.removed === 'advertisement') continue;
      if (next.removed !== undefined || !isHeadline(next.text)) break;
      run.push(j);
    }
    // Lines right under the heading are its list; past a blank line, a lone short line may be the story's subheading.
    const listed = run.length >= 2 ? run : run.filter((j) => !units[j]!.blankBefore);
    for (const j of listed) units[j] = { ...units[j]!, removed: 'teaser' };
  }
  return { ...state, units };
}

function teaserLead(text: string): string | null {
  if (wordsOf(text).length > MAX_WORDS) return null;
  const lead = startsWithPhrase(text, LEXICON.teaserLeads);
  if (lead === null) return null;
  const rest = text.slice(lead.length);
  if (SEPARATOR.test(rest)) return lead;
  if (STRONG.has(lead) && (!endsSentence(text) || wordsOf(text).length <= 12)) return lead;
  return null;
}

/** A teaser label standing alone as a heading: nothing after it but punctuation, or the name of where it points. */
function isHeading(text: string, lead: string): boolean {
  const rest = text.slice(lead.length);
  return /^[\s:|»>•·\-–—]*$/u.test(rest) || LABEL_TAIL.test(rest);
}

/** A headline of another article: short, capitalised, not ended like a sentence. */
function isHeadline(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 2 && words <= 20 && /^["'“‘]?[\p{Lu}\p{N}]/u.test(text.trim()) && !/[.:;,]["'”’]?$/.test(text.trim());
}
