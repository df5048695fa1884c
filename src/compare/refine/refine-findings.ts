import type { Finding } from '../finding.ts';
import type { RefineContext, Refiner } from './refiner.ts';
import { dropInsideQuotes } from './drop-inside-quotes.ts';
import { dropMovedDetails } from './drop-moved-details.ts';
import { dropDuplicates } from './drop-duplicates.ts';
import { dropLesserUnderChanges } from './drop-lesser-under-changes.ts';
import { joinReplacedDetails } from './join-replaced-details.ts';

/** The refiners, in the order they settle conflicts between one claim's findings. */
export const REFINERS: readonly Refiner[] = [dropInsideQuotes, dropMovedDetails, dropLesserUnderChanges, joinReplacedDetails, dropDuplicates];

/** Run every refiner over one claim's findings. */
export function refineFindings(findings: readonly Finding[], ctx: RefineContext): Finding[] {
  return REFINERS.reduce<Finding[]>((acc, refine) => refine(acc, ctx), [...findings]);
}
