import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { isKnownVerb, isPredicate, sameVerb } from '../same-verb.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';
import type { WordToken } from '../../text/word-tokens.ts';

const MAX_GAP = 8;

/**
 * The claim's verb replaced by one that reports a different event: "travelling between" where the others
 * say "left" or "departed", "suspended" where they say "cancelled". Both verbs must be in the synonym
 * lexicon, so unfamiliar paraphrase is never read as a change.
 */
export function meaningChanged(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      if (!isPredicate(t) || !isKnownVerb(t)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        if (o.tokens.some((x) => isPredicate(x) && sameVerb(x, t))) {
          agree.push(o);
          continue;
        }
        const [from, to] = oppositeRange(ctx, v, o, i);
        if (to - from > MAX_GAP) continue;
        const k = lastKnownPredicate(o.tokens, from, to);
        // the other verb is here too ("filmed departing" vs "departed"): an addition, not a replacement
        if (k < 0 || v.tokens.some((x) => isPredicate(x) && sameVerb(x, o.tokens[k]!))) continue;
        if (!cleanSwap(v.tokens, i, ctx, v, o) && ctx.variants.length < 3) continue;
        disagree.push(o);
        const span = tokenSpan(o, k, k + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
      // one witness is too little to call paraphrase a new event unless the verbs swap one for one
      if (!verdict || (disagree.length === 1 && !cleanSwap(v.tokens, i, ctx, v, disagree[0]!))) return;
      // "travelling between": the preposition is part of what the verb now says
      const end = v.tokens[i + 1]?.pos === 'ADP' ? i + 2 : i + 1;
      const span = tokenSpan(v, i, end);
      if (!span) return;
      out.push({
        rule: 'meaning-changed',
        kind: 'meaning',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}: a different event`,
        actual: t.lemma,
        expected: [...new Set(versus.map((s) => s.text.toLowerCase()))].join(', '),
      });
    });
  }
  return out;
}

function lastKnownPredicate(tokens: readonly WordToken[], from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) if (isPredicate(tokens[j]!) && isKnownVerb(tokens[j]!)) return j;
  return -1;
}

// Word i of v is alone in its slot, and o's slot holds just one content word: a verb swapped for a verb.
function cleanSwap(tokens: readonly WordToken[], i: number, ctx: ClaimContext, v: Variant, o: Variant): boolean {
  const { aToB } = ctx.align(v.index, o.index);
  let before = i - 1;
  while (before >= 0 && !tokens[before]!.content) before--;
  let after = i + 1;
  while (after < tokens.length && !tokens[after]!.content) after++;
  const leftOk = before < 0 || (aToB[before] ?? -1) >= 0;
  const rightOk = after >= tokens.length || (aToB[after] ?? -1) >= 0;
  if (!leftOk || !rightOk) return false;
  const [from, to] = oppositeRange(ctx, v, o, i);
  const slot = o.tokens.map((x, k) => ({ x, k })).filter(({ x, k }) => k >= from && k < to && x.content);
  if (slot.length !== 1) return false;
  // and a shared neighbour sits right beside both verbs ("suspended all flights" / "cancelled all flights")
  const j = slot[0]!.k;
  let oAfter = j + 1;
  while (oAfter < o.tokens.length && !o.tokens[oAfter]!.content) oAfter++;
  let oBefore = j - 1;
  while (oBefore >= 0 && !o.tokens[oBefore]!.content) oBefore--;
  return (after < tokens.length && aToB[after] === oAfter && after - i <= 3) || (before >= 0 && aToB[before] === oBefore && i - before <= 3);
}
