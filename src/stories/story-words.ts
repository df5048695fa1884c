import { westernDigits } from '../text/western-digits.ts';

/** One word of an article as grouping reads it: its text as written and where it starts. */
export interface StoryWord {
  readonly text: string;
  readonly start: number;
  /** True when the word opens a sentence (or the text, or a line): a capital there says nothing. */
  readonly opens: boolean;
}

// Letters (with marks, inner hyphens and apostrophes), numbers with separators (Western, Arabic-Indic or Persian
// digits; the Arabic decimal and thousands marks), or one character of a script written without spaces (each becomes
// a term of its own; grouping pairs them into bigrams).
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
// What ends a sentence, a heading or a quotation between two words.
const OPENER = /[.!?:;"“”«»()\n]|\s[-–—]\s/;

/** The words of a text in order, each knowing whether it opens a sentence. */
export function storyWords(text: string): StoryWord[] {
  const words: StoryWord[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const between = text.slice(last, start);
    // one UTF-16 unit for one: the word's length and offsets stay those of the text
    // an Arabic page writes "١٫٢" where an English one writes "1.2": one figure, read as Western digits
    const word = westernDigits(m[0]);
    words.push({ text: word, start, opens: words.length === 0 || OPENER.test(between) });
    last = start + m[0].length;
  }
  return words;
}

/** True for a character of a script written without spaces between words. */
export function isUnspacedScript(word: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u.test(word);
}

/** A word folded for matching: lower case, without accents. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: no accents to take off.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase().replace(/'s$/, '');
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}
