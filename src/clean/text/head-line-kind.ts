import { phrasesOf } from '../phrases/languages.ts';
import { LEXICON } from './boilerplate-lexicon.ts';
import { parseDateline } from './parse-dateline.ts';
import { wordsOf } from './words-of.ts';

/** What a short line in a page's head is when it is no headline: a masthead, a menu, a section kicker, an account prompt, a date. */
export type HeadLineKind = 'masthead' | 'navigation' | 'section' | 'account' | 'date';

const SECTIONS: ReadonlySet<string> = new Set([...LEXICON.sections, ...phrasesOf('sections').flatMap((s) => s.split(' '))]);
const CHEVRON = /[›»>]/u;
const SEPARATOR = /\s[|/·•]\s/u;
const ACCOUNT = /\b(?:sign in|sign up|log in|login|subscribe|subscription|register|my account)\b/i;
const MAX_WORDS = 8;

/**
 * The kind of a head line that cannot be the headline, or null for a line that can: a menu or breadcrumb (items
 * between bars, chevrons or slashes), an account prompt ("Sign in | Subscribe from €1"), a date-and-time line, a
 * line of section names ("WORLD NEWS"), or a shouted or Title Case name of at most five words (the paper's name).
 * Only lines above the headline are asked, so a short Title Case headline is never taken for a masthead.
 */
export function headLineKind(text: string): HeadLineKind | null {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length === 0) return null;
  if (words.length <= MAX_WORDS * 2 && ACCOUNT.test(line)) return 'account';
  if (line.length <= 120 && parseDateline(line) !== null) return 'date';
  if ((words.length <= MAX_WORDS * 2 && isMenu(line)) || (words.length <= MAX_WORDS * 5 && isLongMenu(line))) return 'navigation';
  if (words.length > MAX_WORDS || /[.,;:!?]$/u.test(line)) return null;
  if (words.every((w) => SECTIONS.has(w.toLowerCase()))) return 'section';
  const shouted = line === line.toUpperCase() && /\p{Lu}{2}/u.test(line);
  const named = words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|de|la|el|le|di|do|da)$/iu.test(w));
  if (shouted && words.length <= 3 && words.some((w) => SECTIONS.has(w.toLowerCase()))) return 'section';
  return shouted || named ? 'masthead' : null;
}

// "News | Sport | Culture", "Business › Industry", "COMPANIES > TECHNOLOGY", "NEWS / RETAILERS": items between
// chevrons, or between bars, slashes or dots when there are three items or all are short ("Headline | Site" is a title).
function isMenu(line: string): boolean {
  if (CHEVRON.test(line)) return true;
  const items = line.split(SEPARATOR);
  return items.length >= 3 || (items.length === 2 && items.every((item) => wordsOf(item).length <= 3));
}

// A menu joined to the line after it ("Home | News | Sport | What's On Log in | Subscribe from 1 daler a week"):
// four or more items, two in three of them a few words long, however many words the whole line runs to.
function isLongMenu(line: string): boolean {
  const items = line.split(SEPARATOR);
  return items.length >= 4 && items.filter((item) => wordsOf(item).length <= 3).length * 3 >= items.length * 2;
}
