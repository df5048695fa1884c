import type { DivergenceKind, Severity } from '../../model/index.ts';
import type { ScaleName, ScaleTag } from '../tag/tag.ts';
import { deniedAlike, tagsAt, tagsIn, type Change, type TypeContext, type View } from './change.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { placeOfDropped } from './place-of-dropped.ts';
import { COUNT_RANGES, OCCURRENCE_NOUNS, OCCURRENCE_WORDS } from '../../lexicon/scales.ts';

/** What a move along each scale is: its kind, and how it reads to a reader. */
const SCALES: Readonly<Record<ScaleName, { kind: DivergenceKind; noun: string }>> = {
  quantity: { kind: 'quantifier', noun: 'how many' },
  certainty: { kind: 'hedge', noun: 'how sure' },
  finding: { kind: 'hedge', noun: 'how firmly it was found' },
  causal: { kind: 'meaning', noun: 'what caused what' },
  frequency: { kind: 'quantifier', noun: 'how often' },
  period: { kind: 'quantifier', noun: 'how often' },
  stage: { kind: 'meaning', noun: 'how far along it is' },
};
const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

/** The rank of the finding scale that tells a thing proved or confirmed (`scales.ts`): inside a credit, a way of saying. */
const FINDING_PROOF = 4;

/**
 * Scale words: one wording puts a word of a scale (how many, how sure, how firmly found, how causal, how often, how
 * far along) at another rank than the other, or carries one the other lacks (a hedge dropped or added, "some"
 * dropped so a part reads as the whole, "caused by" where the other only links). "no" / "none" added or dropped
 * turns the statement over: a change of meaning.
 */
export function typeScales(base: View, other: View, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  const shared = superlativeShared(base, other);
  if (shared) out.push(shared);
  const theirScales = tagsIn(base, 'scale');
  const myScales = tagsIn(other, 'scale');
  if (theirScales.length === 0 && myScales.length === 0) return out;
  // a verb of finding inside a credit ("the council confirmed that ...") is a way of saying, not a finding's strength;
  // unless the other wording tells it with a verb of finding too, each short of proof ("tests suggested" / "tests
  // showed"; "confirmed" and "found" are two ways of saying)
  const weighed = (t: ScaleTag): boolean => t.scale === 'finding' && t.rank < FINDING_PROOF;
  const told = (view: View, t: ScaleTag, facing: readonly ScaleTag[]): boolean => t.scale !== 'finding' || !inCredit(view, t) || (weighed(t) && facing.some(weighed));
  for (const scale of SCALE_NAMES) {
    const [theirs, mine] = unshared(
      theirScales.filter((t) => t.scale === scale && told(base, t, myScales)),
      myScales.filter((t) => t.scale === scale && told(other, t, theirScales)));
    if (theirs.length === 0 && mine.length === 0) continue;
    // several words of certainty in a reading (a slot stretched over a rebuilt sentence): each is paired with the one
    // of the other reading that bears on the same verb ("it will ask" / "it may ask", not the "will" of "will not be
    // recovered"); where any pair so, those pairs are the reading's
    const governed = scale === 'certainty' && (theirs.length > 1 || mine.length > 1) ? byVerb(base, theirs, other, mine) : [];
    if (governed.length > 0) {
      for (const [x, y] of governed) {
        if (agree(x, y)) continue;
        out.push({
          kind: SCALES[scale].kind, type: `${scale}-shifted`, severity: 'medium', here: { from: y.from, to: y.to }, there: { from: x.from, to: x.to },
          explain: (h, t, says) => `"${h}" ${more(x, y) ? 'says more' : 'says less'} about ${SCALES[scale].noun} than ${says('say')} with "${t}"`,
          actual: y.word, expected: x.word,
        });
      }
      continue;
    }
    // a plain "will" against no word at all: both state it; against a hedge it is the firmer of the two
    const a = strongest(theirs, scale);
    const b = strongest(mine, scale);
    if ((a?.plain && !b) || (b?.plain && !a)) continue;
    // "can" or "should" alone, with no word of the scale opposite: ability, leave or advice as often as doubt
    if ((a?.facing && !b) || (b?.facing && !a)) continue;
    const { kind, noun } = SCALES[scale];
    if (a && b) {
      if (agree(a, b)) continue;
      // a plain word opposite a hedge the other wording carries elsewhere ("would" / "would [probably]", where the first
      // says "would likely"): the hedge is split across slots, not added or dropped
      if (a.plain && !b.plain && hedgedElsewhere(base, b, other)) continue;
      if (b.plain && !a.plain && hedgedElsewhere(other, a, base)) continue;
      const severity: Severity = scale === 'quantity' && Math.abs(a.rank - b.rank) <= 1 && a.rank > 0 && b.rank > 0 ? 'low' : scale === 'causal' && Math.min(a.rank, b.rank) >= 2 ? 'low' : 'medium';
      // a bare time word ("after") beside a tie ("linked to") is no causal claim on either side; a cause told as a
      // mere link says less, with more caution, and is left to the reader
      if (scale === 'causal' && (Math.max(a.rank, b.rank) < 2 || b.rank < a.rank)) continue;
      const flip = (a.rank === 0) !== (b.rank === 0) && scale === 'quantity';
      out.push({
        kind: flip ? 'meaning' : kind, type: `${scale}-shifted`, severity, here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to },
        explain: scale === 'period'
          ? (h, t, says) => `"${h}" tells it ${more(a, b) ? 'more' : 'less'} often than ${says('do')} with "${t}"`
          : (h, t, says) => `"${h}" ${more(a, b) ? 'says more' : 'says less'} about ${noun} than ${says('say')} with "${t}"`,
        actual: b.word, expected: a.word,
      });
      continue;
    }
    // a word of the scale anywhere else in the other wording, at the same rank, is the same word moved
    // (not a word before a finding the other holds as well: "A preliminary evaluation estimated" / "A preliminary
    // evaluation showed" leaves out "estimated", not moves it)
    if (a && !b && other.v.tags.some((t) => t.kind === 'scale' && t.scale === scale && agree(a, t) && !(t.finding && heldBesides(base, t, a)))) continue;
    if (b && !a && base.v.tags.some((t) => t.kind === 'scale' && t.scale === scale && agree(t, b) && !(t.finding && heldBesides(other, t, b)))) continue;
    // a word on one side only must bear on words both tell ("[may have] contaminated"), not sit in a phrase only one
    // side has ("..., a step that could take a month")
    if (a && !b && !bearsOn(base, a, other)) continue;
    if (b && !a && !bearsOn(other, b, base)) continue;
    // a verb of finding hedges too: "suggested that her interests coincide" is no fact stated where another "believes"
    if (scale === 'certainty' && ((a && !b && findingHedge(other)) || (b && !a && findingHedge(base)))) continue;
    if (a && !b) {
      const dropped = droppedChange(scale, a, base, other);
      if (dropped) out.push({ ...dropped, here: placeOfDropped(base, other, ctx, a.from, a.to), there: { from: a.from, to: a.to }, actual: 'none', expected: a.word });
    }
    if (b && !a) {
      const added = addedChange(scale, b, base, other);
      if (added) out.push({ ...added, here: { from: b.from, to: b.to }, actual: b.word, expected: 'none' });
    }
  }
  return out;
}

// The words of a scale each reading holds, less the words before a finding both hold alike: "A preliminary evaluation
// estimated" / "A preliminary evaluation showed" differ in the rest.
function unshared(theirs: readonly ScaleTag[], mine: readonly ScaleTag[]): [ScaleTag[], ScaleTag[]] {
  const left = [...mine];
  const kept: ScaleTag[] = [];
  for (const t of theirs) {
    const k = t.finding ? left.findIndex((m) => m.word === t.word) : -1;
    if (k >= 0) left.splice(k, 1);
    else kept.push(t);
  }
  return [kept, left];
}

// A wording holds the words of scale word `t` in a tag of its own other than `compared`.
function heldBesides(view: View, t: ScaleTag, compared: ScaleTag): boolean {
  return view.v.tags.some((u) => u.kind === 'scale' && u !== compared && u.word === t.word);
}

// A verb of finding inside a credit of a body or a person ("the council confirmed that ...") is a way of saying; in
// a document's ("the report suggested that ...") it says how firmly the document found it.
// The words right after a causal phrase name as a noun what the other tells as its verb ("capture" / "captured").
export function nominalised(t: ScaleTag, view: View, other: View): boolean {
  // (read in the other's view: a slot's words, or the whole wording)
  const verbs = other.v.tokens.slice(other.from, other.to).filter((w) => w.pos === 'VERB');
  return view.v.tokens.slice(t.to, t.to + 3).some((w) => w.content && /NOUN/.test(w.pos) && verbs.some((x) => sameWord(x, w)));
}

function findingHedge(view: View): boolean {
  return view.v.tags.some((t) => t.kind === 'scale' && t.scale === 'finding' && t.rank <= 2);
}

function inCredit(view: View, t: ScaleTag): boolean {
  return view.v.tags.some((c) => c.kind === 'credit' && c.family !== 'document' && c.from <= t.from && t.to <= c.to);
}

/**
 * The first content word after the scale word (within five), or the one before it, is one the other wording carries;
 * or the words it stands between are: the content word right before it and one of the two after its verb ("moisture
 * [may have entered] the inflators" / "moisture [got into] the inflators": the verb reworded, the statement shared).
 */
export function bearsOn(view: View, t: ScaleTag, other: View): boolean {
  const tokens = view.v.tokens;
  const near = [...range(t.to, Math.min(tokens.length, t.to + 5)), ...range(Math.max(0, t.from - 1), t.from)];
  const word = near.find((k) => tokens[k]!.content);
  if (word !== undefined && carriesWord(other.v.tokens, tokens[word]!)) return true;
  const before = t.from > 0 && tokens[t.from - 1]!.content ? t.from - 1 : undefined;
  const verb = range(t.to, Math.min(tokens.length, t.to + 3)).find((k) => tokens[k]!.pos === 'VERB' && tokens[k]!.content);
  // "could" is as often past ability ("residents could see the smoke" / "saw") as doubt: only its own verb ties it
  if (before === undefined || verb === undefined || t.word === 'could') return false;
  // the two shared words stand in the other wording in the same order, a few words apart: the same statement
  const at = (k: number): number[] => other.v.tokens.flatMap((x, j) => (sameWord(x, tokens[k]!) ? [j] : []));
  const left = at(before);
  const objects = range(verb + 1, Math.min(tokens.length, verb + 4)).filter((k) => tokens[k]!.content).slice(0, 2);
  return objects.some((k) => at(k).some((j) => left.some((i) => j > i && j - i <= 6)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function hedgedElsewhere(view: View, hedge: ScaleTag, other: View): boolean {
  // in the reading itself, besides its first firm word ("would not comment on possible suspects" / "declined to comment
  // on possible"), or right beside it: a hedge further off bears on another statement; one beside it that the other
  // wording also gives ("Preliminary findings are expected" / "Preliminary findings will be published") hedges
  // something both tell alike
  const inside = (t: { from: number; to: number }): boolean => t.from >= view.from && t.to <= view.to;
  const beside = (t: { from: number; to: number }): boolean => (t.to <= view.from && view.from - t.to <= 1) || (t.from >= view.to && t.from - view.to <= 1);
  return view.v.tags.some((t) => t.kind === 'scale' && t.scale === hedge.scale && !t.plain && agree(t, hedge) && (inside(t) || (beside(t) && !heldBesides(other, t, hedge))));
}

// Pairs of scale words, one from each reading, that bear on the same verb: the first content word after each (past
// "not", "be", "have", within three words).
function byVerb(base: View, theirs: readonly ScaleTag[], other: View, mine: readonly ScaleTag[]): [ScaleTag, ScaleTag][] {
  const verb = (view: View, t: ScaleTag): WordToken | undefined => {
    for (let k = t.to; k < Math.min(view.v.tokens.length, t.to + 3); k++) {
      const w = view.v.tokens[k]!;
      if (w.content && !/^(?:be|been|being|have|has|had|not|never)$/i.test(w.text)) return /VERB/.test(w.pos) ? w : undefined;
    }
    return undefined;
  };
  const out: [ScaleTag, ScaleTag][] = [];
  for (const x of theirs) {
    const vx = verb(base, x);
    const y = vx && mine.find((m) => { const vy = verb(other, m); return vy !== undefined && sameWord(vx, vy); });
    if (y && !out.some(([, z]) => z === y)) out.push([x, y]);
  }
  return out;
}

// The word that sets the reading's place on its scale: its first firm word, but a plain "would" or "will" with a
// hedge right after it is as sure as the hedge ("would likely" is "likely"; "would depend on whether it could" is not).
function strongest(tags: readonly ScaleTag[], scale: ScaleName): ScaleTag | undefined {
  const first = tags.find((t) => !t.loose) ?? tags[0];
  if (first?.plain && (scale === 'certainty' || scale === 'finding')) {
    const hedge = tags.find((t) => !t.loose && !t.plain && t.from >= first.to && t.from - first.to <= 1);
    if (hedge) return hedge;
  }
  return first;
}

// `b` is further up its scale than `a` (for words of magnitude, the counts they stand for are larger).
function more(a: ScaleTag, b: ScaleTag): boolean {
  const [ra, rb] = [COUNT_RANGES[a.word], COUNT_RANGES[b.word]];
  return ra && rb ? rb[0] > ra[0] : b.rank > a.rank;
}

// Words of one rank agree; a loose word agrees with its neighbours ("a number of" with "some" and "several").
function agree(a: ScaleTag, b: ScaleTag): boolean {
  // words of magnitude agree when the counts they can stand for overlap ("dozens of" / "scores of"), not otherwise
  // ("hundreds of" / "thousands of")
  const [ra, rb] = [COUNT_RANGES[a.word], COUNT_RANGES[b.word]];
  if (ra && rb) return ra[0] <= rb[1] && rb[0] <= ra[1];
  if (a.rank === b.rank) return true;
  // a hedge against a plain "will" is told less firmly, however mild the hedge ("in line to" / "will")
  if (a.plain || b.plain) return false;
  if ((a.loose || b.loose) && Math.abs(a.rank - b.rank) <= 1) return true;
  // two hedges of one step agree ("may" / "could", "likely" / "probably"); a whole step apart ("possible" /
  // "likely", "may" / "believed") one tells the thing surer than the other
  if (a.scale === 'certainty' && Math.abs(a.rank - b.rank) < 1) return true;
  return false;
}

type Partial = Omit<Change, 'here' | 'there' | 'actual' | 'expected'> & { here?: Change['here']; there?: Change['there'] };

// A scale word the other wording carries and this one lacks.
function droppedChange(scale: ScaleName, a: ScaleTag, base: View, other: View): (Partial & { here: Change['here'] }) | null {
  const here = { from: other.from, to: other.from };
  if (scale === 'quantity') {
    if (a.rank === 0) return deniedAlike(base.v, a, other.v) ? null : { kind: 'meaning', type: 'negation-dropped', severity: 'high', here, explain: (h, t, says) => `affirms what ${says('deny')} with "${t}"` };
    // restricting words: "some advisers" told as "advisers"; "all" dropped tells nothing new; a figure in its place
    // ("Seven workers" for "Several workers") tells more, not less
    if (a.rank >= 6 || a.loose || tagsAt(other, 'num').length > 0) return null;
    return { kind: 'quantifier', type: 'quantifier-dropped', severity: 'medium', here, explain: (h, t, says) => `leaves out "${t}", which ${says('say')}: a part reads as the whole` };
  }
  if (scale === 'certainty') return { ...certaintyDropped(a, base), here };
  if (scale === 'frequency') return { kind: 'quantifier', type: 'frequency-dropped', severity: 'low', here, explain: (h, t, says) => `leaves out "${t}", which ${says('say')}` };
  if (scale === 'causal' && a.rank >= 2) return { kind: 'meaning', type: 'cause-dropped', severity: 'low', here, explain: (h, t, says) => `does not say what ${says('say')} caused it ("${t}")` };
  return null;
}

// A superlative told of one thing in one wording and shared out in the other ("the largest fine" / "one of the largest
// fines", "among the most trafficked"): how many things it is said of, a quantifier (in a quotation, the quotation
// check's: its words changed).
function superlativeShared(base: View, other: View): Change | null {
  // (a superlative after both readings, a word or two to read, settles most pairs before their words are compared)
  if (!superlativeAt(base) || !superlativeAt(other)) return null;
  // (the words each reading holds that the other does not, by place: "is one of the" / "is the")
  const words = (view: View): string[] => view.v.tokens.slice(view.from, view.to).map((t) => t.text.toLowerCase());
  const own = (view: View, not: View): number[] => {
    const theirs = new Set(words(not));
    return words(view).flatMap((w, i) => (w !== 'the' && !theirs.has(w) ? [view.from + i] : []));
  };
  const [mineOwn, theirOwn] = [own(other, base), own(base, other)];
  const sharing = (view: View, at: readonly number[]): boolean => /^(?:one of|among)$/.test(at.map((k) => view.v.tokens[k]!.text.toLowerCase()).join(' '));
  const mine = sharing(other, mineOwn) && theirOwn.length === 0;
  if (!mine && !(sharing(base, theirOwn) && mineOwn.length === 0)) return null;
  // (words inside a quotation are the quotation check's)
  const quoted = (view: View): boolean => tagsAt(view, 'quote').some((q) => q.from <= view.to && view.to < q.to);
  if (quoted(base) || quoted(other)) return null;
  // (each side points at its own words, or at the superlative where it has none)
  const at = (view: View, at: readonly number[]): { from: number; to: number } => {
    if (at.length > 0) return { from: at[0]!, to: at[at.length - 1]! + 1 };
    const s = /^the$/i.test(view.v.tokens[view.to]?.text ?? '') ? view.to + 1 : view.to;
    return { from: s, to: s + 1 };
  };
  return {
    kind: 'quantifier', type: mine ? 'superlative-shared' : 'superlative-alone', severity: 'medium', here: at(other, mineOwn), there: at(base, theirOwn),
    explain: (h, t, says) => (mine ? `"${h}" shares out what ${says('tell')} of one alone` : `tells of one alone what ${says('share')} out ("${t}")`),
  };
}

// The words after a reading open a superlative ("the largest", "most heavily", "the worst").
function superlativeAt(view: View): boolean {
  const tokens = view.v.tokens;
  let k = view.to;
  if (/^the$/i.test(tokens[k]?.text ?? '')) k++;
  const t = tokens[k];
  if (!t) return false;
  const w = t.text.toLowerCase();
  return (t.pos === 'ADJ' && /est$/.test(w) && t.lemma.toLowerCase() !== w) || /^(?:best|worst)$/.test(w) || (/^(?:most|least)$/.test(w) && /^(?:ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? ''));
}

// The words at a point of a wording open a plural noun with no determiner before it, the noun the other wording's
// quantity word counts ("[major chocolate makers]" / "every major chocolate maker"); the wording's first word, which
// the tagger may take for a name when it opens a sentence capitalised ("Beaches on the coast"), is read as a noun.
function barePlural(view: View, other: View, word: ScaleTag): boolean {
  const tokens = view.v.tokens;
  const before = tokens[view.from - 1];
  if (before && (/^(?:DET|PRON|NUM)$/.test(before.pos) || /['’]s$/i.test(before.text))) return false;
  const noun = (t: WordToken | undefined, k: number): boolean => t !== undefined && (t.pos === 'NOUN' || (t.pos === 'PROPN' && k === 0 && tokens.length > 1));
  let k = view.from;
  while (k < tokens.length && tokens[k]!.pos === 'ADJ') k++;
  while (k + 1 < tokens.length && noun(tokens[k], k) && noun(tokens[k + 1], k + 1)) k++;
  const head = tokens[k];
  if (!noun(head, k) || !/s$/i.test(head!.text) || head!.norm === head!.stem) return false;
  // (the other wording counts the same noun, in the singular or plural, within a few words of its quantity word)
  return other.v.tokens.slice(word.to, word.to + 4).some((t) => t.pos === 'NOUN' && t.stem === head!.stem);
}

/**
 * The hedge's word stands in the other wording in another form, off the scale: "estimates that" where the other gives
 * "an estimated 1,250 hectares" tells the same estimate, not doubt cast on a fact.
 */
export function sameFamily(view: View, t: ScaleTag, other: View): boolean {
  const stem = view.v.tokens[t.from]!.stem;
  return stem.length >= 5 && other.v.tokens.some((w) => w.stem === stem);
}

// A scale word this wording carries and the other lacks.
function addedChange(scale: ScaleName, b: ScaleTag, base: View, other: View): (Partial & { there: Change['there'] }) | null {
  const there = { from: base.from, to: base.from };
  if (scale === 'quantity') {
    if (b.rank === 0) return deniedAlike(other.v, b, base.v) ? null : { kind: 'meaning', type: 'negation-added', severity: 'high', there, explain: (h, t, says) => `"${h}" denies what ${says('affirm')}` };
    // "all four satellites" where the other counts "the four satellites": the figure is the whole already (not where
    // the other tells a part of it, "four of the six gates")
    const figure = other.v.tags.find((t) => t.kind === 'num' && (t.from === b.to || (t.from === b.to + 1 && /^the$/i.test(other.v.tokens[b.to]?.text ?? ''))));
    const counted = figure?.kind === 'num' && base.v.tags.some((t) => t.kind === 'num' && t.value === figure.value && !partitive(base, t.from));
    // (set before words the other wording also carries, it widens a plural told with no determiner: "damaged
    // courtrooms" / "damaged every courtroom"; "the courtrooms" is the whole already)
    if (b.rank >= 6 && !b.loose && (base.to > base.from || barePlural(base, other, b)) && !counted) return { kind: 'quantifier', type: 'whole-for-part', severity: 'medium', there, explain: (h, t, says) => `"${h}" widens what ${says('say')} to the whole` };
    return null;
  }
  if (scale === 'certainty') return sameFamily(other, b, base) ? null : { kind: 'hedge', type: 'hedge-added', severity: 'medium', there, explain: (h, t, says) => `"${h}" casts doubt where ${says('state')} it as fact` };
  // "repeatedly" where the other counts the times ("three times", "twice"): a count told as often
  const count = scale === 'frequency' && b.rank >= 3 ? timesCounted(base) : null;
  if (count) return { kind: 'quantifier', type: 'count-as-frequency', severity: 'medium', there: count, explain: (h, t, says) => `"${h}" where ${says('count')} the times, "${t}"` };
  if (scale === 'frequency' && (b.rank >= 4 || b.rank <= 1)) return { kind: 'quantifier', type: 'frequency-added', severity: 'low', there, explain: (h, t, says) => `adds "${h}", which ${says('do')} not say` };
  // a cause asserted where the other sets the facts side by side ("caused the largest drops" / "also recorded the
  // largest drops"); an outcome told by another verb ("led to the mayor's resignation" / "the mayor resigned") is no cause
  if (scale === 'causal' && b.rank >= 3 && base.to > base.from && !nominalised(b, other, base)) {
    return { kind: 'meaning', type: 'cause-asserted', severity: 'medium', there, explain: (h, t, says) => `"${h}" asserts a cause where ${says('only set')} the facts side by side` };
  }
  return null;
}

// Where a wording counts how many times a thing happened ("twice", "three times", "on four occasions"; not "twice as
// many", a multiple): the count's words.
function timesCounted(view: View): { from: number; to: number } | null {
  const tokens = view.v.tokens;
  const k = tokens.findIndex((t, i) => OCCURRENCE_WORDS.has(t.norm) && !/^as$/i.test(tokens[i + 1]?.text ?? ''));
  if (k >= 0) return { from: k, to: k + 1 };
  const n = view.v.tags.find((t) => t.kind === 'num' && t.counted !== undefined && OCCURRENCE_NOUNS.has(t.counted) && !/^as$/i.test(tokens[t.to]?.text ?? ''));
  if (!n) return null;
  // (the noun counted, "times", with its figure)
  return { from: n.from, to: OCCURRENCE_NOUNS.has(tokens[n.to]?.norm ?? '') ? n.to + 1 : n.to };
}

// The figure at word `k` follows "of" or "of the": the whole a part is counted from ("four of the six").
function partitive(view: View, k: number): boolean {
  const tokens = view.v.tokens;
  const before = /^the$/i.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  return /^of$/i.test(tokens[before]?.text ?? '');
}

/**
 * A word of doubt the base has and the other wording lacks: a hedge dropped; or, for a party's charge made as a verb
 * ("accused the government of issuing the alert too late" told as "the government issued it too late"), the charge
 * stated as fact without whoever made it.
 */
export function certaintyDropped(a: ScaleTag, base: View): Pick<Change, 'kind' | 'type' | 'severity' | 'explain'> {
  if (a.charge && base.v.tokens[a.from]!.pos === 'VERB') {
    return { kind: 'attribution', type: 'charge-stated-as-fact', severity: 'high', explain: (h, t, says) => `states as fact what ${says('give')} as a charge ("${t}"), without who makes it` };
  }
  return { kind: 'hedge', type: 'hedge-dropped', severity: 'medium', explain: (h, t, says) => `states as fact what ${says('hedge')} with "${t}"` };
}
