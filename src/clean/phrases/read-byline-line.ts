import { LEXICON } from '../text/boilerplate-lexicon.ts';
import { wordsOf } from '../text/words-of.ts';
import { phrasesOf } from './languages.ts';
import { phrasePattern } from './phrase-pattern.ts';
import { isDateLine } from './written-date.ts';

// A capitalised word, or a word of a script without case (Arabic, Hebrew, ...: letters that are neither upper nor lower)
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Lo}[\\p{Lo}\\p{M}]*)";
// Lowercase particles inside a name ("Ana da Silva", "Ruud van der Berg").
const PARTICLE = '(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|des|ten|zu)';
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,3}`;
const JOINERS = phrasesOf('nameJoiners').join('|');
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+(?:${JOINERS})\\s+)${NAME}){0,4}`;
// After the names: a separator and anything (a date, a role, the outlet), or a date straight after them.
// After a comma only a short tail that is no sentence ("Por Ana Sousa, da Gazeta do Vale"; never "By Tuesday, the council
// will vote.").
// A date label straight after the names starts the date ("Par Julien Roques Publié le 14 mars 2026": two spans, one line).
// (The names are case-sensitive, so the labels are written in their three cases.)
const DATE_LABEL = [...phrasesOf('publishedLabels'), ...phrasesOf('updatedLabels')]
  .flatMap((l) => [l, l.charAt(0).toUpperCase() + l.slice(1), l.toUpperCase()])
  .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LABELLED = new RegExp(`^(${NAMES})(?:\\s*[|·•–—/]\\s*.*|\\s*,\\s*(?:[^\\s.!?]+\\s*){1,5}|\\s+\\d.*|\\s+(?:${DATE_LABEL})(?![\\p{L}]).*)?$`, 'u');
const UNLABELLED = new RegExp(`^(${NAMES})\\s*[|·•–—]\\s*(.+)$`, 'u');
// The separator UNLABELLED needs: a line without one (most lines) is not tried against its names.
const SEPARATOR = /[|·•–—]/u;
const LABEL = phrasePattern(phrasesOf('bylineLabels'), (p) => `^(?:${p})(?:\\s+|(?<=:)\\s*)`);
const SPLIT = new RegExp(`\\s*,\\s*|\\s+(?:${JOINERS})\\s+`, 'u');
const NOT_NAMES = new Set<string>([...LEXICON.bylineRoles, ...LEXICON.agencies]);
const MAX_WORDS = 16;
const MAX_CHARS = 200;

/**
 * The authors named by a byline line in any language of the phrase tables: a label and names
 * ("Von Theresa Gruber und Lukas Brandstätter | 12. Mai 2026", "Por Mariana Albuquerque, da Gazeta do
 * Vale", "di Giulia Cattaneo"), or names and a date with no label ("Rita Mendonça · 22 abr 2026");
 * null for any other line.
 */
export function readBylineLine(text: string): string[] | null {
  // A run of spaces may shrink a long line below the cap; a line many times the cap is no byline either way.
  if (text.length > 4 * MAX_CHARS) return null;
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_CHARS || wordsOf(line).length > MAX_WORDS) return null;
  const label = LABEL.exec(line);
  let names: string | undefined;
  if (label) {
    names = LABELLED.exec(line.slice(label[0].length))?.[1];
  } else {
    const m = SEPARATOR.test(line) ? UNLABELLED.exec(line) : null;
    if (m && isDateLine(m[2]!)) names = m[1];
  }
  if (names === undefined) return null;
  const people = names.split(SPLIT).map((n) => n.trim()).filter((n) => n && !NOT_NAMES.has(n.toLowerCase()));
  // One capitalised word alone ("By Tuesday", "Von Montag") is no author; a full name has two.
  return people.some((n) => n.includes(' ')) ? people : null;
}
