import type { Article, Mention } from '../model/index.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { CREDIT_CUES, CREDIT_LEXICON as LEX } from '../lexicon/credits.ts';
import { ATTRIBUTION_LEXICON } from '../lexicon/attribution.ts';
import { partitiveCount } from './partitive-count.ts';
import { ANAPHOR_NOUNS, ORGANISATION_KINDS, ORGANISATION_NOUNS, PRIVATE_KINDS, PUBLIC_KINDS } from '../lexicon/anaphor-nouns.ts';
import { AUXILIARY_VERBS } from '../lexicon/function-words.ts';
import { initialsOf } from '../text/acronym.ts';
import { sameInstitution } from './same-institution.ts';
import { speakerWords } from './member-bodies.ts';
import { cueIsCountedNoun } from './cue-as-noun.ts';
import { ROLE_HEADS } from '../lexicon/roles.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';
import { bodyNamedBefore } from './body-named-before.ts';
import { FUNCTION_WORDS } from '../lexicon/function-words.ts';
import { normalizeToken } from '../text/normalize-token.ts';

export type { Credit } from './credit.ts';
import type { Credit } from './credit.ts';

const CUES = CREDIT_CUES;
const ANONYMOUS = new Set(LEX.anonymous);
const DOCUMENTS = new Set(LEX.documents);
const FINDINGS: ReadonlySet<string> = new Set(LEX.findings);
const ESTIMATING: ReadonlySet<string> = new Set(LEX.estimating);
const PRONOUNS = new Set(LEX.pronouns);
const PEOPLE = new Set(LEX.bodies);
const PERSON_NOUNS: ReadonlySet<string> = new Set(ATTRIBUTION_LEXICON.personNouns);
/** Words saying a source is kept unnamed on purpose ("on condition of anonymity", "familiar with"). */
export const UNNAMED = new RegExp(`\\b(?:${LEX.unnamed.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

// An institution speaking on the record ("the port authority confirmed") is another source than anonymous people.
// (any noun the lexicon knows as a kind of organisation, "the resort", "the federation", is an institution too)
// (a source told as kept unnamed on purpose, "an official at the ministry who spoke on condition of anonymity", is no
// institution on the record, whatever body its words name)
function describedFamily(words: readonly string[]): string {
  if (UNNAMED.test(words.join(' '))) return 'anonymous';
  const head = words.findLast((w) => ANONYMOUS.has(w) || PEOPLE.has(w) || PERSON_NOUNS.has(w) || ORGANISATION_NOUNS.has(w));
  return head !== undefined && (PEOPLE.has(head) || ORGANISATION_NOUNS.has(head)) && !ANONYMOUS.has(head) && !PERSON_ONLY.has(head) ? 'body' : 'anonymous';
}

/** The key of a credit told by a relative pronoun ("Orvel Power, which said ..."): it credits the name before it. */
export const RELATIVE_CREDIT = /^pronoun:(?:which|who)$/;


// Body words that name one person or a crowd, not an institution.
const PERSON_ONLY: ReadonlySet<string> = new Set(['minister', 'president', 'lawyer', 'lawyers', 'manager', 'chief', 'director', 'governor', 'mayor', 'leader', 'leaders', 'analysts', 'economists', 'researchers', 'scientists', 'doctors', 'residents', 'witnesses', 'activists', 'critics', 'officials', 'prosecutor', 'prosecutors']);

// Passive cues that still name who spoke: "was told by", "were informed by".
const PASSIVE_CREDIT = /^(told|informed|briefed|assured|advised)$/i;

/** A stretch of an article to read credits in: its words and the extractor's mentions inside it. */
export interface CreditWindow {
  readonly article: Article;
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly Mention[];
}

/** The credits in a stretch: the extractor's attributions, plus plain "according to X" / "X said" forms it missed. */
export function creditsOf(v: CreditWindow): readonly Credit[] {
  let hit = memo.get(v);
  if (!hit) {
    hit = readCredits(v);
    memo.set(v, hit);
  }
  return hit;
}

// A source's words that are a month or a weekday name no one ("a study published in February estimated").
function namesDate(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => CALENDAR_WORDS.has(w));
}

/**
 * "..., said a private engineering company, Norra Checks, had passed the cranes": the words after a verb of saying are the
 * subject of what was said, not its source, when an auxiliary follows them (past a name set off by commas). `end` is
 * where those words end in the text.
 */
function subjectOfReport(t: readonly WordToken[], text: string, end: number): boolean {
  const gap = (j: number): string => (j + 1 < t.length ? text.slice(t[j]!.end, t[j + 1]!.start) : '');
  let k = t.findIndex((w) => w.start >= end);
  if (k < 0) return false;
  const name = (w: WordToken): boolean => w.pos === 'PROPN' || /^\p{Lu}/u.test(w.text);
  if (/,/.test(text.slice(t[k - 1]?.end ?? end, t[k]!.start))) {
    let j = k;
    while (j < Math.min(t.length - 1, k + 5) && name(t[j]!) && !/[,;:.]/.test(gap(j))) j++;
    k = name(t[j]!) && /^,/.test(gap(j).trim()) ? j + 1 : k;
  }
  // (an auxiliary: "had approved", "would", "was"; a participle after the words, "figures released by the company", is
  // part of the source)
  const w = t[k];
  return w !== undefined && (w.pos === 'AUX' || AUXILIARY_VERBS.has(w.text.toLowerCase()));
}

// Several rules ask for the same variant's credits.
const memo = new WeakMap<CreditWindow, readonly Credit[]>();

function readCredits(v: CreditWindow): Credit[] {
  const out: Credit[] = [];
  for (const m of v.mentions) {
    if (m.kind !== 'attribution' || !reportingCue(m.cue.text)) continue;
    if (m.source.start > m.cue.start && CUES.has(m.cue.text.toLowerCase()) && subjectOfReport(v.tokens, v.article.text, m.source.end)) continue;
    const words = m.source.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (namesDate(words)) continue;
    const known = words.some((w) => ANONYMOUS.has(w) || PEOPLE.has(w) || PERSON_NOUNS.has(w) || ORGANISATION_NOUNS.has(w));
    // "the coastguard said" after "the Ardmoran Coastguard": a body the article named, whatever noun the lexicon lacks
    const noun = m.sourceType === 'described' && !known ? theNoun(words) : undefined;
    const named = noun ? bodyNamedBefore(v.article.text, m.start, noun) : null;
    // "the plan said", "the halt was ordered ... and has not been announced": a misread clause, not a source
    if (m.sourceType === 'described' && !known && !named) continue;
    // "which has not been announced": a relative pronoun and a passive verb credit nobody
    // ("..., which said it was cooperating": a relative pronoun right before its verb of saying credits the name before it)
    const relative = RELATIVE_CREDIT.test(m.key) && m.cue.start - m.source.end <= 1 && !/^(?:has|have|had|was|were|is|are|been)$/i.test(m.cue.text);
    if (m.key.startsWith('pronoun:') && !PRONOUNS.has(m.key.slice(8)) && !relative) continue;
    if (/\b(be|been|being|is|are|was|were)\s+(\p{L}+ly\s+)?$/iu.test(m.text.slice(0, Math.max(0, m.cue.start - m.start)))) continue;
    // "are being recalled by the ministry": a passive cue opening the mention is an act done to someone, not a statement
    // ("was told by officials" still credits them)
    if (m.cue.start === m.start && !PASSIVE_CREDIT.test(m.cue.text) && /\b(be|been|being|is|are|was|were)\s+(\p{L}+ly\s+)?$/iu.test(v.article.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const family = m.sourceType === 'counted' ? 'anonymous' : named ? 'body' : m.sourceType === 'described' ? describedFamily(words) : m.key.startsWith('pronoun:') ? 'pronoun' : m.sourceType;
    // a source and cue far apart ("the government has expressed ... and vows") would make a sprawling span
    const close = Math.abs(m.cue.start - m.source.end) < 40 || Math.abs(m.source.start - m.cue.end) < 40;
    const start = close ? Math.min(m.source.start, m.cue.start) : m.source.start;
    const end = close ? Math.max(m.source.end, m.cue.end) : m.source.end;
    // "X told Reuters": the wire heard the statement, it is not its source
    const listener = m.sourceType === 'wire' && /^(told|tells|telling)$/i.test(m.cue.text);
    // "one of the sources said": one of a group, still a count of sources
    const count = m.count ?? partitiveCount(words) ?? undefined;
    out.push({ start, end, family: listener ? 'listener' : family, key: m.key, words, ...(count !== undefined ? { count } : {}), ...(named ? { referent: named } : {}) });
  }
  const t = v.tokens;
  const text = v.article.text;
  const boundary = (i: number): boolean => i < 0 || i >= t.length - 1 || /[,;:—–()“”"]|\.\s/.test(text.slice(t[i]!.end, t[i + 1]!.start));
  const add = (from: number, to: number, cue: WordToken, described = false): void => {
    if (to <= from) return;
    const words = t.slice(from, to);
    const found = classify(words) ?? (described ? describedCredit(words) : null);
    if (!found) return;
    // "X told Reuters": the wire heard the statement, it is not its source
    const credit = found.family === 'wire' && /^(told|tells|tell)$/i.test(cue.text) && words[0]!.start > cue.start ? { ...found, family: 'listener' } : found;
    const start = Math.min(words[0]!.start, cue.start);
    const end = Math.max(words[words.length - 1]!.end, cue.end);
    if (out.some((c) => c.start < end && start < c.end)) return;
    out.push({ start, end, ...credit, words: words.map((w) => w.text.toLowerCase()) });
  };
  t.forEach((tok, i) => {
    const lower = tok.text.toLowerCase();
    if (LEX.unspecified.includes(lower)) add(i, i + 1, tok);
    // "according to the national maritime registry": whatever follows the cue is the source, named or not
    if (lower === 'according' && t[i + 1]?.text.toLowerCase() === 'to') add(i + 2, phraseEnd(i + 2), tok, true);
    if (lower === 'by' && /^(reported|cited|quoted|published)$/i.test(t[i - 1]?.text ?? '')) add(i + 1, phraseEnd(i + 1), tok);
    if (FINDINGS.has(lower)) {
      findingCredit(i);
      return;
    }
    if (!CUES.has(lower)) return;
    // "the report, prepared by ...": a noun, not a verb of saying
    if (/^(the|a|an|this|its|their|his|her)$/i.test(t[i - 1]?.text ?? '')) return;
    // "in nine states", "several reports": a counted plural noun, not a verb of saying
    if (cueIsCountedNoun(tok, t[i - 1])) return;
    // "4,300 people were admitted to hospital", "the death was reported": a passive cue with no "by" tells what was
    // done, not who said it
    if (passiveWithoutAgent(t, i)) return;
    let from = i;
    while (from > 0 && i - from < 8 && !boundary(from - 1) && !/^(that|and|but|while)$/i.test(t[from - 1]!.text)) from--;
    const shared = from === i && /^(?:and|but)$/i.test(t[i - 1]?.text ?? '') ? sharedSubject(i - 1) : null;
    if (from < i) add(from, i, tok);
    else if (shared) add(shared.from, shared.to, tok);
    else if (!subjectOfReport(t, text, t[phraseEnd(i + 1) - 1]?.end ?? tok.end)) add(i + 1, phraseEnd(i + 1), tok);
    // "the report cites 11 sources", "Reuters reported, citing two officials": who is cited is a source too
    if (from < i && LEX.citing.includes(lower)) add(i + 1, phraseEnd(i + 1), tok);
    // "told Reuters": the wire that heard it is credited too
    const next = t[i + 1];
    if (next && LEX.wires[next.text.toLowerCase()] && /^[A-Z]/.test(next.text)) {
      const at = { start: Math.min(tok.start, next.start), end: next.end };
      if (!out.some((c) => c.start < at.end && at.start < c.end)) out.push({ ...at, family: 'listener', key: LEX.wires[next.text.toLowerCase()]!, words: [next.text.toLowerCase()] });
    }
  });
  return out;

  // "the regulator's figures showed", "a survey by the union found": a document before a verb of finding credits
  // what follows; an estimate ("the council estimates", "puts the stock at 11,000") is told by any source
  function findingCredit(i: number): void {
    const tok = t[i]!;
    if (/^(the|a|an|this|its|their|his|her)$/i.test(t[i - 1]?.text ?? '') || passiveWithoutAgent(t, i)) return;
    const lower = tok.text.toLowerCase();
    if (/^puts?$/.test(lower) && !t.slice(i + 1, i + 10).some((x) => /^at$/i.test(x.text))) return;
    let from = i;
    while (from > 0 && i - from < 8 && !boundary(from - 1) && !/^(that|and|but|while|which|who)$/i.test(t[from - 1]!.text)) from--;
    if (from === i) return;
    const words = t.slice(from, i);
    // "it also found", "they showed": a pronoun standing for a document or its authors named before
    const subject = words.filter((w) => w.pos !== 'ADV');
    if (subject.length === 1 && PRONOUNS.has(subject[0]!.text.toLowerCase())) {
      const w = subject[0]!;
      if (!out.some((c) => c.start < tok.end && w.start < c.end)) out.push({ start: w.start, end: tok.end, family: 'pronoun', key: `pronoun:${w.text.toLowerCase()}`, words: [w.text.toLowerCase()] });
      return;
    }
    // the subject's head: the last noun before the verb ("figures" in "the regulator's figures", "survey" in "a
    // survey by the union": the noun before a preposition)
    const cut = words.findIndex((w, k) => k > 0 && w.pos === 'ADP');
    const head = (cut < 0 ? words : words.slice(0, cut)).findLast((w) => /NOUN|PROPN/.test(w.pos));
    if (!head) return;
    const document = DOCUMENTS.has(head.text.toLowerCase());
    // "inspectors also found that ...": a finding told with "that" is reported by whoever found it
    if (!document && /^that$/i.test(t[i + 1]?.text ?? '')) {
      add(from, i, tok, true);
      return;
    }
    if (!document && !ESTIMATING.has(lower)) return;
    if (document) {
      const start = words[0]!.start;
      if (out.some((c) => c.start < tok.end && start < c.end)) return;
      out.push({ start, end: tok.end, family: 'document', key: `document:${head.text.toLowerCase()}`, words: words.map((w) => w.text.toLowerCase()) });
    } else add(from, i, tok);
  }

  // "The Public Services Union, which represents the staff, called the measures "a sticking plaster" and said ...": a
  // verb of saying joined by "and" or "but" (before word k) to the sentence's first verb has that verb's subject, the
  // words before it (without a relative clause set off by commas after them, or an opening phrase set off before them)
  function sharedSubject(k: number): { from: number; to: number } | null {
    let start = 0;
    let relative = false;
    let end: number | undefined;
    for (let j = 0; j < k; j++) {
      const w = t[j]!;
      if (j > 0 && boundary(j - 1)) {
        if (/^(?:which|who|whose)$/i.test(w.text)) {
          relative = true;
          end ??= j;
        } else if (relative) relative = false;
        else [start, end] = [j, undefined];
      }
      if (relative || (w.pos !== 'VERB' && w.pos !== 'AUX')) continue;
      return j > start ? { from: start, to: end ?? j } : null;
    }
    return null;
  }

  function phraseEnd(from: number): number {
    let to = from;
    while (to < t.length && to - from < 8 && !/^(that|and|but|while|said|says)$/i.test(t[to]!.text)) {
      to++;
      if (boundary(to - 1)) break;
    }
    return to;
  }
}

const BE = /^(?:be|been|being|is|are|was|were|am)$/i;

function passiveWithoutAgent(t: readonly { text: string }[], i: number): boolean {
  const before = /ly$/i.test(t[i - 1]?.text ?? '') ? t[i - 2] : t[i - 1];
  return before !== undefined && BE.test(before.text) && !/^by$/i.test(t[i + 1]?.text ?? '');
}

// Stance verbs ("agreed", "condemned") make the subject an actor of the claim, not its source.
function reportingCue(cue: string): boolean {
  const words = cue.toLowerCase().split(/\s+/);
  return words.some((w) => CUES.has(w) || w === 'according' || w === 'by' || LEX.unspecified.includes(w) || w === 'said' || w === 'told');
}

// A source told by description only ("the national maritime registry"), keyed by its last word.
function describedCredit(words: readonly WordToken[]): Omit<Credit, 'start' | 'end' | 'words'> | null {
  const head = words.findLast((w) => w.content);
  return head ? { family: 'described', key: `described:${head.norm}` } : null;
}

// Each wire's name as a whole run of words, compiled once (every credit of every article is classified).
const WIRE_PATTERNS: readonly (readonly [RegExp, string])[] = Object.entries(LEX.wires).map(([name, key]) => [new RegExp(`(^| )${name}( |$)`), key]);

function classify(words: readonly WordToken[]): Omit<Credit, 'start' | 'end' | 'words'> | null {
  const lower = words.map((w) => w.text.toLowerCase());
  const joined = lower.join(' ');
  for (const [pattern, key] of WIRE_PATTERNS) {
    if (pattern.test(joined) && words.some((w) => /^[A-Z]/.test(w.text))) return { family: 'wire', key };
  }
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return { family: 'pronoun', key: `pronoun:${lower[0]}` };
  const head = lower.findLast((w) => ANONYMOUS.has(w) || DOCUMENTS.has(w));
  const number = words.find((w) => /^\d+$/.test(w.norm));
  if (head && ANONYMOUS.has(head)) {
    return number ? { family: 'anonymous', key: `sources:${number.norm}`, count: Number(number.norm) } : { family: 'anonymous', key: head };
  }
  if (head && DOCUMENTS.has(head)) return { family: 'document', key: `document:${head}` };
  const names = words.filter((w, i) => /^\p{Lu}/u.test(w.text) && (i > 0 || words.length === 1 || /^\p{Lu}/u.test(words[1]?.text ?? '')));
  if (namesDate(names.map((w) => w.text.toLowerCase()))) return null;
  if (names.length > 0 && names.length >= words.length - 2) return { family: 'named', key: names.map((w) => w.norm).join(' ') };
  const body = lower.findLast((w) => PEOPLE.has(w) && !PERSON_ONLY.has(w));
  if (body && words.length <= 4) return { family: 'body', key: `body:${body}` };
  return null;
}

const ANAPHORS: ReadonlySet<string> = new Set(ANAPHOR_NOUNS);
// Kinds of public body: a named body of one kind is not "the <another kind>" ("the ministry" is no institute).
const KINDS_OF = new Map<string, string[]>();
for (const [kind, nouns] of Object.entries(ORGANISATION_KINDS)) for (const n of nouns) KINDS_OF.set(n, [...(KINDS_OF.get(n) ?? []), kind]);
const PRODUCERS: ReadonlySet<string> = new Set(LEX.producers);
// (a producer's word inside a name is part of the name: "the Society of Authors" wrote no "court records")
const producedBy = (c: Credit): boolean => c.words.some((w) => PRODUCERS.has(w)) && c.family !== 'wire' && c.family !== 'named';
// Nouns any business goes by: "the company" and "the firm" point back at one name; "the agency" and "the company" do not.
const BUSINESSES: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'business', 'conglomerate', 'corporation', 'maker', 'manufacturer', 'producer', 'retailer', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'utility', 'miner', 'automaker', 'carmaker', 'brewer', 'chain', 'startup', 'platform', 'broadcaster', 'publisher', 'supplier', 'developer']);

// The kinds of organisation a credit's words name ("ministry": government).
function kindsOf(words: readonly string[]): string[] {
  return words.flatMap((w) => KINDS_OF.get(w) ?? []);
}

/**
 * Two credits of bodies no kind of organisation sets apart: one names no kind, or both share one (not so "ministry" /
 * "institute").
 */
export function sameKind(a: Pick<Credit, 'words'>, b: Pick<Credit, 'words'>): boolean {
  const [x, y] = [kindsOf(a.words), kindsOf(b.words)];
  return x.length === 0 || y.length === 0 || x.some((k) => y.includes(k));
}

/**
 * Two credits of bodies on either side of the state's line: one of kinds only the state's (a ministry, a court, the
 * police), the other of kinds only outside it (a union, a company). A noun of both ("council") sets nothing apart.
 */
export function publicAndPrivate(a: Pick<Credit, 'words'>, b: Pick<Credit, 'words'>): boolean {
  const side = (kinds: readonly string[]): 'public' | 'private' | null => {
    if (kinds.length > 0 && kinds.every((k) => PUBLIC_KINDS.has(k))) return 'public';
    if (kinds.length > 0 && kinds.every((k) => PRIVATE_KINDS.has(k))) return 'private';
    return null;
  };
  const [x, y] = [side(kindsOf(a.words)), side(kindsOf(b.words))];
  return x !== null && y !== null && x !== y;
}

// "the company", "the ministry": a bare definite organisation noun that stands for a name given earlier.
export function pointsBack(c: Pick<Credit, 'words'>): boolean {
  const noun = theNoun(c.words);
  return noun !== undefined && ANAPHORS.has(noun);
}

// The noun of a source told as "the" and one noun ("the ministry", "the coastguard").
function theNoun(words: readonly string[]): string | undefined {
  return words.length === 2 && words[0] === 'the' ? words[1] : undefined;
}

// "the ministry" can stand for "the Agriculture Ministry", not for "the Institute of Public Health": a named body whose
// own kind of organisation is another one is someone else ("the company" stands for any business name).
function pointsBackTo(back: Credit, named: Credit): boolean {
  const noun = back.words[1]!;
  if (named.words.includes(noun)) return true;
  const mine = kindsOf([noun]);
  const theirs = kindsOf(named.words);
  // unknown kinds on either side leave it possible
  return mine.length === 0 || theirs.length === 0 || mine.some((k) => theirs.includes(k));
}

/** True when two credits share a name word (or its demonym): "french government" and "france", "okafor" and "ada okafor". */
export function sharesName(a: Credit, b: Credit): boolean {
  const words = (c: Credit): string[] =>
    [...speakerWords(c.key.split(/[\s:]+/)), ...speakerWords(c.words)].filter((w) => w.length >= 4 && !/^(sources?|officials?|people|persons?|document|pronoun|according|former|senior|their|with|familiar|close|matter|situation)$/.test(w)).map(fold);
  const x = words(a);
  return words(b).some((w) => x.some((y) => y.startsWith(w) || w.startsWith(y)));
}

/** True when two credits clearly name different sources: another wire, another count, another person or outlet. */
export function sharplyDifferent(a: Credit, b: Credit): boolean {
  if (sameCredit(a, b)) return false;
  // "she said", pointing back at one person, where the other names another person; "she said" where the other says "he"
  if ((a.antecedent && namesPerson(b)) || (b.antecedent && namesPerson(a)) || otherPerson(a, b)) return true;
  if (a.family === 'wire' || b.family === 'wire') return true;
  if (a.family === 'anonymous' && b.family === 'anonymous') return a.count !== undefined && b.count !== undefined;
  return a.family === b.family && (a.family === 'named' || a.family === 'outlet');
}

/** True when two credits can name the same source (same key, or the same kind without a conflicting count or name). */
export function sameCredit(a: Credit, b: Credit): boolean {
  if (a.family === 'document' && b.family === 'document' && ownedApart(a, b)) return false;
  // (a name written with or without its accents is one name: "Ferrás" / "Ferras")
  if (a.key === b.key || fold(a.key) === fold(b.key)) return true;
  if (a.family === 'unspecified' || b.family === 'unspecified') return true;
  if (a.family === 'listener' || b.family === 'listener') return !(a.family === 'wire' || b.family === 'wire') || a.key === b.key;
  // a pronoun pointing back at a person named before is that person against another person named; else it may be anyone
  if (a.antecedent && namesPerson(b)) return sameCredit(asNamed(a, a.antecedent), b);
  if (b.antecedent && namesPerson(a)) return sameCredit(a, asNamed(b, b.antecedent));
  // "she said", pointing back at a person named, against unnamed people ("officials said", "a spokesman said"): the
  // person named is blurred, as the name itself would be ("the minister says" may point back at her too)
  if (a.antecedent && unnamed(b)) return sameCredit(asNamed(a, a.antecedent), b);
  if (b.antecedent && unnamed(a)) return sameCredit(a, asNamed(b, b.antecedent));
  // "he said", pointing back at a person told as of one body ("Oskar Lindfeldt, a materials scientist at the Varmen
  // University"), against another body ("the transport ministry said")
  if (a.antecedent && speaksAsBody(b)) return !ofAnotherBody(asNamed(a, a.antecedent), b);
  if (b.antecedent && speaksAsBody(a)) return !ofAnotherBody(asNamed(b, b.antecedent), a);
  // "it said" pointing back at a body is that body
  if ((a.family === 'pronoun' && a.referent) || (b.family === 'pronoun' && b.referent)) return sameCredit(resolved(a), resolved(b));
  if (a.family === 'pronoun' || b.family === 'pronoun') return a.family !== 'wire' && b.family !== 'wire' && !otherPerson(a, b);
  // "the union said" where its article named the union before: that body, set against a body another outlet names
  // ("KMT said" is the transit agency, not "the Ardalian Bus Workers' Union")
  if (bothResolvable(a, b)) return sameBody(resolved(a), resolved(b));
  // "the company said" where another outlet names the company: the same source, pointed back at
  // (an acronym as the body its article spells out: "the KTA" is no ministry where it stands for "the Kessmark
  // Telecoms Authority")
  if ((pointsBack(a) && b.family === 'named' && pointsBackTo(a, resolved(b))) || (pointsBack(b) && a.family === 'named' && pointsBackTo(b, resolved(a)))) return true;
  // "the company said" / "the firm said": both point back at the organisation the story names
  if (pointsBack(a) && pointsBack(b) && (a.words[1] === b.words[1] || (BUSINESSES.has(a.words[1]!) && BUSINESSES.has(b.words[1]!)))) return true;
  // (a word in common is no name in common between bodies of two kinds: "the health ministry" is no "Institute of
  // Public Health")
  if (sharesName(a, b) && a.family !== 'wire' && b.family !== 'wire' && sameKind(a, b) && !otherHeads(a, b)) return true;
  // "the DEA" and "the Disaster and Emergency Authority"
  const bodies = (c: Credit): boolean => c.family === 'named' || c.family === 'body' || c.family === 'outlet';
  if (bodies(a) && bodies(b) && (initialsOf(a.words, b.words) || initialsOf(b.words, a.words))) return true;
  if (sameInstitution(a, b)) return true;
  // "according to the results" / "the researchers reported": a document and the people who wrote it
  if ((a.family === 'document' && producedBy(b)) || (b.family === 'document' && producedBy(a))) return true;
  if (a.family !== b.family) return false;
  if (a.family === 'anonymous') return a.count === undefined || b.count === undefined || a.count === b.count;
  return a.family === 'document' || a.family === 'described';
}

// Two bodies' names ending on two nouns for kinds of organisation ("the Tarnish Growers' Alliance" / "the Tarnish
// Water Board"): a word they share before the head (a place, a field) names no body in common.
function otherHeads(a: Credit, b: Credit): boolean {
  if (a.family !== 'named' || b.family !== 'named') return false;
  // (each head a word of the name itself, capitalised, as the key holds it: "Tarnland's water regulator" describes a
  // body, it does not name one)
  const head = (c: Credit): string | undefined => {
    const last = c.words[c.words.length - 1];
    return last !== undefined && c.key.split(' ').at(-1) === last && ORGANISATION_NOUNS.has(last) ? last : undefined;
  };
  const [x, y] = [head(a), head(b)];
  return x !== undefined && y !== undefined && x !== y;
}

// Words that own a document rather than name it: "the regulator's figures", "Finance Ministry data", "a survey by the union".
const NOT_OWNER = /^(?:the|a|an|its|their|his|her|our|this|these|those|new|latest|own|official|annual|monthly|weekly|preliminary|final|by|of|from|published|released|s|'s|’s|\d.*)$/;

/**
 * Two documents of the same kind from different owners: "the regulator's figures" and "Finance Ministry figures".
 * Each must name an owner (a word beside the document's own that is no article or adjective of time), and the owners
 * share no word, initials or institution.
 */
function ownedApart(a: Credit, b: Credit): boolean {
  // (a document told with its maker, "a survey by the union of 850 patients": the maker's words alone)
  const maker = (words: readonly string[]): readonly string[] => {
    const by = words.lastIndexOf('by');
    if (by < 0) return words;
    const after = words.slice(by + 1);
    const of = after.indexOf('of');
    return of > 0 ? after.slice(0, of) : after;
  };
  const owner = (c: Credit): string[] => maker(c.words).map((w) => w.replace(/['’]s$/, '')).filter((w) => !NOT_OWNER.test(w) && !DOCUMENTS.has(w) && !CUES.has(w) && !FINDINGS.has(w) && w !== 'according' && w !== 'to');
  const x = owner(a);
  const y = owner(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.some((w) => y.includes(w))) return false;
  const as = (c: Credit, words: string[]): Credit => ({ ...c, family: 'named', key: words.join(' '), words });
  const [p, q] = [as(a, x), as(b, y)];
  // "the authority's figures": a noun pointing back at a body named before is that body, if of its kind
  const back = (o: string[]): Credit | null => (o.length === 1 && ANAPHORS.has(o[0]!) ? { ...a, family: 'body', key: `body:${o[0]}`, words: ['the', o[0]!] } : null);
  const [bx, by] = [back(x), back(y)];
  if ((bx && pointsBackTo(bx, q)) || (by && pointsBackTo(by, p))) return false;
  return !namesOneBody(p, q);
}

// Two credits naming one body: a word of name in common, one's initials, or two usual names of one institution.
function namesOneBody(a: Credit, b: Credit): boolean {
  return sharesName(a, b) || initialsOf(a.words, b.words) || initialsOf(b.words, a.words) || sameInstitution(a, b);
}

// A key without its accents, and with an umlaut written out (a vowel and "e" between consonants) read as the vowel:
// "Köhler", "Koehler" and "Kohler" are one name (any name folds alike wherever it is written: "Joel" is "jol").
export function fold(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '').replace(/(?<=[b-df-hj-np-tv-z])([aou])e(?=[b-df-hj-np-tv-z])/g, '$1');
}

// "he said" and "she said", pointing back at no one known: two people, whoever they are.
function otherPerson(a: Credit, b: Credit): boolean {
  const he = (c: Credit): boolean | null => (c.key === 'pronoun:he' ? true : c.key === 'pronoun:she' ? false : null);
  const [x, y] = [he(a), he(b)];
  return x !== null && y !== null && x !== y;
}

// A pronoun's credit as the person it points back at.
// Families of a credit that can name a body.
const BODY_FAMILIES: ReadonlySet<string> = new Set(['named', 'body']);

// Two credits of bodies, one resolved to its full name and the other resolved too or a name of two words or more (a
// word alone may be a capitalised common noun, "Forecasters said", or a person's surname).
function bothResolvable(a: Credit, b: Credit): boolean {
  const named = (c: Credit): boolean => c.referent !== undefined || c.words.filter((w) => w !== 'the').length >= 2;
  return (a.referent !== undefined || b.referent !== undefined) && BODY_FAMILIES.has(a.family) && BODY_FAMILIES.has(b.family) && named(a) && named(b);
}

// Unnamed people, not told as one known before ("officials", "experts", "a council spokeswoman"; not "the minister").
function unnamed(c: Credit): boolean {
  return c.family === 'anonymous' && c.words[0] !== 'the';
}

// A credit of a body: "the fire service", "Kestwick City Council", "police".
function speaksAsBody(c: Credit): boolean {
  return c.family === 'body' || (c.family === 'named' && !namesPerson(c) && namesBody(c.words.join(' ')));
}

/**
 * A person whose credit tells whom they are ("a materials scientist at the Varmen University", "the union's regional
 * secretary") set against a body that none of those words names, by a word of its name, its initials or its
 * institution: another source. A person told by name alone, or a body told only as "the company" (which may be the
 * person's), may be either.
 */
function ofAnotherBody(person: Credit, body: Credit): boolean {
  const name = new Set(person.key.split(' '));
  const told = person.words.filter((w) => !name.has(normalizeToken(w)) && !FUNCTION_WORDS.has(w));
  if (told.length === 0 || !namesBody(told.join(' '))) return false;
  const b = resolved(body);
  if (pointsBack(b)) return !pointsBackTo(b, person);
  // (the person's own name set aside: "Brandqvist" is no word of the body's name)
  return !namesOneBody({ ...person, key: '', words: told }, b);
}

// Two bodies by their full names: one key, one's initials, or a word of name in common beyond the words for kinds of
// body ("Vestrian Space Agency" and "Inter-Agency Orbital Debris Council" share only "agency").
function sameBody(a: Credit, b: Credit): boolean {
  if (a.key === b.key || fold(a.key) === fold(b.key) || initialsOf(a.words, b.words) || initialsOf(b.words, a.words) || sameInstitution(a, b)) return true;
  const own = (c: Credit): Credit => ({ ...c, key: '', words: c.words.flatMap((w) => w.split('-')).filter((w) => !NOT_A_PERSON.has(w)) });
  return sharesName(own(a), own(b));
}

// A credit as the body its article named in full ("the union" as "the Ardalian Bus Workers' Union", "the AEM" as "the
// Estrellan Medicines Agency"), or as it stands.
function resolved(c: Credit): Credit {
  return c.referent ? asNamed(c, c.referent) : c;
}

export function asNamed(c: Credit, antecedent: NonNullable<Credit['antecedent']>): Credit {
  return { start: c.start, end: c.end, family: 'named', key: antecedent.key, words: antecedent.words };
}

// Words of a credit naming a body, not a person ("the Interior Ministry said", "Police said"); a title names a person.
const NOT_A_PERSON: ReadonlySet<string> = new Set([...LEX.bodies, ...ANAPHOR_NOUNS, ...LEX.documents, ...ANONYMOUS]
  .filter((w) => !/^(?:spokesman|spokeswoman|spokesperson|minister|president|manager|chief|director|governor|mayor|leader|lawyer|prosecutor)$/.test(w)));

/** Whether a name is a body's: a word of it names a kind of body ("the Kesland Communications Authority"). */
export function namesBody(name: string): boolean {
  return name.toLowerCase().split(/[^\p{L}]+/u).some((w) => NOT_A_PERSON.has(w));
}

/**
 * Whether a credit names a person: a name, with no word of a body, a document or an unnamed group; or a name after a
 * role ("Union leader Marta Vosk", "Health Ministry spokesman Jan Novak": the body is whom the person speaks for),
 * where the name itself holds no such word; or a name "who" follows ("Ottilie Brenner, who leads the independent group
 * on the district council").
 */
export function namesPerson(c: Pick<Credit, 'family' | 'words'> & { readonly key?: string }): boolean {
  if (c.family !== 'named' || c.words.length === 0) return false;
  if (!c.words.some((w) => NOT_A_PERSON.has(w))) return true;
  const name = c.key?.split(' ') ?? [];
  const after = c.words.findIndex((w, k) => k > 0 && !name.includes(normalizeToken(w)));
  if (after === name.length && c.words[after] === 'who' && !name.some((w) => NOT_A_PERSON.has(w))) return true;
  return name.length > 0 && !name.some((w) => NOT_A_PERSON.has(w) || ROLE_HEADS.has(w)) && c.words.some((w) => ROLE_HEADS.has(w) && !name.includes(w));
}
