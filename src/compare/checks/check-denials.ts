import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import { deniedAlike, type Change, type View } from '../typers/change.ts';
import type { PolarityTag, Tag } from '../tag/tag.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { sameWord } from '../same-word.ts';
import type { Variant } from '../collate/variant.ts';
import { oncePer } from '../once-per.ts';
import { checkWholeWordings } from './check-slots.ts';
import { inQuotation } from './check-stages.ts';
import { CREDIT_CUES } from '../../lexicon/credits.ts';
import { wordNetAntonyms } from '../../lexicon/antonyms.ts';
import { DENYING_VERBS } from '../../lexicon/polarity.ts';

/** Words between a denial and the act it denies ("failed [to] stop", "did not [immediately] respond", "stopped short of [the] ..."). */
const REACH = 2;

/** Words read for acts: a wording's or an article's, with the tags on them (by the same word indices) and its text. */
export interface Words {
  readonly tokens: readonly WordToken[];
  readonly tags: readonly Tag[];
  readonly text: string;
}

/**
 * Word `k` tells an act: a content verb, outside the words of every denial, not read after a preposition or a
 * determiner (then it is a noun: "a request for comment").
 */
export function actAt(w: Words, k: number, denials: readonly PolarityTag[]): boolean {
  const t = w.tokens[k]!;
  if (t.pos !== 'VERB' || !t.content || denials.some((d) => d.from <= k && k < d.to)) return false;
  const before = w.tokens[k - 1];
  return !(before && (/ADP|DET/.test(before.pos) || /^(?:for|of|without)$/i.test(before.text)) && !/^to$/i.test(before.text));
}

/** The denial standing within two words before word `k`, in its clause ("did not [immediately] board"), if any. */
export function denialBefore(w: Words, k: number, denials: readonly PolarityTag[]): PolarityTag | undefined {
  return denials.find((d) => d.to <= k && (k - d.to <= REACH || ableTo(w, d.to, k)) && inClause(w, d.to - 1, k));
}

// Words between a denial and an act that leave the denial on the act: "had not [been able to] reach the area" is
// "had been unable to reach it".
function ableTo(w: Words, from: number, to: number): boolean {
  return w.tokens.slice(from, to).every((t) => /^(?:be|been|being|able|to|yet|ever|even)$/i.test(t.text)) && w.tokens.slice(from, to).some((t) => /^able$/i.test(t.text));
}

/** No clause mark between words `from` and `to`. */
export function inClause(w: Words, from: number, to: number): boolean {
  return !/[,;:—–()]/.test(w.text.slice(w.tokens[from]!.end, w.tokens[to]!.start));
}
/** Words between an act and a denying determiner after it ("found [to contain] no ostarine"). */
const REACH_AFTER = 4;
/** Denials that deny a clause from after its verb, as determiners of what it names. */
const NO = /^(?:no|none|nothing|nobody|no one|neither)$/;

/**
 * An act denied in one wording and told as done in the other, wherever the rewrite moved it: "stopped short of
 * conceding defeat" / "conceded defeat", "did not consult workers" / "consulted workers". The act is one verb both
 * wordings tell once (by stem), outside quotations; it is denied when a negator or a phrase of denial ("failed to",
 * "refused to", "no longer", "stopped short of") stands just before it in its clause. The slots read a denial where
 * the words line up (typePolarity); this reads it where the sentence was rebuilt around the verb.
 */
export function checkDenials(col: Collation): Finding[] {
  return checkWholeWordings(col, compareDenials);
}

function compareDenials(base: View, other: View): Change[] {
  const theirs = acts(base);
  const mine = acts(other);
  for (const a of theirs) {
    const b = mine.find((m) => sameWord(other.v.tokens[m.k]!, base.v.tokens[a.k]!));
    if (!b || (a.denial === undefined) === (b.denial === undefined)) continue;
    // the denial bears on a word before the act that the other wording denies too ("did not need to see" / "there was
    // no need ... to see"): the same denial, reaching the act on one side only
    if (b.denial ? deniedAlike(other.v, b.denial, base.v) : deniedAlike(base.v, a.denial!, other.v)) continue;
    if (b.denial) {
      return [{
        kind: 'meaning', type: 'negation-added', severity: 'high', here: { from: b.denial.from, to: b.k + 1 }, there: { from: a.k, to: a.k + 1 },
        explain: (h, t, says) => `"${h}" denies what ${says('tell')} as done ("${t}")`, actual: 'denied', expected: 'done',
      }];
    }
    return [{
      kind: 'meaning', type: 'negation-dropped', severity: 'high', here: { from: b.k, to: b.k + 1 }, there: { from: a.denial!.from, to: a.k + 1 },
      explain: (h, t, says) => `tells as done ("${h}") what ${says('deny')} ("${t}")`, actual: 'done', expected: 'denied',
    }];
  }
  return deniedOnObject(base, other, theirs, mine);
}

/** Content words after an act that are its object: the act's own, read up to the end of its clause. */
const OBJECT_WORDS = 5;
/** Verbs of saying, knowing, expecting or wanting: their denial bears on what they hold, told after them. */
const ATTITUDES = /^(?:comment|say|tell|confirm|disclose|specify|know|rule|answer|respond|expect|see|believe|think|forecast|predict|estimate|anticipate|hope|fear|plan|intend|want|wish|seek|need|reach|find|show|appear|seem)$/;
/** Of which the first few are what the act bears on. */
const HEAD = 3;

/**
 * Two acts by other verbs on the same object, one denied and the other not ("does not affect the smaller Wren-1 rocket"
 * / "also covers the smaller Wren-1 rocket", "would not revisit the farmgate price" / "would review the farmgate
 * price"): the rewrite told the opposite of the act. The object is two content words or more of the few after each
 * verb in its clause, in common; each side tells no other act on it; verbs of saying (a party's answer is
 * `checkEvents`') and a verb and its antonym (a denied antonym says the same: "did not accept" / "rejected") are left out.
 */
function deniedOnObject(base: View, other: View, theirs: readonly Act[], mine: readonly Act[]): Change[] {
  const objects = (view: View, act: Act): number[] => {
    const { tokens, article } = view.v;
    const out: number[] = [];
    for (let j = act.k + 1; j < tokens.length && out.length < OBJECT_WORDS; j++) {
      if (/[,;:—–()]/.test(article.text.slice(tokens[j - 1]!.end, tokens[j]!.start)) || /VERB|SCONJ/.test(tokens[j]!.pos) || inQuotation(view, j)) break;
      if (tokens[j]!.content) out.push(j);
    }
    return out;
  };
  // (verbs of saying, and of a view or an expectation, "expected demand to remain weak" / "sees no recovery": what
  // they hold is told in the words after them)
  const saying = (view: View, act: Act): boolean => CREDIT_CUES.has(view.v.tokens[act.k]!.text.toLowerCase()) || ATTITUDES.test(view.v.tokens[act.k]!.lemma);
  // (the first words of each object: what the act bears on, not a word further on)
  // (words, not figures or dates: "did not pay by March 18" / "set a March 18 deadline" share no object)
  const shared = (a: Act, b: Act): number => {
    const words = (view: View, act: Act) => objects(view, act).slice(0, HEAD)
      .filter((j) => /^\p{L}/u.test(view.v.tokens[j]!.text) && !view.v.tags.some((g) => g.kind === 'date' && g.from <= j && j < g.to)).map((j) => view.v.tokens[j]!);
    const mineWords = words(other, b);
    return words(base, a).filter((t) => mineWords.some((x) => sameWord(x, t))).length;
  };
  // (a verb holding a denial in its meaning, "remain" is "not leave", "excludes" is "does not cover", leaves the
  // parity unknown: it is left out)
  const plain = (view: View, act: Act): boolean => !DENYING_VERBS.has(view.v.tokens[act.k]!.lemma) && !saying(view, act);
  // denied by a plain negator right before it ("would not revisit", "does not affect"); a phrase of denial ("free of",
  // "failed to", "none involving") may deny something else than the act
  const denied = (act: Act): boolean => act.denial !== undefined;
  const plainly = (act: Act): boolean => act.denial === undefined || (act.denial.type === 'grammatical' && /^(?:not|n['’]t|never|no longer|cannot|not yet)$/i.test(act.denial.word));
  for (const a of theirs) {
    if (!plain(base, a)) continue;
    for (const b of mine) {
      if (denied(a) === denied(b) || !plainly(a) || !plainly(b) || !plain(other, b) || shared(a, b) < 2) continue;
      // the same doer: the noun or pronoun before each act in its clause ("the grounding also covers" / "the grounding
      // does not affect"; not "fans protested outside" / "the club would not leave")
      const [p, q] = [doerOf(base, a.k), doerOf(other, b.k)];
      if (p === null || q === null || !sameWord(base.v.tokens[p]!, other.v.tokens[q]!)) continue;
      const [x, y] = [base.v.tokens[a.k]!, other.v.tokens[b.k]!];
      if (sameWord(x, y) || wordNetAntonyms(x.lemma, y.lemma) || wordNetAntonyms(x.norm, y.norm)) continue;
      // one act on the object on each side: another act on it may tell what the denial leaves
      if (theirs.some((c) => c !== a && shared(c, b) >= 2) || mine.some((c) => c !== b && shared(a, c) >= 2)) continue;
      const here = { from: Math.min(b.denial?.from ?? b.k, b.k), to: b.k + 1 };
      const there = { from: Math.min(a.denial?.from ?? a.k, a.k), to: a.k + 1 };
      return denied(b)
        ? [{ kind: 'meaning', type: 'negation-added', severity: 'high', here, there, explain: (h, t, says) => `"${h}" denies what ${says('tell')} as done ("${t}")`, actual: 'denied', expected: 'done' }]
        : [{ kind: 'meaning', type: 'negation-dropped', severity: 'high', here, there, explain: (h, t, says) => `tells as done ("${h}") what ${says('deny')} ("${t}")`, actual: 'done', expected: 'denied' }];
    }
  }
  return [];
}

interface Act { readonly k: number; readonly denial: PolarityTag | undefined }

// The word naming who does the act: the nearest noun, name or pronoun before it in its clause (null: none).
function doerOf(view: View, k: number): number | null {
  const { tokens, article } = view.v;
  for (let j = k - 1; j >= 0; j--) {
    if (/[,;:—–()]/.test(article.text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return null;
    if (/^(?:NOUN|PROPN|PRON)$/.test(tokens[j]!.pos)) return j;
  }
  return null;
}

// The content verbs a wording tells once, outside quotations and outside the words of a denial, each with the denial
// right before it in its clause, if any; read once per wording.
function acts(view: View): readonly Act[] {
  return actsOf(view.v);
}

const actsOf = oncePer((v: Variant): readonly Act[] => readActs({ v, from: 0, to: v.tokens.length }));

function readActs(view: View): Act[] {
  const { tokens, tags, article } = view.v;
  const words: Words = { tokens, tags, text: article.text };
  const denials = tags.filter((t): t is PolarityTag => t.kind === 'polarity' && !inQuotation(view, t.from));
  const out: Act[] = [];
  tokens.forEach((t, k) => {
    if (inQuotation(view, k) || !actAt(words, k, denials)) return;
    if (tokens.some((x, j) => j !== k && x.pos === 'VERB' && sameWord(x, t))) return;
    // the words up to a determiner after the act are its own ("found [to contain] no"): no other subject or clause
    // ("suspended [if he commits] no further breaches")
    const ownObject = (from: number, to: number): boolean => tokens.slice(from + 1, to).every((x, j, all) =>
      !/SCONJ|PRON|PROPN|NOUN/.test(x.pos) && (!/VERB|AUX/.test(x.pos) || /^to$/i.test(all[j - 1]?.text ?? '')));
    // a denial before the act, or a denying determiner after it ("found no device" is "no device was found")
    const denial = denialBefore(words, k, denials)
      ?? denials.find((d) => d.from > k && d.from - k <= REACH_AFTER && NO.test(d.word) && inClause(words, k, d.from) && ownObject(k, d.from));
    out.push({ k, denial });
  });
  // a verb that appears twice in the other wording is left out there too: only acts told once on each side pair up
  return out;
}
