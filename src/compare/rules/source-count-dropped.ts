import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf, sameCredit, type Credit } from '../credits-of.ts';
import { coversCredited } from '../credits-cover.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOneSided } from '../judge-outlier.ts';

// Credits that name no one in particular: the count is the only measure of them the reader gets.
const VAGUE: ReadonlySet<string> = new Set(['anonymous', 'unspecified', 'wire', 'outlet', 'listener']);

/**
 * A statement the other outlets credit to a counted group ("two sources said") credited here without
 * the count ("according to sources", "is said to", "Reuters reported"): one source or eleven, the
 * reader can no longer tell. A bare "reportedly" or "is said to" in place of the sources is a hedge.
 */
export function sourceCountDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = creditsOf(v);
    if (mine.length === 0 || mine.some((c) => c.count !== undefined) || mine.every((c) => !VAGUE.has(c.family))) continue;
    // a firm credit beside the vague one ("witnesses told police, according to the complaint") is common ground only
    // when a counting version gives it too: then the count is all that went missing
    const firm = mine.filter((c) => !VAGUE.has(c.family));
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    const close = comparableOthers(ctx, v);
    for (const o of ctx.others(v.index)) {
      // a loosely worded version still votes when it plainly carries the credited statement
      const need = close.includes(o) ? 1 : 2;
      const theirs = creditsOf(o).filter((c) => coversCredited(ctx, o, c, v, need));
      const counted = theirs.find((c) => c.count !== undefined);
      if (firm.some((f) => !creditsOf(o).some((c) => c !== counted && sameCredit(f, c)))) continue;
      if (counted) {
        disagree.push(o);
        versus.push(spanOf(o, counted));
      } else if (theirs.some((c) => c.family === 'anonymous' || c.family === 'unspecified')) agree.push(o);
    }
    // a wire credit keeps the story's origin; only the sources behind it go missing, a lesser change
    const wireOnly = mine.every((c) => !VAGUE.has(c.family) || c.family === 'wire' || c.family === 'listener');
    // with a single witness, the same source noun on both sides ("sources", "officials") ties the two credits together
    const nouns = new Set(mine.flatMap((c) => c.words));
    const tied = disagree.length === 1 && creditsOf(disagree[0]!).some((c) => c.count !== undefined && c.words.some((w) => nouns.has(w) && !/^\d+$/.test(w)));
    const verdict = judgeOneSided(ctx, v, agree, disagree, wireOnly ? 'low' : 'medium', tied);
    if (!verdict) continue;
    const credit = mine.find((c) => VAGUE.has(c.family) && c.family !== 'wire' && c.family !== 'listener') ?? mine.find((c) => VAGUE.has(c.family))!;
    const span = spanOf(v, credit);
    const hedge = mine.every((c) => !VAGUE.has(c.family) || c.family === 'unspecified');
    out.push({
      rule: 'source-count-dropped',
      kind: hedge ? 'hedge' : 'attribution',
      severity: verdict.severity,
      span,
      versus,
      message: hedge
        ? `"${span.text}" hedges what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'credit')} to ${quoteWordings(versus)}: the sources are gone`
        : `credits this to "${span.text}" without the count ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} (${quoteWordings(versus)}): one source or many, the reader cannot tell`,
      actual: credit.key,
      expected: [...new Set(disagree.flatMap((o) => creditsOf(o).filter((c) => c.count !== undefined).map((c) => c.key)))].join(', '),
    });
  }
  return out;
}

function spanOf(v: Variant, c: Credit): Span {
  return { article: v.article.id, start: c.start, end: c.end, text: v.article.text.slice(c.start, c.end) };
}
