import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import type { Finding } from '../finding.ts';
import { contentOf, type Change, type TypeContext, type View } from '../typers/change.ts';
import { figureKeys, movedTag } from '../typers/type-phrases.ts';
import { agrees } from '../typers/type-figures.ts';
import type { NumTag } from '../tag/tag.ts';
import { placeOfDropped } from '../typers/place-of-dropped.ts';
import { carriesWord } from '../same-word.ts';
import { oncePer } from '../once-per.ts';
import { checkWholeWordings } from './check-slots.ts';
import { CREDIT_CUES as CUES } from '../../lexicon/credits.ts';
import { RELATIVE_PRONOUNS } from '../../lexicon/clause-openers.ts';
import { UNNAMED } from '../credits-of.ts';

/** Local words `[from, to)` of a wording set off from the rest of its sentence; `trailing` when it runs to the sentence's end. */
interface Aside {
  readonly from: number;
  readonly to: number;
  readonly trailing: boolean;
}

// An aside is a few words hung on the sentence (an appositive, a relative clause, a participle closing it), not a
// second sentence joined on.
const MIN_CONTENT = 2;
const MAX_WORDS = 16;
/** Above this share of its content words found in the other wording, an aside is the same material told another way. */
const TOLD_SHARE = 0.3;
const OPENS = /[,—–(]\s*$/;
const CLOSES = /^\s*[,—–);]/;
// A conjunction opening an aside makes it a further statement ("..., and drew delegates from 40 countries").
const COORDINATOR = /^(?:and|or|but|while|whereas|so|yet|nor|then)$/i;

/**
 * Asides: a stretch set off by commas, dashes or brackets inside a sentence the wordings share ("Forty-seven miners,
 * [most of them contract workers], were working ...", "..., [wiping 900 million crowns off its value].") that one
 * wording carries and the other does not tell at all. The words around it are shared, so it is a detail added to or
 * dropped from the same sentence, however long: the slots see only a stretch of unmatched words, often beside other
 * rewording, and leave it untyped. Credits, quotations and dates set off this way are their own checks' business.
 */
export function checkAsides(col: Collation): Finding[] {
  return checkWholeWordings(col, compareAsides);
}

function compareAsides(base: View, other: View, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  for (const a of asidesOf(other.v)) {
    const host = hosting(other.v, a, base.v, ctx);
    if (!host || !untold(other.v, a, base.v, host)) continue;
    const there = hostPlace(other.v, a, base.v, ctx);
    out.push({
      kind: 'detail_added', type: 'aside-added', severity: 'low', here: { from: a.from, to: a.to }, there,
      explain: (h, t, says) => `adds "${h}", which ${says('do')} not carry`, expected: 'none',
    });
  }
  for (const a of asidesOf(base.v)) {
    const host = hosting(base.v, a, other.v, ctx);
    if (!host || !untold(base.v, a, other.v, host)) continue;
    // an aside closing the base's sentence is dropped only where the other's sentence closes there too: a wording
    // cut out of a longer sentence does not carry what lies past its cut
    if (a.trailing && !other.v.closesSentence) continue;
    out.push({
      kind: 'detail_dropped', type: 'aside-dropped', severity: 'low', here: placeOfDropped(base, other, ctx, a.from, a.to), there: { from: a.from, to: a.to },
      explain: (h, t, says) => `leaves out "${t}", which ${says('give')}`, actual: 'none',
    });
  }
  return out;
}

/** The asides of a wording: stretches opened by a comma, dash or bracket and closed by another or by the sentence's end. */
const asidesOf = oncePer((v: Variant): readonly Aside[] => readAsides(v));

function readAsides(v: Variant): Aside[] {
  const out: Aside[] = [];
  const n = v.tokens.length;
  // the marks between local words k-1 and k, when they stand side by side in one sentence of the text
  const gap = (k: number): string | null => (k > 0 && k < n && v.at[k] === v.at[k - 1]! + 1 && v.tagged.sentenceOf[v.at[k]!] === v.tagged.sentenceOf[v.at[k - 1]!]
    ? v.article.text.slice(v.tokens[k - 1]!.end, v.tokens[k]!.start) : null);
  for (let k = 1; k < n; k++) {
    if (!OPENS.test(gap(k) ?? '')) continue;
    let end = k + 1;
    while (end < n && gap(end) !== null && !CLOSES.test(gap(end)!)) end++;
    const trailing = end === n && v.closesSentence;
    if (end < n && gap(end) === null) continue;
    if (end === n && !trailing) continue;
    if (end - k > MAX_WORDS || COORDINATOR.test(v.tokens[k]!.text)) continue;
    if (!v.tokens.slice(0, k).some((t) => t.content)) continue;
    out.push({ from: k, to: end, trailing });
  }
  return out.filter((a) => plainDetail(v, a));
}

// An aside of two or more content words that is not a credit, a quotation, a figure or a date: those have checks of
// their own.
function plainDetail(v: Variant, a: Aside): boolean {
  const content = contentOf({ v, from: a.from, to: a.to });
  // (a relative clause telling an act of its own is a detail in one word: "..., some of whom have since graduated")
  if (content.length < MIN_CONTENT && !(content.length === 1 && relative(v, a) && v.tokens[content[0]!]!.pos === 'VERB')) return false;
  if (v.tags.some((t) => t.kind === 'quote' && t.from < a.to && a.from < t.to)) return false;
  // a figure alone in brackets or between commas is the same measure in another unit ("40 metres (130 feet)"), or
  // a figure typeFigures reads; a date alone is typeDates'
  const figured = (k: number): boolean => v.tags.some((t) => (t.kind === 'date' || t.kind === 'time' || t.kind === 'num') && t.from <= k && k < t.to);
  if (content.every(figured)) return false;
  // a credit ("..., said his client", "..., according to police"); a speaker's description set off inside one ("Nenad
  // Jurasek, [who has represented him since 2019], said") is a detail like any other
  return !v.tokens.slice(a.from, a.to).some((t) => /^according$/i.test(t.text) || (t.pos === 'VERB' && (t.norm === 'say' || CUES.has(t.text.toLowerCase()))));
}

// The other wording tells little of the aside, in any of its words (a name or a role it gives by another wording, or a
// figure by value, counts as told); nothing of it, where the other carries the sentence on one side of it only.
function untold(v: Variant, a: Aside, other: Variant, host: Hosting): boolean {
  // a source kept unnamed on purpose, told in other words by the other wording ("speaking on condition of anonymity" /
  // "who asked not to be named"): the same detail
  const words = (w: Variant, from: number, to: number): string => w.article.text.slice(w.tokens[from]!.start, w.tokens[to - 1]!.end);
  if (UNNAMED.test(words(v, a.from, a.to)) && UNNAMED.test(words(other, 0, other.tokens.length))) return false;
  const content = contentOf({ v, from: a.from, to: a.to });
  const [mine, theirs] = [{ v, from: 0, to: v.tokens.length }, { v: other, from: 0, to: other.tokens.length }];
  const figures = new Set(figureKeys(theirs, 0, other.tokens.length));
  const theirNums = other.tags.filter((t): t is NumTag => t.kind === 'num');
  // a figure the other gives rounded or converted ("61,400" / "more than 61,000") is told
  const agreed = (k: number): boolean => v.tags.some((t) => t.kind === 'num' && t.from <= k && k < t.to && theirNums.some((n) => agrees(t, n)));
  const told = content.filter((k) => carriesWord(other.tokens, v.tokens[k]!) || movedTag(mine, k, theirs)
    || figureKeys(mine, k, k + 1).some((x) => figures.has(x)) || agreed(k));
  return told.length <= content.length * (host === 'both' ? TOLD_SHARE : 0);
}

/** How the other wording carries the sentence around an aside: on both sides of it, on one, or not at all. */
type Hosting = 'both' | 'one' | null;

// The aside stands in a sentence the other wording shares: the other carries the word the aside hangs on (the
// content word before it) and, unless the aside closes the sentence, the content word after it. A relative clause
// where it carries one of them only stands in a sentence reworded around it ("Harrow Mill, [which employs about 60
// weavers], is owned by" / "The mill's owner"; "the firm, [which ...], expected" / "the company expected"), and is a
// detail only when the other tells none of its words (untold). An aside the other article tells in a sentence of its
// own is no detail added there (dropMovedDetails).
function hosting(v: Variant, a: Aside, other: Variant, ctx: TypeContext): Hosting {
  const map = ctx.pair(v.index, other.index);
  // lined up with a word of the other, or a word the other carries (the collation may have paired it elsewhere)
  const carried = (k: number): boolean => (map[k] ?? -1) >= 0 || carriesWord(other.tokens, v.tokens[k]!);
  let before = a.from - 1;
  while (before >= 0 && !v.tokens[before]!.content) before--;
  const hangs = before >= 0 && carried(before);
  if (a.trailing || a.to >= v.tokens.length) return hangs ? 'both' : null;
  // the word right after it ("..., said") or the first content word after it
  let after = a.to;
  while (after < v.tokens.length && !v.tokens[after]!.content) after++;
  const goesOn = carried(a.to) || (after < v.tokens.length && carried(after));
  return hangs && goesOn ? 'both' : (hangs || goesOn) && relative(v, a) ? 'one' : null;
}

// An aside opened by a relative pronoun ("which", "who", "most of whom"): a clause about the word it hangs on.
function relative(v: Variant, a: Aside): boolean {
  const word = (k: number): string => v.tokens[a.from + k]?.norm ?? '';
  return RELATIVE_PRONOUNS.has(word(0)) || (word(1) === 'of' && RELATIVE_PRONOUNS.has(word(2)));
}

// Where the aside would stand in the other wording: the word it hangs on there.
function hostPlace(v: Variant, a: Aside, other: Variant, ctx: TypeContext): { from: number; to: number } {
  const map = ctx.pair(v.index, other.index);
  for (let k = a.from - 1; k >= 0; k--) {
    const j = map[k] ?? -1;
    if (j >= 0) return { from: j, to: j + 1 };
  }
  return { from: 0, to: other.tokens.length };
}
