import type { Range } from '../model/span.ts';
import { mergeAbbreviations } from './merge-abbreviations.ts';
import { mergeInitials } from './merge-initials.ts';
import { mergeListMarkers } from './merge-list-markers.ts';
import { mergeLowercaseStarts } from './merge-lowercase-starts.ts';
import { mergeOrphans } from './merge-orphans.ts';
import { mergeQuoteAttributions } from './merge-quote-attributions.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { segmentRaw } from './segment-raw.ts';
import { splitDigitStarts } from './split-digit-starts.ts';

/** Split one paragraph of `text` into sentences: Unicode boundaries, then the merge rules in order. */
export function splitSentences(text: string, paragraph: Range): Range[] {
  let pieces = splitDigitStarts(text, segmentRaw(text, paragraph));
  if (pieces.length < 2) return pieces;
  pieces = mergeOrphans(text, pieces);
  pieces = mergeListMarkers(text, pieces);
  pieces = mergeAbbreviations(text, pieces);
  pieces = mergeInitials(text, pieces);
  pieces = mergeLowercaseStarts(text, pieces);
  pieces = mergeQuotes(text, pieces);
  pieces = mergeQuoteAttributions(text, pieces);
  return pieces;
}
