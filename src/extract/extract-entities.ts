import type { EntityMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import type { Token } from './tag-text.ts';
import { tagText } from './tag-text.ts';
import { tokenRange } from './token-range.ts';
import { nounPhraseAfter, pluralPossessive } from './noun-phrase-after.ts';
import { ORGANIZATION_WORDS, PERSON_TITLES } from './entity-lexicon.ts';
import { PLACE_FORMS } from '../lexicon/places.ts';
import { NAME_CONNECTORS as CONNECTORS } from '../lexicon/name-parts.ts';
import { RANK_QUALIFIERS } from '../lexicon/rank-qualifiers.ts';
import { ATTRIBUTION_LEXICON } from '../lexicon/attribution.ts';

type EntityType = EntityMention['type'];
// Words before a name that qualify the person's rank or time in office ("former", "acting", "then").
const LEADING_MODIFIERS: ReadonlySet<string> = new Set([...RANK_QUALIFIERS, 'then', 'late', 'senior', 'top']);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'near', 'across', 'inside', 'outside', 'into', 'throughout']);
const SPEECH = new Set<string>(ATTRIBUTION_LEXICON.speechVerbs);
const WIRES = new Set<string>(ATTRIBUTION_LEXICON.wires.flatMap((w) => w.names as readonly string[]));

/**
 * People, organisations and places from runs of proper nouns (wink-nlp has no person/place tags):
 * titles and speech make persons, words like "Ministry" or "Party" make organisations, a lexicon and
 * "in X" make places. Each gets a key for matching ("U.S."/"United States" -> "us") and, for people,
 * the description the text gives ("former president", ", an associate professor of history at ...").
 */
export function extractEntities(text: string, sentences: readonly Range[]): EntityMention[] {
  const tokens = tagText(text);
  const found: EntityMention[] = [];
  const midSentence = new Set<string>();
  for (const sentence of sentences) {
    const { first, end } = tokenRange(tokens, sentence);
    for (let i = first + 1; i < end; i++) if (/^\p{Lu}/u.test(tokens[i]!.value)) midSentence.add(tokens[i]!.value);
  }
  for (const sentence of sentences) {
    const { first, end } = tokenRange(tokens, sentence);
    for (let i = first; i < end; i++) {
      if (!isName(tokens, i, first)) continue;
      if (LEADING_MODIFIERS.has(tokens[i]!.lower)) continue;
      // "Officials said": a lone capitalised word opening a sentence is a name only if the text caps it elsewhere too.
      if (i === first && !isName(tokens, i + 1, first) && !midSentence.has(tokens[i]!.value) && !PLACE_FORMS.has(tokens[i]!.value) && !/^[A-Z]{2,}$/.test(tokens[i]!.value)) continue;
      let last = i;
      // A demonym stands alone ("Polish officials"); an acronym does not run into a name ("CIA Director X").
      const alone = (k: number): boolean => PLACE_FORMS.get(tokens[k]!.value)?.demonym === true || /^[A-Z]{2,}$/.test(tokens[k]!.value);
      while (last + 1 < end && !alone(last) && !(alone(last + 1) && last + 2 < end && isName(tokens, last + 2, first) && !alone(last + 2)) && (isName(tokens, last + 1, first) || joins(tokens, last + 1, end, first))) last++;
      if (CONNECTORS.has(tokens[last]!.lower)) last--;
      if (tokens.slice(i, last + 1).every((t) => PERSON_TITLES.has(t.lower.replace(/\.$/, '')))) continue;
      found.push(entity(text, tokens, i, last, first, end));
      i = last;
    }
  }
  return resolveShortNames(found);
}

function isName(tokens: readonly Token[], i: number, first: number): boolean {
  // Past the last token (a text ending in one capitalised word) there is no name.
  const t = tokens[i];
  if (t === undefined) return false;
  if (!/^\p{Lu}/u.test(t.value) || t.pos === 'PRON' || /^I(['’]|$)/.test(t.value)) return false;
  if (t.pos === 'PROPN') return i > first || !/^(The|A|An|In|On|At)$/.test(t.value);
  // A capital at the start of a sentence proves nothing; elsewhere it marks a name wink may have mis-tagged.
  return i > first && /^[\p{Lu}][\p{L}’'.-]+$/u.test(t.value) && (t.pos === 'NOUN' || t.pos === 'ADJ' || PLACE_FORMS.has(t.value));
}

function joins(tokens: readonly Token[], i: number, end: number, first: number): boolean {
  const t = tokens[i]!;
  // a plural possessive runs into a body's name ("Garment Workers' Union"), not a company's into its product
  // ("Halvorsen Biologics' Respivane")
  const glued = (t.start === tokens[i - 1]!.end && (t.lower === '-' || t.lower === '.')) || (pluralPossessive(tokens, i) && ORGANIZATION_WORDS.has(tokens[i + 1]?.value ?? ''));
  return (glued || CONNECTORS.has(t.lower)) && i + 1 < end && isName(tokens, i + 1, first);
}

function entity(text: string, tokens: readonly Token[], i: number, last: number, first: number, end: number): EntityMention {
  const words = tokens.slice(i, last + 1);
  let start = i;
  // Leading titles ("President", "Dr.") describe the person but are not the name.
  while (start < last && PERSON_TITLES.has(tokens[start]!.lower.replace(/\.$/, ''))) start++;
  const name = words.slice(start - i);
  const surface = name.map((w) => w.value).join(' ').replace(/ - /g, '-');
  const bare = surface.replace(/\./g, '').replace(/^The /, '');
  const place = PLACE_FORMS.get(bare) ?? PLACE_FORMS.get(surface);
  const type = classify(tokens, i, last, start, first, end, place !== undefined);
  const key = place ? place.key : bare.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ');
  const s = tokens[start]!.start;
  const e = tokens[last]!.end;
  const descriptor = type === 'person' ? describe(text, tokens, i, start, last, first, end) : undefined;
  return { kind: 'entity', start: s, end: e, text: text.slice(s, e), type, key, ...(descriptor ? { descriptor } : {}) };
}

function classify(tokens: readonly Token[], i: number, last: number, start: number, first: number, end: number, isPlace: boolean): EntityType {
  const words = tokens.slice(start, last + 1).map((t) => t.value.replace(/\.$/, ''));
  if (isPlace) return 'place';
  if (words.some((w) => ORGANIZATION_WORDS.has(w)) || WIRES.has(words.join(' '))) return 'organization';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!)) return 'organization';
  if (start > i || PERSON_TITLES.has(tokens[i - 1]?.lower.replace(/\.$/, '') ?? '')) return 'person';
  const next = tokens[last + 1];
  const prev = tokens[i - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && words.length <= 2 && i - 1 >= first) return 'place';
  if (next && last + 1 < end && (SPEECH.has(next.lemma) && next.pos === 'VERB')) return words.length <= 3 ? 'person' : 'other';
  if (next?.lower === ',' && /^(an?|the)$/.test(tokens[last + 2]?.lower ?? '') && PERSON_TITLES.has(tokens[last + 3]?.lower ?? '')) return 'person';
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? 'person' : 'other';
}

function describe(text: string, tokens: readonly Token[], i: number, start: number, last: number, first: number, end: number): (Range & { text: string }) | undefined {
  // ", an associate professor of history at New York University," after the name.
  if (tokens[last + 1]?.lower === ',' && /^(an?|the)$/.test(tokens[last + 2]?.lower ?? '')) {
    const phrase = nounPhraseAfter(tokens, last + 3, end, false);
    if (phrase) return piece(text, tokens, last + 2, phrase.last);
  }
  // "former president", "historian" before the name (and its titles).
  let k = i - 1;
  while (k >= first && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || LEADING_MODIFIERS.has(tokens[k]!.lower) || (tokens[k]!.pos === 'PROPN' && PLACE_FORMS.get(tokens[k]!.value)?.demonym))) k--;
  if (k + 1 < i) return piece(text, tokens, k + 1, start - 1 >= i ? start - 1 : i - 1);
  if (start > i) return piece(text, tokens, i, start - 1);
  return undefined;
}

function piece(text: string, tokens: readonly Token[], a: number, b: number): Range & { text: string } {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** "Mora" after "Frank Mora": a bare surname takes the full name's key and type. */
function resolveShortNames(found: EntityMention[]): EntityMention[] {
  const people = found.filter((e) => e.type === 'person' && e.key.includes(' '));
  return found.map((e) => {
    if (e.key.includes(' ')) return e;
    const full = people.find((p) => p.key.endsWith(` ${e.key}`));
    return full ? { ...e, type: 'person', key: full.key } : e;
  });
}
