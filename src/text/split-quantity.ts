import { SPELLING_LEXICON } from '../lexicon/spelling.ts';

/** Abbreviations glued to a figure ("180mm", "5km", "2bn"), mapped to the word they stand for. */
const UNIT_ABBREVIATIONS = new Map<string, string>([
  ['mm', 'millimeter'], ['cm', 'centimeter'], ['km', 'kilometer'], ['kg', 'kilogram'],
  ['c', 'celsius'], ['f', 'fahrenheit'], ['mph', 'mph'], ['kmh', 'kmh'],
  ...Object.entries(SPELLING_LEXICON.magnitudeAbbreviations),
]);

/** Split "180mm" into "180" and "millimeter", so it meets "180 millimetres"; other tokens come back whole. */
export function splitQuantity(token: string): string[] {
  const match = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(token);
  const unit = match?.[2] ? UNIT_ABBREVIATIONS.get(match[2]) : undefined;
  return match?.[1] && unit ? [match[1], unit] : [token];
}

