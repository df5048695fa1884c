const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as const),
  ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : [])),
  ['dozen', 12],
]);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = new Map<string, string>([
  ...MONTHS.map((m) => [m.slice(0, 3), m] as const),
  ['sept', 'september'],
]);
// British and American spellings of one word must meet; the rest is handled by suffix rules below.
const VARIANTS = new Map<string, string>([
  ['advisor', 'adviser'], ['advisors', 'advisers'], ['grey', 'gray'], ['programme', 'program'],
  ['programmes', 'programs'], ['judgement', 'judgment'], ['ageing', 'aging'], ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'], ['percent', 'percent'], ['pct', 'percent'],
]);

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

/** Map one lower-cased token to the form both spellings share: "thirty-two" -> "32", "jan" -> "january", "1,200" -> "1200". */
export function normalizeToken(token: string): string {
  const t = token.replace(/[’']/g, "'");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, '');
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (ordinal?.[1]) return ordinal[1];
  const word = NUMBER_WORDS.get(t);
  if (word !== undefined) return String(word);
  const compound = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (compound?.[1] && compound[2]) {
    const tens = NUMBER_WORDS.get(compound[1]);
    const unit = NUMBER_WORDS.get(compound[2]);
    if (tens !== undefined && unit !== undefined && tens % 10 === 0 && tens >= 20 && unit < 10) return String(tens + unit);
  }
  const month = MONTH_ABBREVIATIONS.get(t);
  if (month) return month;
  const variant = VARIANTS.get(t);
  if (variant) return variant;
  return respell(t);
}

function respell(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ence$/, 'ense')
    .replace(/ogue(s)?$/, 'og$1');
}
