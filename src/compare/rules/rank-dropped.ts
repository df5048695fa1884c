import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { RANK_QUALIFIERS } from '../../lexicon/rank-qualifiers.ts';
import { tokenSpan } from '../variant-helpers.ts';

/**
 * A title told without the qualifier the other outlets give it: "a professor" for "an associate professor",
 * "President X" for "former President X", "the minister" for "the deputy minister". The person's standing changes.
 */
export function rankDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, m) => {
      if (!t.content || !/NOUN|PROPN|^X$/.test(t.pos) || qualified(v, m)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const k = ctx.align(v.index, o.index).aToB[m] ?? -1;
        if (k < 0) continue;
        if (!qualified(o, k)) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = tokenSpan(o, k - 1, k + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, m, m + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'rank-dropped',
        kind: 'entity',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}: the title loses its qualifier`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    });
  }
  return out;
}

// "associate professor", "vice-president", "ex-minister": a qualifier written right before the word.
function qualified(v: Variant, k: number): boolean {
  const prev: WordToken | undefined = v.tokens[k - 1];
  if (!prev || !RANK_QUALIFIERS.has(prev.text.toLowerCase())) return false;
  return /^[\s\-‐‑]+$/.test(v.article.text.slice(prev.end, v.tokens[k]!.start));
}
