import type { Refiner } from './refiner.ts';
import { overlapping } from './refiner.ts';

const DETAILS = new Set(['detail_added', 'detail_dropped']);

/**
 * A detail added or dropped is what is left when nothing names a change better: where another finding on the same
 * words names one ("denied the report" for "does not comment on market speculation"), the detail is part of it.
 */
export const dropDetailsUnderChanges: Refiner = (findings) =>
  findings.filter((f) => !DETAILS.has(f.kind) || !findings.some((g) => !DETAILS.has(g.kind) && overlapping(f, g)));
