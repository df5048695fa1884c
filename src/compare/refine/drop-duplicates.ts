import type { Refiner } from './refiner.ts';
import { overlapping } from './refiner.ts';

/** Two checks may see one change (a quoted figure, a name inside a phrase): keep the first per place and kind. */
export const dropDuplicates: Refiner = (findings) => {
  const kept: typeof findings[number][] = [];
  for (const f of findings) if (!kept.some((k) => k.kind === f.kind && overlapping(k, f))) kept.push(f);
  return kept;
};
