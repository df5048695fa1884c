import type { Finding } from '../finding.ts';
import type { Refiner } from './refiner.ts';
import { overlapping } from './refiner.ts';

/**
 * Two checks may see one change (a quoted figure, a name inside a phrase): keep the first per place and kind. A hedge
 * of the source's is one change however many places of the outlet's wording show it gone (the slots on the subject
 * that lost it, the whole wording on the plain "will" that states it): keep the first per hedge.
 */
export const dropDuplicates: Refiner = (findings) => {
  const kept: Finding[] = [];
  // (two findings are one change only in one article: each is set against those kept in its own)
  const keptIn = new Map<string, Finding[]>();
  for (const f of findings) {
    const here = keptIn.get(f.span.article);
    if (here?.some((k) => k.kind === f.kind && (overlapping(k, f) || sameHedge(k, f)))) continue;
    if (here) here.push(f);
    else keptIn.set(f.span.article, [f]);
    kept.push(f);
  }
  return kept;
};

function sameHedge(a: Finding, b: Finding): boolean {
  const [x, y] = [a.versus[0], b.versus[0]];
  return a.kind === 'hedge' && a.span.article === b.span.article && x !== undefined && y !== undefined && x.article === y.article && x.start === y.start && x.end === y.end;
}
