import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { passageRow, spanOf } from '../model/index.ts';
import type { Filed } from './finding.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { NumTag } from './tag/tag.ts';
import { agrees, misprint } from './typers/type-figures.ts';

/**
 * Figures read across whole articles against the source: a figure an outlet gives that the source gives nowhere,
 * where the source gives, nowhere in the outlet, the one figure of the same kind it reads as a slip of (digits
 * transposed, or a scale slipped by a power of ten: `misprint`). A rewrite that retold the sentence past what the
 * aligner pairs, or moved the figure to another claim, still changed the figure. Judged only against a source.
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
      const slips = theirs.filter((a) => a.per === b.per && slipped(a, b) && !mine.some((x) => agrees(a, x)));
      // one figure of the source, however often it gives it
      if (slips.length === 0 || slips.some((a) => a.value !== slips[0]!.value)) continue;
      const a = slips[0]!;
      const word = here.words[b.at]!;
      const row = rowOf(here.article.id, word.start, claims, unique);
      if (row === null) continue;
      const theirWord = source.words[a.at]!;
      const how = misprint(a, b) === 'scale' ? scaled(b.value / a.value) : 'its digits in another order';
      out.push({
        row,
        finding: {
          rule: 'figure-misprinted', kind: 'number', severity: 'high', basis: 'source',
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

// Across two whole articles a scale slip needs more to go on than in one claim's two wordings: figures of a hundred
// or more, at most a thousand times apart, counting the same thing when both say what they count ("300 residents" and
// "3,000 schools" are two facts). Transposed digits are rare enough by chance.
function slipped(a: NumTag, b: NumTag): boolean {
  const how = misprint(a, b);
  if (how !== 'scale') return how === 'transposed';
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  return Math.min(a.value, b.value) >= 100 && ratio <= 1000 && (a.counted === undefined || b.counted === undefined || a.counted === b.counted) && a.unit === b.unit;
}

// "ten times the figure", "a thousandth of the figure".
function scaled(ratio: number): string {
  const power = Math.round(Math.log10(ratio));
  const name = ['ten', 'a hundred', 'a thousand'][Math.abs(power) - 1] ?? `10^${Math.abs(power)}`;
  return power > 0 ? `${name} times the figure` : `${name === 'ten' ? 'a ten' : name}th of the figure`;
}

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
