import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { CAVEAT_OPENERS, CAVEAT_VERBS } from '../caveat-openers.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { articleStems } from '../article-stems.ts';
import type { WordToken } from '../../text/word-tokens.ts';

/** Share of the words before the caveat this version must carry: it tells the same finding, minus its caveat. */
const CARRIES = 0.6;

/**
 * A caveat the others set after a finding and this version leaves out ("..., also recorded the largest drops in crop
 * yields." where two or more others go on ", although it cautioned that drought and poor soils played a part"): the
 * finding reads firmer than the others report it. The caveat opens with "although" / "though", or "but" with a verb of
 * cautioning after it (`caveat-openers.ts`); none of its words may be anywhere in this article, so a caveat moved to
 * another sentence is not flagged. Two or more versions must carry it, at least half of the others.
 */
export function caveatDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const others = ctx.others(v.index);
    if (others.length < 2) continue;
    const mine = articleStems(v.article);
    if (caveatOf(ctx, v)) continue;
    const carriers: Variant[] = [];
    const versus: Span[] = [];
    let at = -1;
    for (const o of others) {
      const caveat = caveatOf(ctx, o);
      if (!caveat) continue;
      const words = caveat.words.filter((t) => t.content && !/^\d/.test(t.norm) && !CAVEAT_VERBS.has(t.lemma));
      if (words.length < 2 || words.some((t) => mine.has(t.stem))) continue;
      const { aToB } = ctx.align(o.index, v.index);
      const before = o.tokens.slice(0, caveat.at).flatMap((t, i) => (t.content ? [i] : []));
      if (before.length < 3 || before.filter((i) => (aToB[i] ?? -1) >= 0).length / before.length < CARRIES) continue;
      carriers.push(o);
      versus.push(caveat.span);
      if (at < 0) for (let k = caveat.at - 1; k >= 0 && at < 0; k--) if ((aToB[k] ?? -1) >= 0) at = aToB[k]!;
    }
    if (carriers.length < 2 || carriers.length * 2 < others.length || at < 0) continue;
    const span = tokenSpan(v, at, at + 1);
    if (!span) continue;
    out.push({
      rule: 'caveat-dropped',
      kind: 'detail_dropped',
      severity: 'medium',
      span,
      versus,
      message: `leaves out the caveat ${outlets(carriers.length)} carrying this claim ${conjugate(carriers.length, 'put')} on it: ${quoteWordings(versus)}`,
      actual: 'nothing',
      expected: versus[0]?.text ?? '',
    });
  }
  return out;
}

// The caveat closing a wording: from its opener after a comma to the end, inside the wording or, when the wording is
// a clause of a longer sentence, opening the rest of that sentence. `at`: the wording's tokens before it.
function caveatOf(ctx: ClaimContext, v: Variant): { words: readonly WordToken[]; span: Span; at: number } | null {
  const inside = openerAt(v, 1);
  if (inside >= 0) {
    const span = tokenSpan(v, inside, v.tokens.length);
    return span ? { words: v.tokens.slice(inside), span, at: inside } : null;
  }
  const rest = ctx.around(v.index).find((r) => r.span.start >= v.span.end && !/[.!?]/.test(v.article.text.slice(v.span.end, r.span.start)) && r.span.start - v.span.end <= 3);
  if (!rest || openerAt(rest, 0) !== 0) return null;
  const span = tokenSpan(rest, 0, rest.tokens.length);
  return span ? { words: rest.tokens, span, at: v.tokens.length } : null;
}

// The index of the first caveat opener from `from` that follows a comma (or opens the wording, at 0), or -1.
function openerAt(v: Variant, from: number): number {
  for (let i = from; i < v.tokens.length; i++) {
    const gap = i === 0 ? ',' : v.article.text.slice(v.tokens[i - 1]!.end, v.tokens[i]!.start);
    if (!/,/.test(gap)) continue;
    const opener = v.tokens[i]!.norm;
    if (!CAVEAT_OPENERS.has(opener)) continue;
    if (opener === 'but' && !v.tokens.slice(i + 1, i + 4).some((t) => CAVEAT_VERBS.has(t.lemma))) continue;
    return i;
  }
  return -1;
}
