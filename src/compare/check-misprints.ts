import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { passageRow, spanOf } from '../model/index.ts';
import type { Filed } from './finding.ts';
import { between, sentenceStems, type TaggedArticle } from './tag/tagged-article.ts';
import type { WordToken } from '../text/word-tokens.ts';
import type { NumTag, ScaleTag } from './tag/tag.ts';
import { agrees, comparable, digitApart, misprint, slipWords } from './typers/type-figures.ts';
import { CREDIT_CUES } from '../lexicon/credits.ts';
import { COUNT_RANGES } from '../lexicon/scales.ts';
import { PERIOD_NOUNS } from '../lexicon/figure-modifiers.ts';

/**
 * Figures read across whole articles against the source: a figure an outlet gives that the source gives nowhere,
 * where the source gives, nowhere in the outlet, the one figure of the same kind it reads as a slip of (digits
 * transposed, or a scale slipped by a power of ten: `misprint`; else a keystroke off, one digit changed, added or
 * dropped, where the two figures measure the same thing: `digitApart` and `sameFrame`). A rewrite that retold the
 * sentence past what the aligner pairs, or moved the figure to another claim, still changed the figure. Judged only
 * against a source.
 */
export function checkMisprints(tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed, claims: readonly Claim[], unique: readonly Span[]): Filed[] {
  const source = baseline.article === null ? null : tagged.get(baseline.article);
  if (!source) return [];
  const theirs = figures(source);
  const out: Filed[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    const mine = figures(here);
    for (const b of mine) {
      if (theirs.some((a) => agrees(a, b))) continue;
      const untold = (a: NumTag): boolean => !mine.some((x) => agrees(a, x));
      const slips = theirs.filter((a) => a.per === b.per && slipped(a, b) && untold(a));
      // else the figure the source gives for the same thing, in the same words around it: a keystroke apart, or any
      // other count of a thing both name in the same two words or more, which each article counts only there
      const phrase = countedPhrase(here, b);
      const once = (t: TaggedArticle, x: readonly NumTag[]): boolean => x.filter((y) => countedPhrase(t, y) === phrase).length === 1;
      const named = (a: NumTag): boolean => phrase !== null && countedPhrase(source, a) === phrase && once(source, theirs) && once(here, mine);
      const framed = slips.length > 0 ? slips : theirs.filter((a) => (digitApart(a, b) || named(a)) && sameFrame(source, a, here, b) && untold(a));
      // one figure of the source, however often it gives it
      if (framed.length === 0 || framed.some((a) => a.value !== framed[0]!.value || a.unit !== framed[0]!.unit)) continue;
      const a = framed[0]!;
      const word = here.words[b.at]!;
      const row = rowOf(here.article.id, word.start, claims, unique);
      if (row === null) continue;
      const theirWord = source.words[a.at]!;
      const how = slips.length > 0 ? slipWords(a, b) : digitApart(a, b) ? 'a digit changed, added or dropped' : 'another count of the same thing';
      out.push({
        row,
        finding: {
          rule: slips.length > 0 ? 'figure-misprinted' : 'figure-reframed', kind: 'number', severity: 'high', basis: 'source',
          span: spanOf(here.article.id, here.article.text, word.start, word.end),
          versus: [spanOf(source.article.id, source.article.text, theirWord.start, theirWord.end)],
          message: `"${word.text}" where ${baseline.label ?? 'the source'} says "${theirWord.text}": ${how}`,
          actual: String(b.value), expected: String(a.value),
        },
      });
    }
  }
  return out;
}

/**
 * A word of magnitude an outlet counts a thing with ("dozens of bus routes") where the source counts the same thing
 * (a noun counted in common) only with figures below what the word stands for ("14 bus routes": `COUNT_RANGES`),
 * wherever either article tells it: a count inflated. (A figure above it may be the whole the outlet's word counts a
 * part of: "hundreds of schools" / "the country's 15,400 schools".) Left out: a thing the source also counts
 * with a word of magnitude, and words inside quotations.
 * Judged only against a source.
 */
export function checkMagnitudes(tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed, claims: readonly Claim[], unique: readonly Span[]): Filed[] {
  const source = baseline.article === null ? null : tagged.get(baseline.article);
  if (!source) return [];
  const theirs = figures(source).filter((a) => a.dimension === 'count').map((a) => ({ a, head: countedAfter(source, a.to) }));
  const vague = new Set(magnitudes(source).map((m) => m.head.stem));
  const out: Filed[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    for (const m of magnitudes(here)) {
      const counts = theirs.filter((x) => x.head?.stem === m.head.stem);
      const range = COUNT_RANGES[m.tag.word]!;
      if (counts.length === 0 || vague.has(m.head.stem) || counts.some((x) => x.a.value >= range[0])) continue;
      const first = here.words[m.tag.from]!;
      const row = rowOf(here.article.id, first.start, claims, unique);
      if (row === null) continue;
      const { a, head } = counts[0]!;
      const theirFirst = source.words[a.from]!;
      const told = here.article.text.slice(first.start, m.head.end);
      const counted = source.article.text.slice(theirFirst.start, head!.end);
      out.push({
        row,
        finding: {
          rule: 'magnitude-unfounded', kind: 'quantifier', severity: 'medium', basis: 'source',
          span: spanOf(here.article.id, here.article.text, first.start, m.head.end),
          versus: [spanOf(source.article.id, source.article.text, theirFirst.start, head!.end)],
          message: `"${told}" where ${baseline.label ?? 'the source'} counts "${counted}"`,
          actual: m.tag.word, expected: String(a.value),
        },
      });
    }
  }
  return out;
}

/** Words between a word of magnitude or a figure and the noun it counts ("dozens [more] patients", "14 [bus] routes"). */
const COUNTED_WORDS = 3;

// The noun a word of magnitude or a figure counts: the last noun of the run of nouns in the few words after it ("bus
// routes", "other patients"), in its sentence, before any punctuation or verb.
function countedAfter(t: TaggedArticle, from: number): WordToken | undefined {
  let head: WordToken | undefined;
  for (let k = from; k < t.words.length && k < from + COUNTED_WORDS + 1 && t.sentenceOf[k] === t.sentenceOf[from - 1]; k++) {
    const w = t.words[k]!;
    if (k > from && /[,.;:()—–]/.test(between(t, k - 1, k))) break;
    if (w.pos === 'NOUN') head = w;
    else if (head || (!/^(?:ADJ|ADV|ADP)$/.test(w.pos) && !/^(?:more|other)$/i.test(w.text))) break;
  }
  return head;
}

// The words of magnitude of an article outside quotations ("dozens of", "hundreds of"), each with the noun it counts.
function magnitudes(t: TaggedArticle): { tag: ScaleTag; head: WordToken }[] {
  const quotes = t.tags.filter((q) => q.kind === 'quote');
  const out: { tag: ScaleTag; head: WordToken }[] = [];
  for (const tag of t.tags) {
    if (tag.kind !== 'scale' || COUNT_RANGES[tag.word] === undefined || quotes.some((q) => q.from <= tag.from && tag.from < q.to)) continue;
    const head = countedAfter(t, tag.to);
    if (!head) continue;
    // ("tens of millions of games a day": a rate, not a count of the things the source counts)
    const at = t.words.indexOf(head);
    const rate = /^(?:a|an|per|each|every)$/i.test(t.words[at + 1]?.text ?? '') && PERIOD_NOUNS[t.words[at + 2]?.text.toLowerCase() ?? ''] !== undefined;
    if (!rate) out.push({ tag, head });
  }
  return out;
}

// Across two whole articles a scale slip needs more to go on than in one claim's two wordings: figures of a hundred
// or more, at most a thousand times apart, counting the same thing when both say what they count ("300 residents" and
// "3,000 schools" are two facts). Transposed digits are rare enough by chance.
function slipped(a: NumTag, b: NumTag): boolean {
  const how = misprint(a, b);
  if (how !== 'scale') return how === 'transposed';
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  return Math.min(a.value, b.value) >= 100 && ratio <= 1000 && (a.counted === undefined || b.counted === undefined || a.counted === b.counted) && a.unit === b.unit;
}

/** Content words around a figure that say what it measures, at most this many words away in its sentence. */
const FRAME = 4;
/** Words the frames of two figures must share, beside what they count. */
const FRAME_SHARED = 1;

/**
 * Two figures measure the same thing: the same kind of measure over the same period, counting the same noun or
 * in units of one measure, and the words around them (within `FRAME`, in their sentences) share `FRAME_SHARED`
 * content words or more beside the counted noun ("spent about 18 minutes inside the building" / "inside the building
 * for about eight minutes"). A bare figure, counting nothing it names, measures nothing to set against another.
 */
function sameFrame(source: TaggedArticle, a: NumTag, here: TaggedArticle, b: NumTag): boolean {
  if (!comparable(a, b) || a.per !== b.per || a.counted !== b.counted) return false;
  if (b.counted === undefined && b.unit === undefined && !/^(money:|percent|points)/.test(b.dimension)) return false;
  const around = frameOf(here, b);
  let shared = 0;
  for (const stem of frameOf(source, a)) if (around.has(stem)) shared++;
  if (shared < FRAME_SHARED) return false;
  // the two sentences tell one fact: most content words of the shorter are the other's
  const x = sentenceStems(source, a.at, (w) => /\d/.test(w.text));
  const y = sentenceStems(here, b.at, (w) => /\d/.test(w.text));
  let common = 0;
  for (const stem of x) if (y.has(stem)) common++;
  return common >= SENTENCE_SHARED * Math.min(x.size, y.size);
}

const SENTENCE_SHARED = 0.5;

// The stems of the content words within FRAME of a figure in its sentence, its counted noun, other figures and
// verbs of saying left out.
function frameOf(t: TaggedArticle, x: NumTag): Set<string> {
  const out = new Set<string>();
  const sentence = t.sentenceOf[x.at];
  for (let k = Math.max(0, x.at - FRAME); k <= Math.min(t.words.length - 1, x.at + FRAME); k++) {
    const w = t.words[k]!;
    if (k === x.at || t.sentenceOf[k] !== sentence || !w.content || w.pos === 'NUM' || /\d/.test(w.text) || w.stem === x.counted || CREDIT_CUES.has(w.norm) || CREDIT_CUES.has(w.lemma)) continue;
    out.add(w.stem);
  }
  return out;
}

/**
 * What a count counts when the figure names it in two content words or more, nouns and adjectives ending on a noun,
 * before any other word ("nine [mobile testing units]", "two [site engineers]"), as the stems of its
 * last two ("three more mobile testing units" counts the same thing again); else null (a thing named in one word, "14
 * launches", may be counted again of another thing).
 */
function countedPhrase(t: TaggedArticle, x: NumTag): string | null {
  if (x.dimension !== 'count' || x.counted === undefined || x.bound !== undefined) return null;
  const stems: string[] = [];
  let last = '';
  for (let k = x.at + 1; k < t.words.length && t.sentenceOf[k] === t.sentenceOf[x.at] && !/[,.;:()—–]/.test(between(t, k - 1, k)); k++) {
    const w = t.words[k]!;
    // ("three more distribution points", "two other engineers": the same thing counted again)
    if (stems.length === 0 && /^(?:more|other|further|additional)$/i.test(w.text)) continue;
    if (!/^(?:NOUN|PROPN|ADJ)$/.test(w.pos) || !w.content) break;
    stems.push(w.stem);
    last = w.pos;
  }
  return stems.length >= 2 && last !== 'ADJ' ? stems.slice(-2).join(' ') : null;
}

// "ten times the figure", "a thousandth of the figure".

// The amounts an article gives: not ranks, restatements in another unit, or figures cut out of their wording.
function figures(t: TaggedArticle): NumTag[] {
  return t.tags.filter((x): x is NumTag => x.kind === 'num' && !x.ordinal && !x.conversion && !x.outside && x.value > 0);
}

// The claim whose wording in this article holds a position, else the outlet-only passage that does.
export function rowOf(article: string, at: number, claims: readonly Claim[], unique: readonly Span[]): string | null {
  const claim = claims.find((c) => c.support.some((s) => s.article === article && s.start <= at && at < s.end));
  if (claim) return claim.id;
  const passage = unique.find((u) => u.article === article && u.start <= at && at < u.end);
  return passage ? passageRow(passage) : null;
}
