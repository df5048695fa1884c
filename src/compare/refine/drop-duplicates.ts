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
  for (const f of findings) if (!kept.some((k) => k.kind === f.kind && (overlapping(k, f) || sameHedge(k, f)))) kept.push(f);
  return kept;
};

function sameHedge(a: Finding, b: Finding): boolean {
  const [x, y] = [a.versus[0], b.versus[0]];
  return a.kind === 'hedge' && a.span.article === b.span.article && x !== undefined && y !== undefined && x.article === y.article && x.start === y.start && x.end === y.end;
}
