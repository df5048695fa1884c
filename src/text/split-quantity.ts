/** Unit abbreviations glued to a figure ("180mm", "5km"), as data, mapped to the unit word they stand for. */
const UNIT_ABBREVIATIONS = new Map<string, string>([
  ['mm', 'millimeter'], ['cm', 'centimeter'], ['km', 'kilometer'], ['kg', 'kilogram'], ['bn', 'billion'],
  ['m', 'million'], ['k', 'thousand'], ['c', 'celsius'], ['f', 'fahrenheit'], ['mph', 'mph'], ['kmh', 'kmh'],
]);

/** Split "180mm" into "180" and "millimeter", so it meets "180 millimetres"; other tokens come back whole. */
export function splitQuantity(token: string): string[] {
  const match = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(token);
  const unit = match?.[2] ? UNIT_ABBREVIATIONS.get(match[2]) : undefined;
  return match?.[1] && unit ? [match[1], unit] : [token];
}

