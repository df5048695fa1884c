import { SPELLING_LEXICON } from '../lexicon/spelling.ts';
import { MONTH_ABBREVIATIONS } from '../lexicon/calendar.ts';

const REPORTING = new Set<string>(SPELLING_LEXICON.reportingVerbs);
const { variants, aliases, numbers } = SPELLING_LEXICON;

// British -> American spelling by pattern: [pattern, replacement, minimum word length].
const RESPELLINGS: readonly (readonly [RegExp, string, number])[] = [
  [/([a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2', 6],
  [/([a-z]{2})ys(e|es|ed|ing)$/, '$1yz$2', 6],
  [/([a-z]{2}[^aeiou])our(s|ed|ing|ite|ites|able|ful|less|hood|hoods)?$/, '$1or$2', 5],
  [/([a-z]{3})ll(ed|ing|er|ers|ist|ists|ery)$/, '$1l$2', 7],
  [/([a-z]{3})tre(s)?$/, '$1ter$2', 6],
  [/([a-z]{2})ogue(s)?$/, '$1og$2', 7],
];
// Verbs whose doubled "ll" is American too; the respelling above must leave them alone.
const KEEP_DOUBLE_L = /(?:^|[^a-z])(?:kill|fill|spill|roll|poll|call|fall|pull|sell|tell|drill|install|stall|thrill|swell|chill|smell|dwell|yell|shell|spell|enroll|fulfill|distill|instill|enthrall|will|till|bill|mill|skill|grill|ill|still|toll|troll|scroll|stroll|sell|shall|wall|ball|hall|mall)(ed|ing|er|ers)$/;

// A spelling variant's regular inflection, spelled as its variant's ("ploughs" / "plows", "ploughed" / "plowed"): a
// plural or third person in -s, a past in -ed, a participle in -ing. Only a respelling (the same first letter, not a
// clipped word: "lab" / "laboratory"), since another word for a thing ("press" / "news") inflects as a word of its own.
function inflectedVariant(t: string): string | undefined {
  const m = /^([a-z]{3,}?)(s|ed|ing)$/.exec(t);
  if (!m) return undefined;
  const [, stem, ending] = m as unknown as [string, string, string];
  const v = variants[stem];
  return v !== undefined && /^[a-z]+$/.test(v) && v[0] === stem[0] && !v.startsWith(stem) ? v + ending : undefined;
}

/**
 * Map one word (any case, any quote style) to the form its equivalents share, so that "Thirty-Two",
 * "32", "Jan.", "January", "advisors", "advisers", "U.S.", "US", "travelled", "traveled", "said", "told"
 * each meet their twin. Multi-word aliases ("United States") are joined by the tokenizer first.
 */
export function normalizeToken(word: string): string {
  let hit = memo.get(word);
  if (hit === undefined) {
    hit = normalizeUncached(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(word, hit);
  }
  return hit;
}

// Bundles repeat the same words thousands of times; normalising is pure, so remember it.
const memo = new Map<string, string>();

function normalizeUncached(word: string): string {
  // "BMIs", "NGOs": an acronym's plural
  if (/^\p{Lu}{2,}s$/u.test(word)) word = word.slice(0, -1);
  let t = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
  t = t.replace(/'s$|'$/, '');
  if (/^(?:[a-z]\.){2,}$/.test(t) || /^(?:[a-z]\.)+[a-z]$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(/\.$/, '');
  const alias = aliases[t];
  if (alias) return alias;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return String(Number(t.replace(/,/g, '')));
  if (/^\d+(\.\d+)?$/.test(t)) return String(Number(t));
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (ordinal?.[1]) return ordinal[1];
  const number = numbers[t];
  if (number !== undefined) return String(number);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (compound?.[1] && compound[2]) {
    const tens = numbers[compound[1]];
    const unit = numbers[compound[2]];
    if (tens !== undefined && unit !== undefined && tens % 10 === 0 && tens >= 20 && unit < 10) return String(tens + unit);
  }
  const month = MONTH_ABBREVIATIONS[t];
  if (month) return month;
  if (REPORTING.has(t)) return 'say';
  t = variants[t] ?? inflectedVariant(t) ?? t;
  if (KEEP_DOUBLE_L.test(t)) return t;
  for (const [pattern, replacement, min] of RESPELLINGS) {
    if (t.length >= min && pattern.test(t)) return t.replace(pattern, replacement);
  }
  return t;
}
