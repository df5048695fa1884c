import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { isPredicate } from '../same-verb.ts';
import { RIVAL_EVENTS } from '../../lexicon/rival-events.ts';
import { tokenSpan } from '../variant-helpers.ts';
import type { WordToken } from '../../text/word-tokens.ts';

/**
 * The claim's event told as its rival wherever the words sit: "cancelled the project" where the others
 * report "the halt". Position-free, so both events must be in the rival lexicon and the others must agree.
 */
export function eventSwapped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      if (!isPredicate(t)) return;
      for (const [mine, rival] of sidesOf(t.lemma)) {
        if (v.tokens.some((x) => tells(x, rival))) continue;
        const agree: Variant[] = [];
        const disagree: Variant[] = [];
        const versus: Span[] = [];
        for (const o of comparableOthers(ctx, v)) {
          if (o.tokens.some((x) => tells(x, mine))) {
            agree.push(o);
            continue;
          }
          const j = o.tokens.findIndex((x) => tells(x, rival));
          if (j < 0) continue;
          disagree.push(o);
          const span = tokenSpan(o, j, j + 1);
          if (span) versus.push(span);
        }
        // position-free evidence needs several witnesses
        if (disagree.length < 2) continue;
        const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
        const span = tokenSpan(v, i, i + 1);
        if (!verdict || !span) continue;
        out.push({
          rule: 'event-swapped',
          kind: 'meaning',
          severity: verdict.severity,
          span,
          versus,
          message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'report')} ${quoteWordings(versus)}: a different event`,
          actual: t.lemma,
          expected: [...new Set(versus.map((s) => s.text.toLowerCase()))].join(', '),
        });
        return;
      }
    });
  }
  return out;
}

function sidesOf(lemma: string): [readonly string[], readonly string[]][] {
  const out: [readonly string[], readonly string[]][] = [];
  for (const [a, b] of RIVAL_EVENTS) {
    if (a.includes(lemma)) out.push([a, b]);
    if (b.includes(lemma)) out.push([b, a]);
  }
  return out;
}

// A verb or its noun ("the halt", "a cancellation" only when the tagger lemmatises it so) telling one side.
function tells(t: WordToken, side: readonly string[]): boolean {
  if (!side.includes(t.lemma) && !side.includes(t.text.toLowerCase())) return false;
  return isPredicate(t) || t.pos === 'NOUN';
}
