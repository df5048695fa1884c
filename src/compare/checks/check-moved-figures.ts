import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import { typeConversions, typeMovedFigures } from '../typers/type-figures.ts';
import { typeMovedDates } from '../typers/type-dates.ts';
import { checkWholeWordings } from './check-slots.ts';

/**
 * Figures and days read across each whole wording: a rewrite that moves a figure or a date to another clause leaves it
 * opposite nothing in the slots, so its bound, its period, its scale or its day changed would go unseen there; and the
 * conversions bracketed after figures, which the slots leave aside as restatements.
 */
export function checkMovedFigures(col: Collation): Finding[] {
  return checkWholeWordings(col, (base, other) => [...typeMovedFigures(base, other), ...typeMovedDates(base, other), ...typeConversions(base, other)]);
}
