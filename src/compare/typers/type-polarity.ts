import { NEGATING_PREFIXES, NEGATORS } from '../../lexicon/polarity.ts';
import { valenceOf } from '../../lexicon/valence.ts';
import { orderOpposed, relational, wordNetAntonyms } from '../../lexicon/antonyms.ts';
import { CREDIT_CUES } from '../../lexicon/credits.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { PolarityTag } from '../tag/tag.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import { contentOf, tagsIn, wordDenied, type Change, type View } from './change.ts';

const NEGATOR_WORDS: ReadonlySet<string> = new Set(NEGATORS.flatMap((n) => n.split(' ')));
const QUANTITY_NEGATORS = new Set(['no', 'none', 'nobody', 'nothing', 'no one', 'neither', 'not a single', 'not any']);
/** A denial turned around shows in near-identical wording; looser pairs are paraphrase. */
const CLOSE = 0.5;

/**
 * Polarity: one wording denies what the other affirms over the same words: a negator or a verb of denial on one
 * side only ("not", "never", "failed to", "denied"), where the other side denies nothing anywhere and carries the
 * words the denial bears on; or a word and its antonym by prefix ("affected" / "unaffected"). Negating quantity
 * words ("no deaths") are the scale typer's.
 */
export function typePolarity(base: View, other: View, ctx: { overlap?: (a: number, b: number) => number }): Change[] {
  const theirs = denials(base);
  const mine = denials(other);
  if ((ctx.overlap?.(base.v.index, other.v.index) ?? 1) < CLOSE) return [];
  if (mine.length > 0 && theirs.length === 0 && !deniesAnything(base) && bearsOn(other, mine[0]!, base) && !headBeside(other, mine[0]!, base)) {
    const b = mine[0]!;
    return [{
      kind: 'meaning', type: 'denial-added', severity: 'high', here: { from: b.from, to: b.to }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => `"${h}" denies what ${says('affirm')}`, actual: b.word, expected: 'affirmed',
    }];
  }
  if (theirs.length > 0 && mine.length === 0 && !deniesAnything(other) && bearsOn(base, theirs[0]!, other) && !headBeside(base, theirs[0]!, other)) {
    const a = theirs[0]!;
    return [{
      kind: 'meaning', type: 'denial-dropped', severity: 'high', here: { from: other.from, to: other.to }, there: { from: a.from, to: a.to },
      explain: (h, t, says) => `affirms what ${says('deny')} with "${t}"`, actual: 'affirmed', expected: a.word,
    }];
  }
  // both deny something: a denial of a denial affirms ("have not ruled out that ..." / "found no evidence that ..."), so
  // the chains of denials standing before the same words are read for their parity
  const a = chainBefore(base, theirs);
  const b = chainBefore(other, mine);
  if (a && b && a.odd !== b.odd && sameWord(base.v.tokens[a.anchor]!, other.v.tokens[b.anchor]!)) {
    return [{
      kind: 'meaning', type: b.odd ? 'denial-added' : 'denial-dropped', severity: 'high', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to },
      explain: (h, t, says) => (b.odd ? `"${h}" denies what ${says('leave')} open with "${t}"` : `"${h}" leaves open what ${says('deny')} with "${t}"`),
      actual: b.odd ? 'denied' : 'affirmed', expected: a.odd ? 'denied' : 'affirmed',
    }];
  }
  // a word standing alone against a word counts whatever its class: a direction turned ("up 9%" / "down 9%")
  const single = other.to - other.from === 1 && base.to - base.from === 1;
  const mineContent = single ? [other.from] : contentOf(other);
  const theirContent = single ? [base.from] : contentOf(base);
  // words standing opposite each other in a short reading, WordNet's antonyms ("passed" / "failed") or leaning
  // opposite ways ("praised" / "raised doubts", "largely peaceful" / "turned violent"): the one says the opposite
  const short = mineContent.length <= VALENCE_READING && theirContent.length <= VALENCE_READING;
  for (const k of mineContent) {
    const w = other.v.tokens[k]!;
    for (const j of theirContent) {
      const x = base.v.tokens[j]!;
      // "not accurate" is "inaccurate": the plain word denied says what its antonym says
      const opposite = antonyms(w.norm, x.norm) || (short && opposedUnused(w, other, x, base));
      if (opposite && !deniedAt(other, k) && !deniedAt(base, j)) {
        return [{ kind: 'meaning', type: 'antonym', severity: 'high', here: { from: k, to: k + 1 }, there: { from: j, to: j + 1 }, explain: (h, t, says) => `"${h}" says the opposite of "${t}", which ${says('say')}` }];
      }
    }
  }
  // in a short reading, words of order swapped ("after the gate was opened" / "before the gate was opened"): function
  // words, read whatever their class, and not against their use elsewhere in the articles; a relative ("by Wednesday,
  // after which they will inspect" / "by Wednesday before inspecting") turns the order round itself
  const relative = (view: View, k: number): boolean => /^(?:which|whom|that)$/i.test(view.v.tokens[k + 1]?.text ?? '');
  if (short) {
    for (let k = other.from; k < other.to; k++) {
      for (let j = base.from; j < base.to; j++) {
        if (orderOpposed(other.v.tokens[k]!.norm, base.v.tokens[j]!.norm) && !deniedAt(other, k) && !deniedAt(base, j) && !relative(other, k) && !relative(base, j)) {
          return [{ kind: 'meaning', type: 'order-reversed', severity: 'high', here: { from: k, to: k + 1 }, there: { from: j, to: j + 1 }, explain: (h, t, says) => `"${h}" sets the order the other way from "${t}", which ${says('say')}` }];
        }
      }
    }
  }
  return [];
}

// Word `w` of `other` and word `x` of `base` stand opposed, WordNet's antonyms or leaning opposite ways, and neither
// wording's side uses the other's word (a plain pair of WordNet antonyms stands down only where this wording uses the
// other word; any other pair, where either article does).
function opposedUnused(w: WordToken, other: View, x: WordToken, base: View): boolean {
  const wordNet = opposedInWordNet(w, x);
  if (!wordNet && !leansAgainst(w, x)) return false;
  return wordNet && plainPair(w, x)
    ? !usedIn(other.v.tokens, x) && !usedIn(base.v.tokens, w)
    : !other.v.tagged.stems.has(x.stem) && !base.v.tagged.stems.has(w.stem);
}

function denials(view: View): PolarityTag[] {
  return tagsIn(view, 'polarity').filter((t) => !QUANTITY_NEGATORS.has(t.word));
}

// Any denial anywhere in the wording ("none was found" answers "no weapon was found"; "VAT-free" answers "free of VAT").
function deniesAnything(view: View): boolean {
  const tokens = view.v.tokens;
  return view.v.tags.some((t) => t.kind === 'polarity') || tokens.some((t, k) => /^(un|non)[a-z]{5,}/i.test(t.text)
    || (k > 0 && /^free$/i.test(t.text) && /^[-‐‑]$/.test(view.v.article.text.slice(tokens[k - 1]!.end, t.start))));
}

// The denial bears on words the other wording carries: the first content word after it (within five) is there too.
function bearsOn(view: View, tag: PolarityTag, other: View): boolean {
  for (let k = tag.to; k < view.v.tokens.length && k <= tag.to + 5; k++) {
    const t = view.v.tokens[k]!;
    if (t.content && /VERB|NOUN|ADJ|PROPN|NUM|AUX/.test(t.pos)) return carriesWord(other.v.tokens, t);
  }
  return false;
}

// A phrase of denial closed by "of" whose word before "of" denies by itself ("short", "free", "lack"), which the other
// wording carries beside the words the phrase bears on: the denial told another way ("short of eight midwives" /
// "eight midwives short"). Not a phrase that denies by its other words ("decided against", "no sign of").
function headBeside(view: View, tag: PolarityTag, other: View): boolean {
  const k = wordDenied(view.v, tag);
  const words = tag.word.split(' ');
  if (tag.type !== 'lexical' || words.length < 2 || words[words.length - 1] !== 'of' || words.some((w) => NEGATOR_WORDS.has(w)) || k === undefined) return false;
  const head = view.v.tokens[tag.to - 2]!;
  const { tokens } = other.v;
  const near = (j: number): boolean => tokens.slice(Math.max(0, j - BESIDE), j + BESIDE + 1).some((t) => sameWord(t, head));
  return tokens.some((t, j) => sameWord(t, view.v.tokens[k]!) && near(j));
}

/** Words between a phrase's head and the words it bears on, either side, told another way. */
const BESIDE = 3;

/**
 * The last chain of denials in a reading (each within two words of the next: "did not fail to", "have not ruled out"),
 * whether it denies (an odd count) or affirms, and the first content word it bears on (within five after it).
 */
function chainBefore(view: View, tags: readonly PolarityTag[]): { from: number; to: number; odd: boolean; anchor: number } | undefined {
  const last = tags[tags.length - 1];
  if (!last) return undefined;
  let first = tags.length - 1;
  while (first > 0 && tags[first]!.from - tags[first - 1]!.to <= 2) first--;
  for (let k = last.to; k < view.v.tokens.length && k <= last.to + 5; k++) {
    const t = view.v.tokens[k]!;
    if (t.content && /VERB|NOUN|ADJ|PROPN|NUM|AUX/.test(t.pos)) return { from: tags[first]!.from, to: last.to, odd: (tags.length - first) % 2 === 1, anchor: k };
  }
  return undefined;
}

// A denial stands just before the word ("not accurate", "never safe").
function deniedAt(view: View, k: number): boolean {
  return view.v.tags.some((t) => t.kind === 'polarity' && t.to <= k && k - t.to <= 2);
}

// A reading short enough that its words stand for the other's: a substitution, not a clause against a clause.
const VALENCE_READING = 3;

// Two words lean opposite ways in the valence list, one of them strongly; a verb of saying ("warned", "welcomed")
// tells how a party spoke, not what happened.
function leansAgainst(a: WordToken, b: WordToken): boolean {
  if (CREDIT_CUES.has(a.text.toLowerCase()) || CREDIT_CUES.has(b.text.toLowerCase())) return false;
  const x = valenceOf(a.norm, a.lemma);
  const y = valenceOf(b.norm, b.lemma);
  return x * y < 0 && Math.max(Math.abs(x), Math.abs(y)) >= 2;
}

// Antonyms of one class that stand alone ("rose" / "fell", "surplus" / "deficit"): the one wording says the other's
// opposite even where its article uses the other word elsewhere (of another thing), so long as this wording does not.
// Not where the pair relates two things ("first" / "last", "larger" / "smaller"), nor across classes ("lived" / "dead").
function plainPair(a: WordToken, b: WordToken): boolean {
  return a.pos === b.pos && !relational(a) && !relational(b);
}

const usedIn = (tokens: readonly WordToken[], word: WordToken): boolean => tokens.some((t) => t.stem === word.stem);

// Two words WordNet gives as each other's antonyms, read as written or as their lemmas ("rose" / "fell", "accepted" /
// "rejected", "open" / "closed").
function opposedInWordNet(a: WordToken, b: WordToken): boolean {
  for (const x of [a.norm, a.lemma]) for (const y of [b.norm, b.lemma]) if (x !== y && wordNetAntonyms(x, y)) return true;
  return false;
}

function antonyms(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 5 || !long.endsWith(short)) return false;
  const prefix = long.slice(0, long.length - short.length);
  return NEGATING_PREFIXES.some((p) => prefix === p || prefix === `${p}-`);
}
