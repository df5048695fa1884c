import { endsSentence } from './ends-sentence.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState } from './text-state.ts';

const DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|us|co|uk|news|info|io|tv|es|fr|de|it|in|ca|au|ie|nz|za|ng|ke|tr|ru|br|mx|ar|cl|pe|ve|cu|eu|media|press|today|online|world|global|live)\b/iu;
const MAX_WORDS = 5;
const PARTICLES: ReadonlySet<string> = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'las', 'los', 'el', 'le', 'les', 'du', 'des', 'di', 'della', 'do', 'da', 'dos', 'das', 'der', 'die', 'und', 'y', 'e', 'et']);
// A site name is short; a hyphenated slug counts as one word, so characters are limited too.
const MAX_CHARS = 100;

/**
 * Remove a site-name line at the top of the page and read it as the outlet. A short first line
 * is a site name when it holds a domain ("Harbor media Harbor.news"), is one CamelCase token
 * ("HarborDaily"), names what a copyright, teaser or byline line elsewhere names too, or is
 * a short Title Case name right above a longer headline.
 */
function isHeadline(text: string): boolean {
  return wordsOf(text).length <= 30 && !/[.,;:]["'”’)]?$/u.test(text);
}

export function readSiteName(state: TextState): TextState {
  const first = state.units.findIndex((u) => u.removed === undefined);
  const unit = state.units[first];
  if (unit === undefined) return state;
  const words = wordsOf(unit.text);
  if (unit.text.length > MAX_CHARS || words.length === 0 || words.length > MAX_WORDS || endsSentence(unit.text)) return state;
  const next = state.units.slice(first + 1).find((u) => u.removed === undefined);
  if (next === undefined || wordsOf(next.text).length <= words.length) return state;
  const domain = DOMAIN.exec(unit.text)?.[0] ?? null;
  const camel = words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(unit.text);
  const key = unit.text.toLowerCase();
  const echoed = state.units.some((u, i) => i !== first && u.removed !== undefined && u.text.toLowerCase().includes(key));
  // A short Title Case name right above a longer headline is the masthead, not the title.
  const masthead = words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && isHeadline(next.text) && wordsOf(next.text).length >= 5;
  if (domain === null && !camel && !echoed && !masthead) return state;
  const units = state.units.map((u, i) => (i === first ? { ...u, removed: 'site-chrome' as const } : u));
  const name = domain ?? casedName(state, first, unit.text);
  return fillMeta({ ...state, units }, { outlet: name });
}

/** "NORDPOST" as the page writes it elsewhere ("© Nordpost Media 2026"): a shouted masthead is not the name's spelling. */
export function casedName(state: TextState, first: number, name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  for (const [i, u] of state.units.entries()) {
    const found = i === first ? null : pattern.exec(u.text)?.[0];
    // "Sign up to the Ridgeline Daily": a lowercase article in running text is no part of the name.
    if (found && found !== found.toUpperCase()) return /^\p{Ll}/u.test(found) ? found.replace(/^\S+\s+/, '') : found;
  }
  // Written nowhere else: the name in title case, its particles small ("El Heraldo de Valdemora").
  return name.toLowerCase().replace(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, (w, at: number) => (at > 0 && PARTICLES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}
