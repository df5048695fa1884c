import { normaliseLine } from './normalise-line.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_WORDS = 30;
const MAX_CHARS = 220;
const SITE_SUFFIX = /\s+[|–—-]\s+(\p{Lu}[^|–—]{1,40})$/u;

/**
 * Remove the title and read it: the first line still in the text, near the top, short and not
 * ending like a sentence (a title may end with ? or !). A " | Site Name" tail goes to the
 * outlet. Later copies of the title (pages often print it twice) are removed too. When the
 * input carried a title, lines equal to it are removed instead.
 */
export function readTitle(state: TextState): TextState {
  let title = state.meta.title;
  let outlet: string | null = null;
  let units = [...state.units];
  if (title === null) {
    const first = units.findIndex((u) => u.removed === undefined);
    const unit = units[first];
    if (unit === undefined || !isTitleShaped(unit.text) || !hasMoreAfter(units, first)) return state;
    title = unit.text;
    const suffix = SITE_SUFFIX.exec(title);
    if (suffix?.[1] !== undefined && wordsOf(suffix[1]).length <= 4 && wordsOf(title).length - wordsOf(suffix[1]).length >= 3) {
      outlet = suffix[1].trim();
      title = title.slice(0, suffix.index);
    }
    units[first] = { ...unit, removed: 'title' };
  }
  const keys = new Set([normaliseLine(title), ...(outlet === null ? [] : [normaliseLine(`${title} | ${outlet}`)])]);
  units = units.map((u): Unit => (u.removed === undefined && keys.has(normaliseLine(u.text)) ? { ...u, removed: 'title' } : u));
  return fillMeta({ ...state, units }, { title, outlet });
}

function isTitleShaped(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 2 && words <= MAX_WORDS && text.length <= MAX_CHARS && !/[.,;:]["'”’)]?$/u.test(text);
}

function hasMoreAfter(units: readonly Unit[], index: number): boolean {
  return units.slice(index + 1).some((u) => u.removed === undefined);
}
