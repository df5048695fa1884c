import { LEXICON } from './boilerplate-lexicon.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CHARS = 32;
const MIN_RUN = 6;
const MIN_MENU_RUN = 3;

/**
 * Remove menus and link lists: a run of very short lines with no sentence punctuation (a menu
 * printed one link per line). Six or more such lines in a row are a list of links whatever
 * they say; three or more are when most of them are section names, months or chrome words.
 * Lines already removed inside the run do not break it.
 */
export function markLinkLists(state: TextState): TextState {
  const units = [...state.units];
  let run: number[] = [];
  const close = (): void => {
    const menuLike = run.filter((i) => isMenuWord(units[i]!.text)).length;
    if (run.length >= MIN_RUN || (run.length >= MIN_MENU_RUN && menuLike * 3 >= run.length * 2)) {
      for (const i of run) units[i] = { ...units[i]!, removed: 'navigation' };
    }
    run = [];
  };
  units.forEach((unit, i) => {
    if (unit.removed !== undefined) return;
    if (isItem(unit)) run.push(i);
    else close();
  });
  close();
  return { ...state, units };
}

function isItem(unit: Unit): boolean {
  const words = wordsOf(unit.text).length;
  // Scripts without spaces (Japanese, Chinese) read as one "word" per line, so length counts too.
  return words >= 1 && words <= MAX_ITEM_WORDS && unit.text.length <= MAX_ITEM_CHARS && !/[.!?:;,"“”。！？、」』]$/u.test(unit.text);
}

function isMenuWord(text: string): boolean {
  const tokens = text.toLowerCase().split(/[^\p{L}&']+/u).filter((t) => t !== '');
  return tokens.length > 0 && tokens.every((t) => LEXICON.sections.has(t) || LEXICON.chrome.has(t) || LEXICON.months.has(t));
}
