import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_WORDS = 60;
// A banner of sixty words is well under this; the patterns below never read a longer line.
const MAX_CHARS = 1000;
// A cookie or privacy consent banner speaks to the reader about the site's own cookies; its shapes, as data.
const CONSENT: readonly RegExp[] = [
  /\b(?:we|this (?:site|website)|our (?:site|website)(?: and (?:our )?partners)?)(?: and (?:our |selected )?(?:partners|vendors))? (?:use|uses|store|stores) cookies\b/i,
  /\bby (?:continuing|using|browsing|clicking)\b[^.]*\b(?:agree|consent|accept)\b[^.]*\bcookies?\b/i,
  /\bcookies?\b[^.]*\b(?:accept all|reject all|manage (?:settings|preferences|cookies)|cookie (?:settings|preferences|policy))\b/i,
];

/** Remove cookie and privacy consent banners scraped with the page, by their address to the reader. */
export function markConsent(state: TextState): TextState {
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined || unit.text.length > MAX_CHARS || wordsOf(unit.text).length > MAX_WORDS) return unit;
    return CONSENT.some((re) => re.test(unit.text)) ? { ...unit, removed: 'site-chrome' } : unit;
  });
  return { ...state, units };
}
