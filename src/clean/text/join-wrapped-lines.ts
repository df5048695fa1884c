import type { TextState, Unit } from './text-state.ts';

const MAX_WRAP_WIDTH = 100;
const SENTENCE_END = /[.!?:;…。！？]["'”’)\]]*$/u;
const MIN_WRAPPED = 20;
const TRAILING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'that', 'as', 'on', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'this', 'which', 'who', 'but', 'not', 'into', 'than']);

/** A unit being built from wrapped lines: its parts, kept apart until the end so joining stays linear. */
interface Growing {
  readonly first: Unit;
  readonly texts: string[];
  readonly pieces: Unit['pieces'][number][];
  /** The last line's text: every test below reads only the end of the unit, never the whole of it. */
  last: string;
  /** Words so far, counted up to 4 (all the rule asks). */
  words: number;
}

/**
 * Join source lines that a hard wrap split: in a page wrapped at width W, a line was broken
 * because the next word would not fit, so `line + 1 + nextWord > W`. Short lines (menus, titles,
 * bylines) never pass that test, so they stay lines of their own.
 */
export function joinWrappedLines(state: TextState): TextState {
  const width = wrapWidth(state.units);
  const grown: Growing[] = [];
  for (const unit of state.units) {
    const last = grown[grown.length - 1];
    if (last !== undefined && continues(last, unit, width)) {
      last.texts.push(unit.text);
      last.pieces.push(...unit.pieces);
      last.last = unit.text;
      last.words = Math.min(4, last.words + wordsUpTo4(unit.text));
    } else {
      grown.push({ first: unit, texts: [unit.text], pieces: [...unit.pieces], last: unit.text, words: wordsUpTo4(unit.text) });
    }
  }
  const units = grown.map((g): Unit => (g.texts.length === 1 ? g.first : { ...g.first, text: g.texts.join(' '), pieces: g.pieces }));
  return { ...state, units };
}

function continues(previous: Growing, next: Unit, width: number | null): boolean {
  const lastLine = previous.pieces[previous.pieces.length - 1];
  const lastLength = lastLine ? lastLine.end - lastLine.start : previous.last.length;
  const firstWord = next.text.split(/\s/, 1)[0] ?? '';
  if (!next.blankBefore && width !== null && lastLength <= width && lastLength + 1 + firstWord.length >= width - 2) return true;
  // Without a clear width (or across a blank line, as double-spaced dumps have it), a wrap is an
  // unfinished line that stops on a function word or runs into a lowercase word: paragraphs
  // neither end on "the" nor start in lowercase.
  if (SENTENCE_END.test(previous.last) || (lastLength < MIN_WRAPPED && !previous.last.endsWith(','))) return false;
  const lastWord = trailingWord(previous.last).toLowerCase();
  return /^[\p{Ll}]/u.test(next.text) || (TRAILING_FUNCTION_WORDS.has(lastWord) && previous.words >= 4);
}

/** The letters and apostrophes ending a line, read backwards (an unanchored `[\p{L}']+$` is quadratic on one long word). */
function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0) {
    // A character outside the BMP is a surrogate pair: step back over both halves at once.
    const low = text.charCodeAt(start - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && start >= 2 ? 2 : 1;
    if (!/^[\p{L}']$/u.test(text.slice(start - size, start))) break;
    start -= size;
  }
  return text.slice(start);
}

/** How many whitespace-separated words a trimmed line has, counting no further than 4. */
function wordsUpTo4(text: string): number {
  let words = 1;
  const gaps = /\s+/g;
  while (words < 4 && gaps.exec(text) !== null) words++;
  return words;
}

/** The width the page was wrapped at, or null when its lines are not hard-wrapped. */
function wrapWidth(units: readonly Unit[]): number | null {
  const lengths = units.map((u) => u.text.length).filter((n) => n >= 30);
  if (lengths.length < 4) return null;
  const short = lengths.filter((n) => n <= MAX_WRAP_WIDTH);
  if (short.length < lengths.length * 0.8) return null;
  // A loop, not Math.max(...short): a spread of 130,000 lengths overflows the stack.
  const width = short.reduce((max, n) => Math.max(max, n), 0);
  const nearWidth = short.filter((n) => n >= width - 20).length;
  return nearWidth >= short.length * 0.4 ? width : null;
}
