import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { lcsPairs } from '../lcs-pairs.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { variantQuotes, type VariantQuote } from '../variant-quotes.ts';

/** A quotation whose words differ from the same quotation in the other outlets (quotes are verbatim: any word counts). */
export function quoteAltered(ctx: ClaimContext): Finding[] {
  const quotes = new Map(ctx.variants.map((v) => [v.index, variantQuotes(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const q of quotes.get(v.index) ?? []) {
      const mine = words(v, q);
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      let changed: [number, number] | undefined;
      let dropped = false;
      for (const o of ctx.others(v.index)) {
        const best = bestMatch(mine.norms, (quotes.get(o.index) ?? []).map((x) => ({ q: x, w: words(o, x) })));
        if (!best) continue;
        const diff = interiorDifference(mine.norms, best.w.norms, q.elided, best.q.elided);
        // a rendering that leaves out the very words at issue says nothing about them: neither side
        if (diff === 'silent') continue;
        if (!diff) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        if (!changed) dropped = diff.dropped;
        changed ??= [mine.at[diff.mine[0]] ?? q.from, (mine.at[diff.mine[1] - 1] ?? q.from) + 1];
        const span = tokenSpan(o, best.w.at[diff.theirs[0]] ?? best.q.from, (best.w.at[diff.theirs[1] - 1] ?? best.q.from) + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      if (!verdict || !changed) continue;
      const span = tokenSpan(v, changed[0], changed[1]);
      if (!span) continue;
      out.push({
        rule: 'quote-altered',
        kind: 'quote',
        severity: verdict.severity,
        span,
        versus,
        message: dropped
          ? `leaves ${quoteWordings(versus)} out of a quotation ${outlets(disagree.length)} ${conjugate(disagree.length, 'give')} in full, between "${span.text}"`
          : `the quotation reads "${span.text}" here but ${quoteWordings(versus)} in ${outlets(disagree.length)} quoting it`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

// Editorial insertions ("(sic)", "[the president]") are the outlet's, not the speaker's: leave them out.
// Returns the quotation's word forms and, for each, its token index in the variant.
function words(v: Variant, q: VariantQuote): { norms: string[]; at: number[] } {
  const norms: string[] = [];
  const at: number[] = [];
  for (let k = q.from; k < q.to; k++) {
    const t = v.tokens[k]!;
    if (insideBrackets(v, t.start)) continue;
    norms.push(t.norm);
    at.push(k);
  }
  return { norms, at };
}

function insideBrackets(v: Variant, at: number): boolean {
  const before = v.article.text.slice(Math.max(0, at - 40), at);
  return /[([][^)\]]*$/.test(before);
}

// The other outlet's quotation sharing most words with this one, if it is plausibly the same quotation.
type Rendering = { q: VariantQuote; w: { norms: string[]; at: number[] } };

function bestMatch(mine: readonly string[], theirs: readonly Rendering[]): Rendering | undefined {
  let best: Rendering | undefined;
  let bestShared = 0;
  for (const t of theirs) {
    const shared = lcsPairs(mine, t.w.norms).length;
    if (shared >= 3 && shared >= 0.5 * Math.min(mine.length, t.w.norms.length) && shared > bestShared) {
      best = t;
      bestShared = shared;
    }
  }
  return best;
}

// Word ranges that differ between two renderings of one quotation, ignoring a quotation cut short at either end
// (one rendering stops where the other goes on). An elision ("...") only takes words out: words the trimmed rendering
// carries where the other has none ("unmistakable ... this year" / "undeniable. Every decade ... this year") are a change.
// A rendering is 'silent' when it agrees only because an elision took out the words where this one has its own.
function interiorDifference(a: readonly string[], b: readonly string[], elidedA: boolean, elidedB: boolean): { mine: [number, number]; theirs: [number, number]; dropped: boolean } | 'silent' | null {
  const elided = elidedA || elidedB;
  let silent = false;
  // of the two ways to line up repeated words, keep the one with fewer breaks
  const forward = lcsPairs(a, b);
  const backward = lcsPairs([...a].reverse(), [...b].reverse()).map(([x, y]): [number, number] => [a.length - 1 - x, b.length - 1 - y]).reverse();
  const pairs = breaks(backward) < breaks(forward) ? backward : forward;
  for (let k = 1; k < pairs.length; k++) {
    const [pa, pb] = pairs[k - 1]!;
    const [na, nb] = pairs[k]!;
    if (na - pa === 1 && nb - pb === 1) continue;
    if (elidedA && elidedB) continue;
    // the trimmed side runs on where the other has more words: the part left out; otherwise the trimmed side has
    // words of its own here, or neither side is trimmed
    if (elidedA && na - pa === 1) continue;
    if (elidedB && nb - pb === 1) {
      silent = true;
      continue;
    }
    const mine: [number, number] = na - pa > 1 ? [pa + 1, na] : [pa, na + 1];
    const theirs: [number, number] = nb - pb > 1 ? [pb + 1, nb] : [pb, nb + 1];
    return { mine, theirs, dropped: na - pa === 1 };
  }
  // both renderings go on past the last shared word (or start before the first) with other words: "overnight" for
  // "at a stroke" is a change, not a quotation cut short, which stops on one side only
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  if (!elided && last && last[0] < a.length - 1 && last[1] < b.length - 1) {
    return { mine: [last[0] + 1, a.length], theirs: [last[1] + 1, b.length], dropped: false };
  }
  if (!elided && first && first[0] > 0 && first[1] > 0) return { mine: [0, first[0]], theirs: [0, first[1]], dropped: false };
  return silent ? 'silent' : null;
}

function breaks(pairs: readonly [number, number][]): number {
  let n = 0;
  for (let k = 1; k < pairs.length; k++) if (pairs[k]![0] - pairs[k - 1]![0] > 1 || pairs[k]![1] - pairs[k - 1]![1] > 1) n++;
  return n;
}
