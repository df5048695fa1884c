import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { NameTag, RoleTag } from './tag/tag.ts';
import { canonical } from './tag/tag-roles.ts';
import { lower, titleOf } from './tag/title-words.ts';
import { conflict } from './typers/type-entities.ts';
import { ADDRESS_TITLES, GENERIC_HEADS, LEADING_HEADS, NOT_PERSON_HEADS, PORTFOLIO_HEADS, POST_VERBS, RANK_SAME, ROLE_HEADS, ROLE_MODIFIERS, VAGUE_HEADS } from '../lexicon/roles.ts';
import { RANK_QUALIFIERS } from '../lexicon/rank-qualifiers.ts';
import { ANAPHOR_NOUNS } from '../lexicon/anaphor-nouns.ts';
import { WORDNET_OCCUPATIONS } from '../lexicon/person-nouns.generated.ts';
import { endsAcronymOf, initialsOf } from '../text/acronym.ts';
import { rowOf } from './check-misprints.ts';

/** How an article describes a person it names, at one mention: a title ("chief economist"), a body ("at Halden Bank"), or both. */
export interface Descriptor {
  /** The person's surname and first name (lower-cased, normalised); the first is null for a surname alone. */
  readonly surname: string;
  readonly first: string | null;
  /** The title's words: its key (canonical job, else its words), its head word and its rank qualifier if any. */
  readonly title: { readonly from: number; readonly to: number; readonly key: string; readonly head: string; readonly stems: string; readonly rank?: string } | null;
  /** The body the person is of: a name ("Halden Bank"), or a common noun a possessive gives ("the service's"). */
  readonly body: { readonly from: number; readonly to: number; readonly words: readonly string[]; readonly named: boolean; readonly initials?: boolean } | null;
  readonly sentence: number;
}

/** One outlet's description of a person set against the source's: another post, rank or body. */
export interface ChangedDescriptor {
  /** The row the finding is filed under: the claim holding the outlet's sentence, or its outlet-only passage. */
  readonly row: string;
  readonly rule: 'role-changed' | 'rank-changed' | 'affiliation-changed';
  readonly here: Span;
  readonly there: Span;
  readonly person: string;
  readonly actual: string;
  readonly expected: string;
}

/**
 * A person is one person wherever an outlet names them: the post and the body an outlet gives a person (by surname,
 * the first name agreeing where both give it) are set against every description the source gives that person, in
 * any sentence, since a title moves between sentences and between its places before and after the name ("Halden Bank
 * boss Lidia Ferrant" / "Lidia Ferrant, chief economist at Halden Bank" two paragraphs on). A post none of the
 * source's descriptions allows (no word of either outside the other, "boss" only for a post in charge) is another
 * post; the same post at another rank is another rank; a body sharing no word of its name, and no initials, with any
 * the source gives the person is another body. An outlet that also gives the person the source's post or body
 * elsewhere tells two of the person's posts, not a change.
 */
export function findChangedDescriptors(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): ChangedDescriptor[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const theirs = descriptorsOf(source);
  if (theirs.length === 0) return [];
  const out: ChangedDescriptor[] = [];
  const alone = surnamesAlone(source);
  for (const here of tagged.values()) {
    if (here === source) continue;
    const mine = descriptorsOf(here);
    const told = new Set<string>();
    const aloneHere = surnamesAlone(here);
    for (const d of mine) {
      const same = theirs.filter((s) => samePerson(s, d));
      if (same.length === 0) continue;
      // a person's name: either article calls them by the surname alone ("Ferrant said"), or both give a post of
      // the role lexicon; a company is called by its first word ("Quadrant") and described by its trade
      const curated = (x: Descriptor): boolean => x.title !== null && ROLE_HEADS.has(x.title.head);
      if (!alone.has(d.surname) && !aloneHere.has(d.surname) && !(curated(d) && same.some(curated))) continue;
      for (const c of changes(here, d, source, same, mine.filter((m) => m !== d && samePerson(m, d)))) {
        const key = `${d.surname}\u0001${c.rule}`;
        if (told.has(key)) continue;
        const row = rowOf(here.article.id, c.here.start, claims, unique);
        if (row === null) continue;
        told.add(key);
        out.push({ row, ...c, person: personName(here, d) });
      }
    }
  }
  return out;
}

// What one outlet description changes against the source's descriptions of the same person.
function changes(here: TaggedArticle, d: Descriptor, source: TaggedArticle, same: readonly Descriptor[], others: readonly Descriptor[]): Omit<ChangedDescriptor, 'row' | 'person'>[] {
  const out: Omit<ChangedDescriptor, 'row' | 'person'>[] = [];
  const address = (x: Descriptor): boolean => x.title !== null && ADDRESS_TITLES.has(x.title.head) && x.title.key.split(' ').length <= 2;
  const titled = same.filter((s) => s.title && address(s) === address(d));
  // a post held before ("former president") is no post now: another post beside it is no change, only the rank is
  const then = (x: Descriptor): boolean => x.title!.rank === 'former';
  // (a vague word, "official", tells no rank to set against another)
  const sameRank = (s: Descriptor): boolean => s.title!.rank === d.title!.rank || VAGUE_HEADS.has(s.title!.head) || VAGUE_HEADS.has(d.title!.head);
  if (d.title && titled.length > 0 && !titled.some((s) => sameTitle(s, d) && sameRank(s))
    && !others.some((m) => m.title && address(m) === address(d) && titled.some((s) => sameTitle(s, m)))
    && (titled.some((s) => sameTitle(s, d)) || titled.every((s) => then(s) === then(d)))) {
    const ranked = titled.find((s) => sameTitle(s, d));
    const s = ranked ?? titled[0]!;
    out.push({
      rule: ranked ? 'rank-changed' : 'role-changed',
      here: wordsSpan(here, d.title.from, d.title.to), there: wordsSpan(source, s.title!.from, s.title!.to),
      actual: ranked ? (d.title.rank ?? 'none') : d.title.key, expected: ranked ? (s.title!.rank ?? 'none') : s.title!.key,
    });
  }
  // (a body told by a common noun, "the service's", "of education", is too loose to set against another)
  const bodied = same.filter((s) => s.body?.named);
  if (d.body?.named && bodied.length > 0 && !bodied.some((s) => sameBody(s.body!, d.body!))
    && !others.some((m) => m.body && bodied.some((s) => sameBody(s.body!, m.body!)))
    && !mentionsBody(here, d, bodied)) {
    const s = bodied[0]!;
    out.push({
      rule: 'affiliation-changed', here: wordsSpan(here, d.body.from, d.body.to), there: wordsSpan(source, s.body!.from, s.body!.to),
      actual: d.body.words.join(' '), expected: s.body!.words.join(' '),
    });
  }
  return out;
}

// The surnames an article uses alone: a name of one word that is the last word of a longer name it gives.
function surnamesAlone(t: TaggedArticle): Set<string> {
  const names = t.tags.filter((x): x is NameTag => x.kind === 'name');
  const last = new Set(names.filter((n) => n.to - n.from >= 2).map((n) => t.words[n.to - 1]!.norm));
  return new Set(names.filter((n) => n.to - n.from === 1 && last.has(t.words[n.from]!.norm)).map((n) => t.words[n.from]!.norm));
}

// The outlet names, in the sentence of its description, a body the source gives the person: "an economist at Halden
// Bank, formerly of Corvane Capital" tells both.
function mentionsBody(here: TaggedArticle, d: Descriptor, bodied: readonly Descriptor[]): boolean {
  const words = here.words.filter((_, k) => here.sentenceOf[k] === d.sentence).map((w) => w.norm);
  return bodied.some((s) => s.body!.words.filter(distinctive).some((w) => words.includes(w)));
}

function samePerson(a: Descriptor, b: Descriptor): boolean {
  return a.surname === b.surname && (a.first === null || b.first === null || a.first === b.first);
}

// Two titles of one post: neither has a word the other lacks ("economist" / "chief economist"), a post in charge
// answering "boss", "head", "chief" or "leader".
function sameTitle(a: Descriptor, b: Descriptor): boolean {
  if (a.title!.key === b.title!.key || a.title!.stems === b.title!.stems) return true;
  // "expert", "specialist", "official": vaguer words for anyone of a trade or an office, never another one
  if (VAGUE_HEADS.has(a.title!.head) || VAGUE_HEADS.has(b.title!.head)) return true;
  const x = { kind: 'role', from: 0, to: 0, key: a.title!.key } as RoleTag;
  const y = { kind: 'role', from: 0, to: 0, key: b.title!.key } as RoleTag;
  if (conflict(x, y)) return false;
  const generic = (d: Descriptor): boolean => GENERIC_HEADS.has(d.title!.head);
  const leading = (d: Descriptor): boolean => LEADING_HEADS.has(d.title!.head) || d.title!.key.split(' ').some((w) => LEADING_HEADS.has(w))
    || /\bgeneral secretary\b|\bsecretary[- ]general\b/.test(d.title!.key);
  if (generic(a) !== generic(b)) return generic(a) ? leading(b) : leading(a);
  return true;
}

// Nouns that are never the head of a person's title: bodies, and what WordNet files under persons but news copy uses
// for a body or a thing.
const NOT_PERSONS: ReadonlySet<string> = new Set([...ANAPHOR_NOUNS, ...NOT_PERSON_HEADS]);

// Words of a body's name that tell it apart: not its kind ("bank", "university") nor a short word.
function distinctive(w: string): boolean {
  return w.length >= 3 && !GENERIC_BODY_WORDS.has(w);
}

const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set([...ANAPHOR_NOUNS, 'the', 'of', 'and', 'for', 'national', 'state', 'central', 'federal', 'regional', 'city', 'county', 'royal', 'general', 'public']);

function sameBody(p: NonNullable<Descriptor['body']>, q: NonNullable<Descriptor['body']>): boolean {
  const [a, b] = [p.words, q.words];
  if (a.join(' ') === b.join(' ')) return true;
  const x = a.filter(distinctive);
  const y = b.filter(distinctive);
  // a body named only by its kind ("the university") may be any of that kind
  if (x.length === 0 || y.length === 0) return true;
  // initials ("KIF", "DEA") against a name: the same body unless they open with another letter
  // (or the last words of the name they stand for: "Insurance Federation" for "KIF", the Kalvenian Insurance Federation)
  if (p.initials !== q.initials) return initialsOf(a, b) || initialsOf(b, a) || (p.initials ? a : b)[0]![0] === (p.initials ? b : a)[0]?.[0] || endsAcronymOf((p.initials ? a : b)[0] ?? '', (p.initials ? b : a).join(' '));
  return x.some((w) => y.some((v) => v === w || (w.length >= 5 && v.length >= 5 && (v.startsWith(w) || w.startsWith(v))))) || initialsOf(a, b) || initialsOf(b, a);
}


function wordsSpan(t: TaggedArticle, from: number, to: number): Span {
  return spanOf(t.article.id, t.article.text, t.words[from]!.start, t.words[to - 1]!.end);
}

// The person's name as the article writes it: in the description's sentence, else anywhere (the longest mention).
function personName(t: TaggedArticle, d: Descriptor): string {
  const names = t.tags.filter((x): x is NameTag => x.kind === 'name' && t.words[x.to - 1]!.norm === d.surname);
  const name = names.find((x) => t.sentenceOf[x.from] === d.sentence) ?? names.sort((a, b) => (b.to - b.from) - (a.to - a.from))[0];
  return name ? t.article.text.slice(t.words[name.from]!.start, t.words[name.to - 1]!.end) : (t.words.find((w) => w.norm === d.surname)?.text ?? d.surname);
}





/** A word that can head a title: a post, trade or relation of the role lexicon, or a noun WordNet files under persons. */
export function personHead(w: { readonly text: string; readonly lemma: string; readonly pos: string }): boolean {
  const word = titleOf(w as never).replace(/^ex[-‐‑]/, '');
  if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || w.pos === 'DET' || w.pos === 'PRON') return false;
  const lemma = w.lemma.toLowerCase();
  if (NOT_PERSONS.has(word) || NOT_PERSONS.has(lemma) || (ROLE_MODIFIERS.has(word) && !ROLE_HEADS.has(word))) return false;
  // a title is one person's: a plural ("analysts", "authors") names a group
  if (lemma !== word && word.endsWith('s') && !word.endsWith('ss')) return false;
  return ROLE_HEADS.has(word) || WORDNET_OCCUPATIONS.has(word) || /(?:olog|ograph|onom)(?:ist|er)$/.test(word);
}

/**
 * The descriptions of each person an article names: the title right before the name, with the words of the title
 * before its head and the body's name before those ("Halden Bank boss", "Deputy mayor", "shipping businessman"); the
 * apposition right after the name, to the next comma or verb ("Tomas Ekwall, an economist at Corvane Capital",
 * "Abena Kourouma, the service's director"); or the body after "of" ("Rufus Haverty of the Social Forward party").
 * A person is a name of two words or more whose last word is no word of a body's kind, or the surname of one named so
 * in the article.
 */
export function descriptorsOf(t: TaggedArticle): Descriptor[] {
  const words = t.words;
  const text = t.article.text;
  const names = t.tags.filter((x): x is NameTag => x.kind === 'name');
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  // (a hyphen joins the words of one title: "anti-corruption prosecutor")
  const joined = (a: number): boolean => a >= 0 && a + 1 < words.length && /^(?:\s*|[-‐‑])$/.test(gap(a, a + 1)) && t.sentenceOf[a] === t.sentenceOf[a + 1];
  const nameAt = (k: number): NameTag | undefined => names.find((n) => n.from <= k && k < n.to);
  // a body named by its initials ("KIF"), which its article may spell out elsewhere
  const named = (from: number, to: number): NonNullable<Descriptor['body']> => ({ from, to, words: words.slice(from, to).map((x) => x.norm), named: true,
    ...(to - from === 1 && /^\p{Lu}{2,6}$/u.test(words[from]!.text) ? { initials: true } : {}) });
  const out: Descriptor[] = [];
  for (const n of names) {
    // a title the name tagger read into the name ("Glaciologist Zarina Osmanova")
    let start = n.from;
    if (n.to - n.from >= 3 && personHead(words[n.from]!) && !ROLE_MODIFIERS.has(lower(words[n.from]!))) start = n.from + 1;
    // a person "of" a body, read by the name tagger as one name ("Piet Aalders of Kessel Capital")
    const of = words.slice(start, n.to).findIndex((w) => /^of$/i.test(w.text));
    const end = of >= 2 ? start + of : n.to;
    const parts = words.slice(start, end);
    if (parts.length < 2 || parts.some((w) => !/^\p{Lu}/u.test(w.text)) || GENERIC_BODY_WORDS.has(lower(parts[parts.length - 1]!)) || parts.some((w) => ROLE_HEADS.has(lower(w)))) continue;
    const surname = parts[parts.length - 1]!.norm;
    const first = parts[0]!.norm;
    const sentence = t.sentenceOf[n.from]!;
    if (sentence < 0) continue;
    const before = start > n.from ? [{ title: titleAt(start - 1, start - 1), body: null }] : joined(n.from - 1) ? titleBefore(n.from - 1) : [];
    for (const b of before) if (b.title || b.body) out.push({ surname, first, sentence, ...b });
    // a title set off before the name ("the service's chief forecaster, Abena Kourouma", "Its head of policy, ...")
    if (n.from >= 2 && /^\s*,\s*$/.test(gap(n.from - 1, n.from)) && t.sentenceOf[n.from - 1] === t.sentenceOf[n.from]) {
      const set = appositionBefore(n.from - 1);
      if (set) out.push({ surname, first, sentence, ...set });
    }
    if (end < n.to) {
      const body = /^the$/i.test(words[end + 1]?.text ?? '') ? end + 2 : end + 1;
      if (body < n.to) out.push({ surname, first, sentence, title: null, body: named(body, n.to) });
      continue;
    }
    for (const after of appositionAfter(n.to)) if (after.title || after.body) out.push({ surname, first, sentence, ...after });
  }
  return out;

  // A name that reads as a person's: two capitalised words or more, none of a body's kind or a title
  function personLike(n: NameTag): boolean {
    const parts = words.slice(n.from, n.to);
    return parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^\p{Lu}/u.test(w.text) && !GENERIC_BODY_WORDS.has(lower(w)) && !ROLE_HEADS.has(lower(w)));
  }

  // A title whose head is word `head`, its words running back to `from`.
  function titleAt(from: number, head: number): Descriptor['title'] {
    // a loaded word is framing, not a post ("Wine swindler", "Hapless minister", "greedy chocolate giant"), and a
    // superlative ranks, it names no post ("the largest producer")
    const loaded = (k: number): boolean => t.tags.some((x) => x.kind === 'loaded' && x.from <= k && k < x.to);
    if (loaded(head)) return null;
    const kept = words.slice(from, head + 1).filter((w, i) => !loaded(from + i) && !(w.pos === 'ADJ' && /est$/i.test(w.text)) && !/^(?:top|leading)$/i.test(w.text));
    // "ex-CTO", "ex-minister": the rank written onto the title's first word
    const parts = kept.map((w) => titleOf(w)).flatMap((w, k) => (k === 0 && /^ex[-‐‑]\p{L}/u.test(w) ? ['ex', w.slice(3)] : [w]));
    const rankWord = parts.find((w) => RANK_QUALIFIERS.has(w));
    const key = canonical(parts.filter((w) => !RANK_QUALIFIERS.has(w)).join(' '));
    // (a compound post written with a hyphen is one head: "director-general", not a general)
    const compound = head > from && /^[-‐‑]$/.test(gap(head - 1, head)) ? `${titleOf(words[head - 1]!)}-${parts[parts.length - 1]!}` : '';
    const last = ROLE_HEADS.has(compound) || LEADING_HEADS.has(compound) ? compound : parts[parts.length - 1]!;
    // (the title's words by stem: "telecom analyst" / "telecoms analyst")
    const stems = kept.filter((w) => !RANK_QUALIFIERS.has(lower(w))).map((w) => w.stem).join(' ');
    return { from, to: head + 1, key, head: last, stems, ...(rankWord ? { rank: RANK_SAME[rankWord] ?? rankWord } : {}) };
  }

  // The title ending on word `head` (right before a name), and the body named right before it.
  function titleBefore(head: number): Pick<Descriptor, 'title' | 'body'>[] {
    const h = words[head]!;
    if (!personHead(h) || nameAt(head)) return [];
    // a rank of address after a post ("fire brigade commander Colonel Arnaud Delsarte"): two titles
    if (ADDRESS_TITLES.has(titleOf(h)) && joined(head - 1) && personHead(words[head - 1]!)) return [{ title: titleAt(head, head), body: null }, ...titleBefore(head - 1)];
    let from = head;
    let body: Descriptor['body'] = null;
    // (a post named by its portfolio takes the capitalised words before it, "Digital Affairs Minister"; initials are a
    // body's, "CAA spokeswoman")
    const portfolio = PORTFOLIO_HEADS.has(titleOf(h));
    while (joined(from - 1)) {
      const w = words[from - 1]!;
      if (/^(?:DET|PRON|ADP|VERB|AUX|NUM|CCONJ|SCONJ|PART|PUNCT)$/.test(w.pos) || /['’]s$/.test(w.text) || /^\d/.test(w.text)) break;
      if (portfolio && /^\p{Lu}/u.test(w.text) && !/^\p{Lu}{2,6}$/u.test(w.text) && /^(?:NOUN|PROPN|ADJ)$/.test(w.pos) && !GENERIC_BODY_WORDS.has(lower(w))) {
        from--;
        continue;
      }
      const name = nameAt(from - 1);
      // (the name tagger may read a capitalised title into a name before it: "Blockfeed Chief Operating Officer")
      if (name && ((!ROLE_MODIFIERS.has(lower(w)) && !ROLE_HEADS.has(titleOf(w))) || GENERIC_BODY_WORDS.has(lower(w)))) {
        body = named(name.from, from);
        break;
      }
      const opening = t.sentenceOf[from - 2] !== t.sentenceOf[from - 1];
      // a capitalised word of no title, not opening its sentence, is the body's name ("said Kanter analyst ...")
      if (/^\p{Lu}/u.test(w.text) && !ROLE_MODIFIERS.has(lower(w)) && !RANK_QUALIFIERS.has(lower(w)) && !opening) {
        body = named(from - 1, from);
        break;
      }
      from--;
    }
    return [{ title: titleAt(from, head), body }];
  }

  // ", [a|an|the|X's] [title words] head [at|of|for|with [the] Body]" right after word `end` - 1, and each further
  // title joined by "and" ("the lead author of the report and head of its climate unit").
  function appositionAfter(end: number): Pick<Descriptor, 'title' | 'body'>[] {
    if (end >= words.length) return [];
    // "Rufus Haverty of the Social Forward party": the body alone
    if (/^of$/i.test(words[end]!.text) && joined(end - 1) && joined(end)) {
      const j = /^the$/i.test(words[end + 1]?.text ?? '') && joined(end + 1) ? end + 2 : end + 1;
      const name = nameAt(j);
      return name && name.from === j && !personLike(name) ? [{ title: null, body: named(name.from, name.to) }] : [];
    }
    if (!/^\s*,\s*$/.test(gap(end - 1, end))) return [];
    // "Sanna Liefeld, who heads the federation's energy team": the post a verb tells, and the body it names
    const post = words[end + 1] && /^who$/i.test(words[end]!.text) && joined(end) ? POST_VERBS[words[end + 1]!.text.toLowerCase()] : undefined;
    if (post !== undefined) {
      let j = end + 2;
      if (/^(?:the|its|their|his|her|a|an)$/i.test(words[j]?.text ?? '') && joined(j - 1)) j++;
      const name = nameAt(j);
      // (a possessive name owns what follows it, "the ACC's environment board": no body of its own)
      const body = name && name.from === j && joined(end + 1) && !/['’]s$/.test(words[name.to - 1]!.text) ? named(name.from, name.to) : null;
      // (the words shown run from "who" to the clause's next verb or stop: "who chairs the residents' association")
      let to = end + 2;
      const on = (a: number): boolean => t.sentenceOf[a] === t.sentenceOf[a + 1] && !/[,;:.!?()—–"“”]/.test(gap(a, a + 1));
      while (to < words.length && on(to - 1) && to - end < 8 && !/^(?:VERB|AUX)$/.test(words[to]!.pos)) to++;
      return [{ title: { from: end, to, key: canonical(post), head: post, stems: post }, body }];
    }
    const out: Pick<Descriptor, 'title' | 'body'>[] = [];
    let k: number | null = end;
    while (k !== null && k < words.length) {
      const one = titleFrom(k, t.sentenceOf[end - 1]!);
      if (!one) break;
      out.push(one.descriptor);
      k = /^and$/i.test(words[one.next]?.text ?? '') && joined(one.next - 1) && joined(one.next) ? one.next + 1 : null;
    }
    return out;
  }

  // A title ending on word `k`, set off by a comma before a name, opened by a determiner or an owner: "the
  // commission's chief forester", "Its president", "the head of the navy" (a post in charge of what follows "of").
  function appositionBefore(k: number): Pick<Descriptor, 'title' | 'body'> | null {
    let head = k;
    if (!personHead(words[k]!)) {
      let o = k - 1;
      if (o >= 0 && /^the$/i.test(words[o]!.text)) o--;
      if (o < 1 || !/^of$/i.test(words[o]!.text) || !personHead(words[o - 1]!) || words[k]!.pos !== 'NOUN') return null;
      head = o - 1;
    }
    let from = head;
    for (;;) {
      if (from === 0 || !joined(from - 1) || head - from > 3) return null;
      const w = words[from - 1]!;
      if (/^(?:the|its|their|his|her)$/i.test(w.text) || /['’]s$/.test(w.text)) break;
      if (!/^(?:NOUN|ADJ|PROPN)$/.test(w.pos) || nameAt(from - 1)) return null;
      from--;
    }
    const owner = words[from - 1]!;
    // (the owner's noun is the body, as in an apposition after the name; a name's possessive may be a place's)
    const body = /['’]s$/.test(owner.text) && !nameAt(from - 1) ? { from: from - 1, to: from, words: [owner.norm.replace(/['’]s$/, '')], named: false } : null;
    if (head === k) return { title: titleAt(from, k), body };
    // "the head of the navy" is the navy's head, as "navy chief" is: the post in charge, keyed as the words before a
    // name would write it
    const title = titleAt(from, head);
    if (!title) return null;
    const key = canonical(`${titleOf(words[k]!)} ${title.key}`);
    return { title: { ...title, to: k + 1, key, stems: `${words[k]!.stem} ${title.stems}` }, body };
  }

  // One title of an apposition opening at word `k`, and the word after it.
  function titleFrom(start: number, sentence: number): { descriptor: Pick<Descriptor, 'title' | 'body'>; next: number } | null {
    let k = start;
    let body: Descriptor['body'] = null;
    if (/^(?:a|an|the)$/i.test(words[k]!.text)) k++;
    // "the service's director", "Halden's chief economist"
    if (words[k] && /['’]s$/.test(words[k]!.text) && joined(k)) {
      // (a possessive name may be a place's, "Dornavia's finance minister": no body the person works for)
      body = nameAt(k) ? null : { from: k, to: k + 1, words: [words[k]!.norm.replace(/['’]s$/, '')], named: false };
      k++;
    }
    const from = k;
    let head = -1;
    for (let j = k; j < words.length && j - k < 5 && t.sentenceOf[j] === sentence; j++) {
      const w = words[j]!;
      if (/^(?:VERB|AUX|ADP|DET|PRON|CCONJ|SCONJ|NUM)$/.test(w.pos) || nameAt(j)) break;
      if (personHead(w)) head = j;
      if (!joined(j)) break;
    }
    if (head < 0) return null;
    // the title's head is its last person word; a word after it that is no person word ends it ("an economist at")
    const title = titleAt(from, head);
    let next = head + 1;
    if (!body && words[next] && /^(?:at|of|for|with|from)$/i.test(words[next]!.text) && joined(head) && joined(next)) {
      let j = next + 1;
      if (/^(?:the|its|their|his|her)$/i.test(words[j]?.text ?? '') && joined(j)) j++;
      // a place's possessive opens the body's name, it is not the body ("leader of Dornavia's main opposition Agrarian
      // People's Party")
      const owner = nameAt(j);
      if (owner && owner.from === j && /['’]s$/.test(words[owner.to - 1]!.text) && joined(owner.to - 1)) j = owner.to;
      // the common words before a name belong to it ("the opposition Democratic Alliance"); else they are the body
      let e = j;
      while (words[e] && /NOUN|ADJ/.test(words[e]!.pos) && /^\p{Ll}/u.test(words[e]!.text) && !nameAt(e)) if (!joined(e++)) break;
      const name = nameAt(e);
      if (name && name.from === e) {
        body = named(name.from, name.to);
        next = name.to;
      } else {
        while (e > j && !/NOUN/.test(words[e - 1]!.pos)) e--;
        if (e > j) {
          body = { from: j, to: e, words: words.slice(j, e).map((x) => x.norm), named: false };
          next = e;
        }
      }
    }
    return { descriptor: { title, body }, next };
  }
}
