import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { startsWithPhrase } from './starts-with-phrase.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

// Leads that announce a teaser even without a separator after them ("Also Read PM speaks ...").
const STRONG = new Set(['also read', 'read also', 'more from', 'see also', 'read more', "don't miss", 'dont miss', 'must read', 'also see', 'read next', 'more on']);
const SEPARATOR = /^\s*(?:[:|»>•·/\-–—]|$)/u;
const MAX_WORDS = 25;
const MAX_FOLLOWERS = 5;

/**
 * Remove teasers for other articles ("Also Read | ...", "Read more: ...", "More From X",
 * "Related:"), and, after a bare teaser label, the headline lines listed right under it.
 */
export function markTeasers(state: TextState): TextState {
  const units = [...state.units];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.removed !== undefined) continue;
    const lead = teaserLead(unit.text);
    if (lead === null) continue;
    units[i] = { ...unit, removed: 'teaser' };
    if (!isBare(unit.text, lead)) continue;
    for (let j = i + 1, taken = 0; j < units.length && taken < MAX_FOLLOWERS; j++) {
      const next = units[j]!;
      if (next.removed !== undefined) continue;
      if (next.blankBefore || !isHeadline(next.text)) break;
      units[j] = { ...next, removed: 'teaser' };
      taken++;
    }
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

function isBare(text: string, lead: string): boolean {
  return /^[\s:|»>•·\-–—]*$/u.test(text.slice(lead.length));
}

function isHeadline(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 2 && words <= 20 && !/[.]["'”’]?$/.test(text);
}
