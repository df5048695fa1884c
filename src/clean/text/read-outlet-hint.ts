import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState } from './text-state.ts';

const MORE_FROM = /^more (?:from|stories from|news from|on)\s+(\p{Lu}[^|:]{1,40})$/iu;

/**
 * Read the outlet from a removed "More from Harbor Daily" teaser, the weakest hint, used only
 * when no site name, copyright or staff byline named the outlet (it runs after those rules).
 * A name equal to the byline is the author's page, not the site's.
 */
export function readOutletHint(state: TextState): TextState {
  if (state.meta.outlet !== null || (state.meta.owner ?? null) !== null) return state;
  for (const unit of state.units) {
    if (unit.removed !== 'teaser') continue;
    const name = MORE_FROM.exec(unit.text.trim())?.[1]?.trim();
    if (name === undefined || wordsOf(name).length > 4 || name === state.meta.byline) continue;
    return fillMeta(state, { outlet: name });
  }
  return state;
}
