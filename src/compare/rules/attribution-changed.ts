import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf, sameCredit, sharplyDifferent, type Credit } from '../credits-of.ts';
import { coversCredited } from '../credits-cover.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';

/** A statement credited to another source than the one the other outlets name ("Reuters reports" vs "two sources said"). */
export function attributionChanged(ctx: ClaimContext): Finding[] {
  const credits = new Map(ctx.variants.map((v) => [v.index, creditsOf(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = credits.get(v.index) ?? [];
    if (mine.length === 0) continue;
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    for (const o of comparableOthers(ctx, v)) {
      const theirs = (credits.get(o.index) ?? []).filter((c) => coversCredited(ctx, o, c, v));
      if (theirs.length === 0) continue;
      if (mine.some((a) => theirs.some((b) => sameCredit(a, b)))) {
        agree.push(o);
        continue;
      }
      disagree.push(o);
      const c = theirs[0]!;
      versus.push(spanOf(o, c));
    }
    const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
    if (!verdict) continue;
    // against a single witness, only a plainly different source counts (a named aide vs "an official" may be one person)
    const witness = disagree.length === 1 ? disagree[0]! : undefined;
    if (witness && !mine.some((a) => (credits.get(witness.index) ?? []).some((b) => sharplyDifferent(a, b)))) continue;
    const span = spanOf(v, mine[0]!);
    // the wire alone ("AP reported") passes the story on without its source: a lesser change than another source
    const wireOnly = mine.every((c) => c.family === 'wire');
    out.push({
      rule: 'attribution-changed',
      kind: 'attribution',
      severity: wireOnly ? 'low' : verdict.severity,
      span,
      versus,
      message: `credits this ${wireOnly ? `only to the wire ("${span.text}")` : `to "${span.text}"`} where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'credit')} ${quoteWordings(versus)}`,
      actual: mine.map((c) => c.key).join(', '),
      expected: [...new Set(disagree.flatMap((o) => (credits.get(o.index) ?? []).map((c) => c.key)))].join(', '),
    });
  }
  return out;
}

function spanOf(v: Variant, c: Credit): Span {
  return { article: v.article.id, start: c.start, end: c.end, text: v.article.text.slice(c.start, c.end) };
}
