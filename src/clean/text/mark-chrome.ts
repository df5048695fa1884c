import { phrasesOf } from '../phrases/languages.ts';
import { LEXICON } from './boilerplate-lexicon.ts';
import type { RemovalReason } from '../../model/index.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_TOKENS = 10;
const ADS: ReadonlySet<string> = new Set(LEXICON.advertisement);
// The English section names and those of the page-phrase tables' languages ("Lokales", "Deportes").
const SECTIONS: ReadonlySet<string> = new Set([...LEXICON.sections, ...phrasesOf('sections').flatMap((s) => s.split(' '))]);

/**
 * Remove menus, toolbars, social links and ad slots: short lines made only of chrome
 * vocabulary ("Close", "newsletters Newsletters", "X Instagram Youtube", "Advertisement"),
 * and lines with no letters or digits at all (separators, bullets).
 */
export function markChrome(state: TextState): TextState {
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    const reason = chromeReason(unit.text);
    return reason === null ? unit : { ...unit, removed: reason };
  });
  return { ...state, units };
}

// Relative times are datelines with no date in them ("5h ago", "10:42 am"); counters are chrome.
const STAMP = /^(?:(?:updated|published|posted)\s+)?(?:\d+\s*(?:s|m|h|d|w|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)$/i;
const COUNTER = /^(?:\d+\s+(?:comments?|replies|shares?|views?|likes?)|(?:comments?|replies|shares?|views?|likes?)\s*[(\[]\d+[)\]])$/i;
// A reading or listening time inside a toolbar ("Listen to this article 4 min") is one chrome word.
const DURATION = /\b\d+\s*(?:-\s*)?(?:min|mins|minutes?)\b/gi;

// Menus and toolbars are short lines; chrome words in a longer line are prose.
const MAX_CHARS = 400;

function chromeReason(text: string): RemovalReason | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'empty';
  if (text.length > MAX_CHARS) return null;
  if (STAMP.test(text.trim())) return 'dateline';
  if (COUNTER.test(text.trim())) return 'site-chrome';
  const bare = text.toLowerCase().replace(DURATION, 'min').replace(/[^\p{L}\p{N}'’&\s-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (ADS.has(bare)) return 'advertisement';
  const tokens = bare.split(' ').filter((t) => t !== '' && t !== '-');
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return null;
  if (tokens.every((t) => LEXICON.social.has(t)) && tokens.some((t) => !LEXICON.chrome.has(t) || t === 'x')) return 'social';
  if (tokens.every((t) => LEXICON.chrome.has(t) || LEXICON.social.has(t))) {
    return tokens.length >= 2 && (tokens[0] === 'follow' || tokens[0] === 'share') ? 'share-prompt' : 'site-chrome';
  }
  if (tokens.every((t) => SECTIONS.has(t) || LEXICON.chrome.has(t))) return 'navigation';
  return menuLine(text) ? 'navigation' : null;
}

// "Home | News | Business | Property | Culture": four or more short capitalised items between bars or bullets,
// most of them known section names, is a menu even when some items are a site's own sections.
function menuLine(text: string): boolean {
  // Spaces are made single first: split at an unanchored `\s+` would rescan a long run from each of its positions.
  const items = text.trim().replace(/\s+/g, ' ').split(/ [|•·] /);
  if (items.length < 4 || !items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/).length <= 2)) return false;
  const known = items.filter((item) => item.toLowerCase().split(/\s+/).every((w) => SECTIONS.has(w) || LEXICON.chrome.has(w)));
  return known.length * 2 > items.length;
}
