import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import type { QuoteTag } from '../tag/tag.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import { lcsPairs } from '../lcs-pairs.ts';
import { judgeReadings } from '../judge/judge-readings.ts';
import { findingsOf } from './check-slots.ts';

/** One rendering of a quotation: its words (editorial insertions in brackets left out) and their local indices. */
interface Rendering extends View {
  readonly quote: QuoteTag;
  readonly norms: readonly string[];
  readonly at: readonly number[];
}

/**
 * Quotation fidelity: a quotation is verbatim, so any word that differs between two renderings of it counts
 * ("have shut down production" / "have paused production"); a rendering cut short at either end, or trimmed with
 * an ellipsis, leaves words out without changing them. Renderings of one quotation are judged like any other part
 * of the claim.
 */
export function checkQuotes(col: Collation): Finding[] {
  const renderings = col.variants.map((v) => v.tags.filter((t): t is QuoteTag => t.kind === 'quote').map((q) => rendering(v, q)));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const mine of renderings.flat()) {
    const group: Rendering[] = [mine];
    for (const theirs of renderings) {
      if (theirs[0]?.v === mine.v || theirs.length === 0) continue;
      const best = bestMatch(mine, theirs);
      if (best) group.push(best);
    }
    if (group.length < 2) continue;
    const key = group.map((r) => `${r.v.index}:${r.quote.from}`).sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const d of judgeReadings(col, group, compareRenderings)) out.push(...findingsOf(col, d, (b, o) => compareRenderings(b as Rendering, o as Rendering)));
  }
  return out;
}

function rendering(v: Variant, quote: QuoteTag): Rendering {
  const norms: string[] = [];
  const at: number[] = [];
  for (let k = quote.from; k < quote.to; k++) {
    const t = v.tokens[k]!;
    if (/[([][^)\]]*$/.test(v.article.text.slice(Math.max(0, t.start - 40), t.start))) continue;
    norms.push(t.norm);
    at.push(k);
  }
  return { v, from: quote.from, to: quote.to, quote, norms, at };
}

// The other outlet's rendering sharing most words with this one, if it is plausibly the same quotation.
function bestMatch(mine: Rendering, theirs: readonly Rendering[]): Rendering | undefined {
  let best: Rendering | undefined;
  let bestShared = 0;
  for (const t of theirs) {
    const shared = lcsPairs(mine.norms, t.norms).length;
    if (shared >= 3 && shared >= 0.5 * Math.min(mine.norms.length, t.norms.length) && shared > bestShared) {
      best = t;
      bestShared = shared;
    }
  }
  return best;
}

function compareRenderings(base: Rendering, other: Rendering): Change[] {
  const diff = interiorDifference(other.norms, base.norms, other.quote.elided, base.quote.elided);
  if (!diff || diff === 'silent') return [];
  const here = { from: other.at[diff.mine[0]] ?? other.from, to: (other.at[diff.mine[1] - 1] ?? other.from) + 1 };
  const there = { from: base.at[diff.theirs[0]] ?? base.from, to: (base.at[diff.theirs[1] - 1] ?? base.from) + 1 };
  return [{
    kind: 'quote', type: 'quote-altered', severity: 'medium', here, there,
    explain: diff.dropped
      ? (h, t, says) => `leaves "${t}" out of a quotation ${says('give')} in full, between "${h}"`
      : (h, t, says) => `the quotation reads "${h}" here but "${t}" where ${says('quote')} it`,
  }];
}

// Word ranges that differ between two renderings of one quotation, ignoring a quotation cut short at either end
// (one rendering stops where the other goes on). An elision ("...") only takes words out: words the trimmed rendering
// carries where the other has none are a change. A rendering is 'silent' when it agrees only because an elision took
// out the words where this one has its own.
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
    if (elidedA && na - pa === 1) continue;
    if (elidedB && nb - pb === 1) {
      silent = true;
      continue;
    }
    const mine: [number, number] = na - pa > 1 ? [pa + 1, na] : [pa, na + 1];
    const theirs: [number, number] = nb - pb > 1 ? [pb + 1, nb] : [pb, nb + 1];
    return { mine, theirs, dropped: na - pa === 1 };
  }
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
