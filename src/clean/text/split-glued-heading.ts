import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { sliceUnit } from './slice-unit.ts';
import type { TextState, Unit } from './text-state.ts';

const OPENERS: ReadonlySet<string> = new Set(LEXICON.sentenceOpeners);
const SECTIONS: ReadonlySet<string> = new Set(LEXICON.sectionHeadings);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'with', 'by', 'at', 'from', 'as', 'than', 'that', 'said', 'says']);
const MAX_HEADING_WORDS = 12;
const MIN_REST_WORDS = 8;

/**
 * Split a section heading that a scraper ran into the paragraph under it ("Ferry fares go up
 * Since March, the operator has ..."): a capitalised sentence opener ("Since", "The", "After")
 * right after an unpunctuated word can only start a new sentence, so the words before it are a
 * heading. The heading is kept as a paragraph of its own (role 'heading'); nothing is dropped.
 */
export function splitGluedHeading(state: TextState): TextState {
  const units: Unit[] = [];
  for (const unit of state.units) {
    const at = unit.removed === undefined && unit.role === 'body' ? headingEnd(unit.text) : null;
    if (at === null) {
      units.push(unit);
      continue;
    }
    units.push({ ...sliceUnit(unit, 0, at), role: 'heading' });
    units.push({ ...sliceUnit(unit, at, unit.text.length), blankBefore: true });
  }
  return { ...state, units };
}

/** The offset where the sentence after a glued heading starts, or null when there is none. */
function headingEnd(text: string): number | null {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length < MIN_REST_WORDS + 1 || !endsSentence(text) || !/^\p{Lu}/u.test(text)) return null;
  const word = (k: number): string => words[k]?.[0] ?? '';
  if (SECTIONS.has(word(0).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(word(1))) return words[1]!.index;
  for (let k = 1; k <= MAX_HEADING_WORDS && k < words.length - MIN_REST_WORDS; k++) {
    const previous = word(k - 1);
    // Sentence punctuation in the heading part means we are inside a sentence, not after a heading. A
    // comma is not: headlines list ("A cracked hull, a stranded ferry"); the opener itself must still
    // follow a bare word below.
    if (/[;:!?"“”‘’()]|[.]$/.test(previous) && !/^(?:\p{Lu}\.)+$/u.test(previous)) return null;
    const current = word(k);
    if (!/^\p{Lu}\p{Ll}*$/u.test(current) || current === 'I' || !OPENERS.has(current.toLowerCase())) continue;
    if (FUNCTION_WORDS.has(previous.toLowerCase()) || !/[\p{L}\p{N})]$/u.test(previous)) continue;
    // "The Hague", "The New York Times": a capitalised word after "The" makes it a name.
    if (current === 'The' && /^\p{Lu}/u.test(word(k + 1))) continue;
    return words[k]!.index;
  }
  return null;
}
