import type { TextState, Unit } from './text-state.ts';

const MAX_WRAP_WIDTH = 100;
const SENTENCE_END = /[.!?:;…。！？]["'”’)\]]*$/u;
const MIN_WRAPPED = 20;
const TRAILING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'that', 'as', 'on', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'this', 'which', 'who', 'but', 'not', 'into', 'than']);

/**
 * Join source lines that a hard wrap split: in a page wrapped at width W, a line was broken
 * because the next word would not fit, so `line + 1 + nextWord > W`. Short lines (menus, titles,
 * bylines) never pass that test, so they stay lines of their own.
 */
export function joinWrappedLines(state: TextState): TextState {
  const width = wrapWidth(state.units);
  const units: Unit[] = [];
  for (const unit of state.units) {
    const last = units[units.length - 1];
    if (last !== undefined && continues(last, unit, width)) {
      units[units.length - 1] = { ...last, text: `${last.text} ${unit.text}`, pieces: [...last.pieces, ...unit.pieces] };
    } else {
      units.push(unit);
    }
  }
  return { ...state, units };
}

function continues(previous: Unit, next: Unit, width: number | null): boolean {
  const lastLine = previous.pieces[previous.pieces.length - 1];
  const lastLength = lastLine ? lastLine.end - lastLine.start : previous.text.length;
  const firstWord = next.text.split(/\s/, 1)[0] ?? '';
  if (!next.blankBefore && width !== null && lastLength <= width && lastLength + 1 + firstWord.length >= width - 2) return true;
  // Without a clear width (or across a blank line, as double-spaced dumps have it), a wrap is an
  // unfinished line that stops on a function word or runs into a lowercase word: paragraphs
  // neither end on "the" nor start in lowercase.
  if (SENTENCE_END.test(previous.text) || (lastLength < MIN_WRAPPED && !/,$/.test(previous.text))) return false;
  const lastWord = /([\p{L}']+)$/u.exec(previous.text)?.[1]?.toLowerCase() ?? '';
  return /^[\p{Ll}]/u.test(next.text) || (TRAILING_FUNCTION_WORDS.has(lastWord) && wordsIn(previous.text) >= 4);
}

function wordsIn(text: string): number {
  return text.split(/\s+/).length;
}

/** The width the page was wrapped at, or null when its lines are not hard-wrapped. */
function wrapWidth(units: readonly Unit[]): number | null {
  const lengths = units.map((u) => u.text.length).filter((n) => n >= 30);
  if (lengths.length < 4) return null;
  const short = lengths.filter((n) => n <= MAX_WRAP_WIDTH);
  if (short.length < lengths.length * 0.8) return null;
  const width = Math.max(...short);
  const nearWidth = short.filter((n) => n >= width - 20).length;
  return nearWidth >= short.length * 0.4 ? width : null;
}
