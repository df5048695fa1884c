import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import { sentenceStems, type TaggedArticle } from './tag/tagged-article.ts';
import type { NumTag } from './tag/tag.ts';
import { rowOfSentence } from './find-answers.ts';

/** An outlet's sentence giving a measure another figure than the source's sentence gives it, with the figure in each. */
export interface ChangedFigure {
  /** The row the finding is filed under: the claim holding the outlet's sentence, or its outlet-only passage. */
  readonly row: string;
  readonly here: Span;
  readonly there: Span;
  /** The outlet's figure (a span of its words, for keeping only the finding on it). */
  readonly figure: Span;
}

/** Two figures of one measure further apart than this many times count other things (a slip of a digit is `checkMisprints`'). */
const APART = 4;

/** Content words two sentences share, past the figures, to tell one measure with no bound in common. */
const SHARED = 3;

/** Counts below this are told of many things in one story. */
const SMALL_COUNT = 10;

/** Dimensions a story tells many figures of, about many things: a sum or a share alone says nothing of which. */
const MANY_THINGS: RegExp = /^(?:money|percent|points)/;

/**
 * A measure is one fact of the story wherever an outlet tells it: a figure of a measure (its unit, or the noun it
 * counts) that the source's whole article gives once and the outlet's gives once, at another value, neither giving the
 * other's, is a changed figure even where the aligner seated the two sentences in different claims or left the
 * outlet's alone ("stranded in the dark for up to six hours" / "huddled in carriages for up to nine hours", paragraphs
 * apart). The two must also tell it alike in something more: the same bound ("up to", "at least"; not a mere "about")
 * and a content word of the sentence in common, or three content words in common; and lie within a few times of each
 * other; a count, ten or more. Sums and shares are left out (a story gives many, of different things), as is a bare
 * count ("14").
 */
export function findChangedFigures(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): ChangedFigure[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const theirs = measures(source);
  if (theirs.size === 0) return [];
  const out: ChangedFigure[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    for (const [key, mine] of measures(here)) {
      const told = theirs.get(key);
      if (!told || told.length !== 1 || mine.length !== 1) continue;
      const [a, b] = [told[0]!, mine[0]!];
      // (figures far apart count other things: "about 4,000 people" live in a village where "30 people" were evacuated)
      if (a.value === b.value || Math.max(a.value, b.value) > APART * Math.min(a.value, b.value)) continue;
      // (a small count is told of many things, and of parts: "the two other crashes" / "three crashes")
      if (a.dimension === 'count' && Math.min(a.value, b.value) < SMALL_COUNT) continue;
      // (an "about" is too common to tie two figures: "about 8,000 staff in all" / "about 1,500 staff at the plant"; and
      // two words in common, not three, tie "the club's 40-year history" to "a 61-year-old club member")
      const shared = sharedWords(source, a, here, b);
      if (!((a.bound !== undefined && a.bound !== 'approx' && a.bound === b.bound && shared >= 1) || shared >= SHARED)) continue;
      const at = here.article.sentences[here.sentenceOf[b.at]!];
      const to = source.article.sentences[source.sentenceOf[a.at]!];
      if (!at || !to) continue;
      const [x, y] = [here.words[b.from]!, here.words[b.to - 1]!];
      const [u, v] = [source.words[a.from]!, source.words[a.to - 1]!];
      const row = rowOfSentence(here, at, source, to, claims, unique, { here: { start: x.start, end: y.end }, there: { start: u.start, end: v.end } });
      if (row === null) continue;
      out.push({
        row, here: spanOf(here.article.id, here.article.text, at.start, at.end), there: spanOf(source.article.id, source.article.text, to.start, to.end),
        figure: spanOf(here.article.id, here.article.text, x.start, y.end),
      });
    }
  }
  return out;
}

// The article's figures by measure: dimension and unit, or dimension and the noun counted; none of a sum, a share, a
// bare count, a rank or a conversion in brackets.
function measures(t: TaggedArticle): Map<string, NumTag[]> {
  const out = new Map<string, NumTag[]>();
  for (const n of t.tags) {
    if (n.kind !== 'num' || n.ordinal || n.conversion || t.sentenceOf[n.at]! < 0 || MANY_THINGS.test(n.dimension)) continue;
    const what = n.unit ?? n.counted;
    if (what === undefined) continue;
    const key = `${n.dimension} ${what}`;
    out.set(key, [...(out.get(key) ?? []), n]);
  }
  return out;
}

// The content words of one figure's sentence the other's sentence holds too, past the figure's own words, the noun it
// counts and a verb of saying.
function sharedWords(s: TaggedArticle, a: NumTag, t: TaggedArticle, b: NumTag): number {
  const content = (x: TaggedArticle, n: NumTag): Set<string> =>
    sentenceStems(x, n.at, (w, k) => (k >= n.from && k < n.to) || /^\d/.test(w.norm) || w.stem === n.counted || w.norm === 'say');
  const theirs = content(s, a);
  return [...content(t, b)].filter((stem) => theirs.has(stem)).length;
}
