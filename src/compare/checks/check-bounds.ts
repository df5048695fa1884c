import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import { typeBounds } from '../typers/type-figures.ts';
import { checkWholeWordings } from './check-slots.ts';

/**
 * A figure's bound changed anywhere in the wording ("about 600" / "more than 600"): the same figure, once on each
 * side, read whole, since a rewrite that moves the figure to another clause leaves it opposite nothing in the slots.
 */
export function checkBounds(col: Collation): Finding[] {
  return checkWholeWordings(col, (base, other) => typeBounds(base, other));
}
