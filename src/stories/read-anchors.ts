import { PLACE_FORMS } from '../lexicon/places.ts';
import { STOP_WORDS } from '../align/stop-words.ts';
import { foldWord, isUnspacedScript, type StoryWord } from './story-words.ts';
import { MONTH_NUMBERS } from './month-names.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';

/**
 * What a story keeps whatever language tells it: names (capitalised words inside a sentence, `n:`), places (a
 * country's name, its people's or its capital, one key for all, `p:`), figures (`#:`, separators dropped) and
 * dates (`d:month-day`). Returned sorted and distinct.
 */
export function readAnchors(words: readonly StoryWord[]): string[] {
  const anchors = new Set<string>();
  words.forEach((word, i) => {
    const text = word.text;
    const place = PLACE_FORMS.get(text) ?? PLACE_FORMS.get(`${text} ${words[i + 1]?.text ?? ''}`);
    if (place) anchors.add(`p:${place.key}`);
    else if (/^\d/.test(text)) readFigure(text, words, i, anchors);
    else if (!word.opens && isName(text)) anchors.add(`n:${foldWord(text)}`);
  });
  return [...anchors].sort();
}

function isName(text: string): boolean {
  if (isUnspacedScript(text) || text.length < 2) return false;
  const first = text[0]!;
  const folded = foldWord(text);
  return first !== first.toLowerCase() && !STOP_WORDS.has(folded) && !CALENDAR_WORDS.has(folded) && !MONTH_NUMBERS.has(folded);
}

function readFigure(text: string, words: readonly StoryWord[], i: number, anchors: Set<string>): void {
  // "3,800" and "3.800" are one figure; "3.8" stays a decimal.
  const figure = /^\d{1,3}(?:[.,]\d{3})+$/.test(text) ? text.replace(/[.,]/g, '') : text.replace(',', '.');
  const day = Number(figure);
  const month = monthAround(words, i);
  if (Number.isInteger(day) && day >= 1 && day <= 31 && month !== undefined) {
    anchors.add(`d:${month}-${day}`);
    return;
  }
  // A lone digit is too common to tell stories apart (and is often written as a word instead).
  if (figure.length >= 2) anchors.add(`#:${figure}`);
}

// "January 3", "3 January", "3. Januar", "3 de enero": the month just before the day, or just after (past a "de").
function monthAround(words: readonly StoryWord[], i: number): number | undefined {
  const before = words[i - 1];
  const after = words[i + 1]?.text === 'de' ? words[i + 2] : words[i + 1];
  return (before && MONTH_NUMBERS.get(foldWord(before.text))) ?? (after && MONTH_NUMBERS.get(foldWord(after.text))) ?? undefined;
}
