import { createHash } from 'node:crypto';
import type { Article, Claim, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import type { ClaimUnit } from './claim-unit.ts';

const CENTRALITY_SAMPLE = 24;

/** Turn a group of units into a claim: exact support spans, the most central wording, and an id from the support. */
export function buildClaim(
  group: readonly number[],
  units: readonly ClaimUnit[],
  articles: readonly Article[],
  similarity: (a: number, b: number) => number,
): Claim {
  const ordered = [...group].sort((x, y) => {
    const ux = units[x];
    const uy = units[y];
    return (ux?.article ?? 0) - (uy?.article ?? 0) || (ux?.start ?? 0) - (uy?.start ?? 0);
  });
  const support: Span[] = ordered.map((i) => {
    const unit = units[i];
    const article = unit ? articles[unit.article] : undefined;
    if (!unit || !article) throw new Error(`Unit ${i} has no article`);
    return spanOf(article.id, article.text, unit.start, unit.end);
  });
  let central = ordered[0] ?? 0;
  let best = -Infinity;
  // Centrality against an evenly spread sample keeps claims with hundreds of variants cheap.
  const step = Math.max(1, Math.floor(ordered.length / CENTRALITY_SAMPLE));
  const sample = ordered.filter((_, k) => k % step === 0);
  for (const i of ordered) {
    let sum = 0;
    for (const j of sample) if (j !== i) sum += similarity(i, j);
    if (sum > best) {
      best = sum;
      central = i;
    }
  }
  const key = support.map((s) => `${s.article}:${s.start}-${s.end}`).sort().join('|');
  return {
    id: `c${createHash('sha256').update(key).digest('hex').slice(0, 11)}`,
    text: units[central]?.text ?? '',
    articles: [...new Set(support.map((s) => s.article))],
    support,
  };
}
