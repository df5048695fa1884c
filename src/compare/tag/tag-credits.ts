import type { Article, Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { CreditTag } from './tag.ts';
import { wordRange } from './word-range.ts';
import { creditsOf, namesBody, namesPerson, pointsBack, sameKind } from '../credits-of.ts';
import { nameBeforeAcronym } from '../../text/acronym.ts';
import { bodyNamedBefore, nameOfWords } from '../body-named-before.ts';
import { ATTRIBUTION_LEXICON } from '../../lexicon/attribution.ts';

// "he said", "she added": a personal pronoun credits a person named before it.
const PERSONAL = /^pronoun:(?:he|she)$/;
// How many sentences on a pronoun may still point back at the person last credited by name.
const PRONOUN_REACH = 3;

/**
 * Who each sentence credits: the extractor's attributions filtered to reporting cues, with the plain readings
 * ("according to X", "X said", "told Reuters") it missed, keyed so that one source told two ways meets itself.
 */
export function tagCredits(article: Article, words: readonly WordToken[], mentions: readonly Mention[]): CreditTag[] {
  const out: CreditTag[] = [];
  const sentenceOf = new Map<CreditTag, number>();
  // the last person credited by name, and in which sentence: "he said" / "she added" a few sentences on is that person
  let person: { credit: CreditTag; sentence: number } | null = null;
  // the last body credited by name or as a body, and in which sentence: "it said" a sentence on is that body
  let body: { credit: CreditTag; sentence: number } | null = null;
  for (const [k, s] of article.sentences.entries()) {
    const r = wordRange(words, s.start, s.end);
    if (r.to <= r.from) continue;
    // a sentence opening on a person who speaks in it ("Ruth Calloway, director of the tenants' union, called the verdict
    // ...", "Anna Berg welcomed the plan") sets who "she said" a sentence or two on means, as a credit by name would
    const opener = speakerOpening(words, r.from, r.to, article.text);
    if (opener) person = { credit: opener, sentence: k };
    const inside = mentions.filter((m) => m.start < s.end && m.end > s.start);
    const window = {
      index: -1, order: 0, article, sourcing: 0,
      span: { article: article.id, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) },
      tokens: words.slice(r.from, r.to), mentions: inside,
    };
    for (const c of creditsOf(window)) {
      // "the ministry did not say", "declined to say": a source that tells nothing credits nothing
      if (/\b(?:not|never|n['’]t|declined to|refused to|would not|did not)\s+(?:\p{L}+\s+)?(?:say|said|says|tell|told|comment|confirm|disclose|specify)\b/iu.test(article.text.slice(c.start, c.end + 12))) continue;
      const w = wordRange(words, c.start, c.end);
      if (w.to <= w.from) continue;
      const tag: CreditTag = { kind: 'credit', from: w.from, to: w.to, family: c.family, key: c.key, words: c.words, ...(c.count !== undefined ? { count: c.count } : {}) };
      // another full name told between, outside every credit ("Chief executive Henrik Asmolov apologised. ... he
      // said"), may be whom the pronoun means: it points back at no one known
      if (person && namedBetween(words, article, person.credit.to, w.from, out)) person = null;
      if (PERSONAL.test(c.key) && person && k - person.sentence <= PRONOUN_REACH) {
        out.push({ ...tag, antecedent: { key: person.credit.key, words: person.credit.words } });
        continue;
      }
      // "it said" a sentence or two after a body was credited is that body
      if (c.key === 'pronoun:it' && body && k - body.sentence <= PRONOUN_REACH) {
        out.push({ ...tag, referent: body.credit.referent ?? { key: body.credit.key, words: body.credit.words } });
        continue;
      }
      const referent = c.referent ?? (pointsBack(c) ? bodyNamedBefore(article.text, c.start, c.words[1]!) : acronymSpelledOut(article.text, c.words));
      out.push(referent ? { ...tag, referent } : tag);
      sentenceOf.set(tag, k);
      // the last body credited, for "it" (after a document or an unnamed group, "it" may be that)
      if (c.family === 'named' || c.family === 'body') body = namesPerson(c) ? body : { credit: out[out.length - 1]!, sentence: k };
      else if (c.family !== 'pronoun' && c.family !== 'listener' && c.family !== 'wire') body = null;
      if (namesPerson(c)) person = { credit: tag, sentence: k };
      // a body or an unnamed source speaking in between: "he" no longer points back past it
      else if (c.family !== 'pronoun' && c.family !== 'listener' && c.family !== 'wire') person = null;
    }
  }
  return out.map((tag) => {
    const named = tag.family === 'body' && !tag.referent ? namedNext(article, words, out, tag, sentenceOf) : null;
    return named ? { ...tag, referent: { key: named.key, words: named.words } } : tag;
  });
}

// How many sentences on the body a description stands for may be named.
const NAMING_REACH = 2;

/**
 * The body a description stands for when its article names it only after it ("..., the telecoms regulator said on
 * Thursday." then "The Kesland Communications Authority (KCA) said ..."): the next credit of a body, within two
 * sentences, names one (two words or more, a word of a body in its capitalised name: the first run of capitalised
 * words, one letter or more each, "Valdren's Interior Ministry") whose name stands nowhere in the article before the
 * description, and no kind of body sets the two apart ("the ministry" is no "Institute"). A description whose head is
 * capitalised ("the Interior Ministry") names its body itself.
 */
function namedNext(article: Article, words: readonly WordToken[], credits: readonly CreditTag[], tag: CreditTag, sentenceOf: ReadonlyMap<CreditTag, number>): CreditTag | null {
  // a description written as a name ("the Interior Ministry") is that body, not a stand-in for the next one named
  const head = tag.words[tag.words.length - 1];
  if (words.slice(tag.from, tag.to).some((w) => w.text.toLowerCase() === head && /^\p{Lu}/u.test(w.text))) return null;
  const k = sentenceOf.get(tag) ?? -1;
  const next = credits.find((c) => c.from >= tag.to && (c.family === 'named' || c.family === 'body'));
  if (!next || next.family !== 'named' || next.words.filter((w) => w !== 'the').length < 2) return null;
  if ((sentenceOf.get(next) ?? Infinity) - k > NAMING_REACH || !sameKind(tag, next)) return null;
  const name = article.text.slice(words[next.from]!.start, words[next.to - 1]!.end).match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|for\s+|the\s+)*\p{Lu}[\p{L}'’-]*)+/u)?.[0];
  return name !== undefined && namesBody(name) && !article.text.slice(0, words[tag.from]!.start).includes(name) ? next : null;
}

/**
 * The body an acronym credit stands for, as its article spells it out before the acronym in brackets ("the Estrellan
 * Medicines Agency (AEM)" for "the AEM said"): initials need not follow the words' order in another language.
 */
export function acronymSpelledOut(text: string, words: readonly string[]): { key: string; words: string[] } | null {
  const bare = words.filter((w) => w !== 'the');
  if (bare.length !== 1) return null;
  const acronym = bare[0]!.toUpperCase();
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  return nameOfWords(nameBeforeAcronym(acronym, text) ?? '');
}

const SPEECH: ReadonlySet<string> = new Set(ATTRIBUTION_LEXICON.speechVerbs);

/**
 * A person named in full at the head of a sentence (two capitalised proper nouns or more, first in the sentence), who
 * speaks in it: the sentence's first verb after the name and its apposition set off by commas is one of speech or of
 * a stated position ("called", "welcomed", "urged"), or one it goes on to with "and" ("ordered an inquiry and said
 * ..."). As a credit by name, for the pronouns after it.
 */
function speakerOpening(words: readonly WordToken[], from: number, to: number, text: string): CreditTag | null {
  const k = capitalRun(words, text, from, to);
  if (k - from < 2) return null;
  const name = words.slice(from, k);
  let j = k;
  // the apposition: ", director of the Estfield Tenants Union,"
  if (text.slice(words[k - 1]!.end, words[k]?.start ?? words[k - 1]!.end).trim() === ',') {
    while (j < to && j - k < 16 && !/,/.test(text.slice(words[j]!.end, words[j + 1]?.start ?? words[j]!.end))) j++;
    if (j >= to || j - k >= 16) return null;
    j++;
  }
  const told = words.slice(from, j);
  while (j < to && /^(?:ADV|AUX)$/.test(words[j]!.pos)) j++;
  const speaks = (v: WordToken | undefined): boolean => v !== undefined && v.pos === 'VERB' && SPEECH.has(v.lemma);
  if (words[j]?.pos !== 'VERB' || namesBody(text.slice(name[0]!.start, name[name.length - 1]!.end))) return null;
  // the first verb, or one the same subject goes on to ("ordered an inquiry ... and said its findings would be
  // published"): "and" right before it
  let verb = speaks(words[j]) ? j : -1;
  for (let i = j + 1; verb < 0 && i + 1 < to; i++) if (/^and$/i.test(words[i]!.text) && speaks(words[i + 1])) verb = i + 1;
  if (verb < 0) return null;
  // (up to the verb: the names before it, "the Estfield Tenants Union", are no other person the pronoun may mean)
  // (its words, the apposition's with the name's, tell whom the person speaks for, as a credit's would)
  return { kind: 'credit', from, to: verb, family: 'named', key: name.map((w) => w.norm).join(' '), words: told.map((w) => w.text.toLowerCase()) };
}

// A full name (two capitalised proper nouns in a row) between two words of the article, outside the credits named,
// and no body's ("the Norrvik Building Standards Board" is no one "she" may mean).
function namedBetween(words: readonly WordToken[], article: Article, from: number, to: number, credits: readonly CreditTag[]): boolean {
  for (let i = from; i + 1 < to; i++) {
    const end = capitalRun(words, article.text, i, words.length);
    if (end - i < 2) continue;
    if (credits.some((c) => c.from <= i && i < c.to)) continue;
    if (namesBody(article.text.slice(words[i]!.start, words[end - 1]!.end))) {
      i = end - 1;
      continue;
    }
    return true;
  }
  return false;
}

// Where a run of capitalised proper nouns from `from` ends (before `to`), its words set apart by spaces alone: a name,
// "Ruth Calloway", or a body's, "the Norrvik Building Standards Board".
function capitalRun(words: readonly WordToken[], text: string, from: number, to: number): number {
  let k = from;
  while (k < to && words[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(words[k]!.text) && (k === from || /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start)))) k++;
  return k;
}
