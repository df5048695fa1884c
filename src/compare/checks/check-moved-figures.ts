import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import { typeMovedFigures } from '../typers/type-figures.ts';
import { checkWholeWordings } from './check-slots.ts';

/**
 * Figures read across each whole wording: a rewrite that moves a figure to another clause leaves it opposite nothing
 * in the slots, so its bound, its period or its scale changed would go unseen there.
 */
export function checkMovedFigures(col: Collation): Finding[] {
  return checkWholeWordings(col, (base, other) => typeMovedFigures(base, other));
}
