import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { isPredicate, sameVerb } from '../same-verb.ts';
import { tokenSpan } from '../variant-helpers.ts';
import type { WordToken } from '../../text/word-tokens.ts';

/**
 * An action no other outlet reports, stacked on the one they all report: "filmed departing" where the
 * others say "departed". Needs three or more versions, so the silence of the others means something.
 */
export function detailAdded(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.variants.length < 3) return out;
  for (const v of ctx.variants) {
    const others = ctx.others(v.index);
    // the words of a credit ("according to the coast guard", "police said") tell who said it, not what happened
    const credit = (x: WordToken): boolean => v.mentions.some((m) => m.kind === 'attribution'
      && ((x.start >= m.cue.start && x.start < m.cue.end) || (x.start >= m.source.start && x.start < m.source.end)));
    v.tokens.forEach((t, i) => {
      if (!isPredicate(t) || credit(t) || others.some((o) => o.tokens.some((x) => sameVerb(x, t)))) return;
      const k = partnerVerb(v.tokens, i);
      if (k === undefined || credit(v.tokens[k]!)) return;
      const carriers: Variant[] = [];
      const versus: Span[] = [];
      for (const o of others) {
        const j = o.tokens.findIndex((x) => isPredicate(x) && sameVerb(x, v.tokens[k]!));
        if (j < 0) continue;
        carriers.push(o);
        const span = tokenSpan(o, j, j + 1);
        if (span) versus.push(span);
      }
      if (carriers.length < 2 || carriers.length * 2 <= others.length) return;
      const span = tokenSpan(v, Math.min(i, k), Math.max(i, k) + 1);
      if (!span) return;
      out.push({
        rule: 'detail-added',
        kind: 'detail_added',
        severity: 'medium',
        span,
        versus,
        message: `"${span.text}" has no counterpart in the ${outlets(others.length)} carrying this claim, which ${conjugate(others.length, 'say')} ${quoteWordings(versus)}`,
        actual: t.text,
        expected: 'nothing',
      });
    });
  }
  return out;
}

// The verb right beside `i` ("filmed departing", "arrested and beaten"), which the others may share.
function partnerVerb(tokens: readonly WordToken[], i: number): number | undefined {
  for (const k of [i + 1, i - 1]) {
    if (tokens[k] && isPredicate(tokens[k])) return k;
  }
  if (tokens[i + 1]?.text.toLowerCase() === 'and' && tokens[i + 2] && isPredicate(tokens[i + 2]!)) return i + 2;
  if (tokens[i - 1]?.text.toLowerCase() === 'and' && tokens[i - 2] && isPredicate(tokens[i - 2]!)) return i - 2;
  return undefined;
}
