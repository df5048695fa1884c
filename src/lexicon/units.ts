/**
 * Units of measure as data: each written form (lower-cased) with its dimension and its size in the dimension's base
 * unit, so that one measure written in two units ("90 minutes" / "1.5 hours", "5 km" / "3.1 miles") compares equal
 * and a measure moved to another unit or scale ("1.8 TB" / "1.8 GB") does not.
 */
export interface Unit {
  readonly dimension: string;
  /** Size in the dimension's base unit (metre, square metre, kilogram, litre, second, metre per second, byte, volt, hertz). */
  readonly factor: number;
  /** The unit's canonical name. */
  readonly name: string;
}

const table: readonly (readonly [dimension: string, name: string, factor: number, forms: string])[] = [
  ['length', 'nanometre', 1e-9, 'nanometre nanometres nanometer nanometers'],
  ['length', 'micrometre', 1e-6, 'µm μm micrometre micrometres micrometer micrometers micron microns'],
  ['length', 'millimetre', 0.001, 'mm millimetre millimetres millimeter millimeters'],
  ['length', 'centimetre', 0.01, 'cm centimetre centimetres centimeter centimeters'],
  ['length', 'metre', 1, 'metre metres meter meters'],
  ['length', 'kilometre', 1000, 'km kms kilometre kilometres kilometer kilometers'],
  ['length', 'mile', 1609.344, 'mile miles mi'],
  ['length', 'nautical mile', 1852, 'nautical-mile nautical-miles nm'],
  ['length', 'foot', 0.3048, 'foot feet ft'],
  ['length', 'inch', 0.0254, 'inch inches'],
  ['length', 'yard', 0.9144, 'yard yards yd yds'],
  ['area', 'square metre', 1, 'm2 m² sq-m square-metre square-metres square-meter square-meters'],
  ['area', 'hectare', 10_000, 'ha hectare hectares'],
  ['area', 'acre', 4046.856, 'acre acres'],
  ['area', 'square kilometre', 1e6, 'km2 km² sq-km square-kilometre square-kilometres square-kilometer square-kilometers'],
  ['area', 'square mile', 2_589_988, 'sq-mi square-mile square-miles'],
  ['mass', 'picogram', 1e-15, 'pg picogram picograms'],
  ['mass', 'nanogram', 1e-12, 'ng nanogram nanograms nanogramme nanogrammes'],
  ['mass', 'microgram', 1e-9, 'µg μg mcg ug microgram micrograms microgramme microgrammes'],
  ['mass', 'milligram', 1e-6, 'mg milligram milligrams milligramme milligrammes'],
  ['mass', 'gram', 0.001, 'g gram grams gramme grammes'],
  ['mass', 'kilogram', 1, 'kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes'],
  ['mass', 'tonne', 1000, 'tonne tonnes ton tons t metric-ton metric-tons metric-tonne metric-tonnes'],
  ['mass', 'kilotonne', 1e6, 'kiloton kilotons kilotonne kilotonnes'],
  ['mass', 'megatonne', 1e9, 'megaton megatons megatonne megatonnes'],
  ['mass', 'pound (weight)', 0.45359237, 'lb lbs'],
  ['volume', 'millilitre', 0.001, 'ml millilitre millilitres milliliter milliliters'],
  ['volume', 'litre', 1, 'l litre litres liter liters'],
  ['volume', 'gallon', 3.785411784, 'gallon gallons gal'],
  ['volume', 'barrel', 158.987, 'barrel barrels bbl'],
  ['volume', 'bushel', 35.239, 'bushel bushels bu'],
  ['volume', 'cubic metre', 1000, 'm3 m³ cubic-metre cubic-metres cubic-meter cubic-meters'],
  ['duration', 'second', 1, 'second seconds sec secs'],
  ['duration', 'minute', 60, 'minute minutes min mins'],
  ['duration', 'hour', 3600, 'hour hours hr hrs'],
  ['duration', 'day', 86_400, 'day days'],
  ['duration', 'week', 604_800, 'week weeks'],
  ['duration', 'fortnight', 1_209_600, 'fortnight fortnights'],
  ['duration', 'month', 2_629_800, 'month months'],
  ['duration', 'year', 31_557_600, 'year years yr yrs'],
  ['duration', 'decade', 315_576_000, 'decade decades'],
  ['speed', 'kilometre per hour', 1 / 3.6, 'km/h kmh kph kmph kilometres-per-hour kilometers-per-hour'],
  ['speed', 'mile per hour', 0.44704, 'mph miles-per-hour'],
  ['speed', 'knot', 0.514444, 'knot knots kt kts'],
  ['speed', 'metre per second', 1, 'm/s metres-per-second meters-per-second'],
  ['data', 'byte', 1, 'byte bytes'],
  ['data', 'kilobyte', 1e3, 'kb kilobyte kilobytes'],
  ['data', 'megabyte', 1e6, 'mb megabyte megabytes'],
  ['data', 'gigabyte', 1e9, 'gb gigabyte gigabytes'],
  ['data', 'terabyte', 1e12, 'tb terabyte terabytes'],
  ['data', 'petabyte', 1e15, 'pb petabyte petabytes'],
  ['data', 'bit', 0.125, 'bit bits'],
  ['data', 'kilobit', 125, 'kbit kilobit kilobits'],
  ['data', 'megabit', 1.25e5, 'mbit megabit megabits'],
  ['data', 'gigabit', 1.25e8, 'gbit gigabit gigabits'],
  ['data', 'terabit', 1.25e11, 'tbit terabit terabits'],
  ['data rate', 'kilobit per second', 125, 'kbps kbit/s'],
  ['data rate', 'megabit per second', 1.25e5, 'mbps mbit/s'],
  ['data rate', 'gigabit per second', 1.25e8, 'gbps gbit/s'],
  ['data rate', 'terabit per second', 1.25e11, 'tbps tbit/s'],
  ['voltage', 'volt', 1, 'volt volts'],
  ['voltage', 'kilovolt', 1e3, 'kv kilovolt kilovolts'],
  ['frequency', 'hertz', 1, 'hz hertz'],
  ['frequency', 'kilohertz', 1e3, 'khz kilohertz'],
  ['frequency', 'megahertz', 1e6, 'mhz megahertz'],
  ['frequency', 'gigahertz', 1e9, 'ghz gigahertz'],
  // a level on a logarithmic scale: one form against the other, never converted
  ['sound level', 'decibel', 1, 'db dba decibel decibels'],
  ['power', 'watt', 1, 'w watt watts'],
  ['power', 'kilowatt', 1e3, 'kw kilowatt kilowatts'],
  ['power', 'megawatt', 1e6, 'mw megawatt megawatts'],
  ['power', 'gigawatt', 1e9, 'gw gigawatt gigawatts'],
  ['energy', 'watt-hour', 3600, 'wh watt-hour watt-hours'],
  ['energy', 'kilowatt-hour', 3.6e6, 'kwh kilowatt-hour kilowatt-hours'],
  ['energy', 'megawatt-hour', 3.6e9, 'mwh megawatt-hour megawatt-hours'],
  ['energy', 'gigawatt-hour', 3.6e12, 'gwh gigawatt-hour gigawatt-hours'],
  ['energy', 'terawatt-hour', 3.6e15, 'twh terawatt-hour terawatt-hours'],
  ['percent', 'percent', 1, '% percent per-cent pct'],
  ['points', 'percentage point', 1, 'percentage-point percentage-points pp ppt point points'],
  ['points', 'basis point', 0.01, 'basis-point basis-points bp bps'],
  ['temperature', 'degree celsius', 1, '°c c celsius centigrade degrees-celsius degree-celsius degrees-c'],
  ['temperature', 'degree fahrenheit', 1, '°f f fahrenheit degrees-fahrenheit degree-fahrenheit degrees-f'],
  ['magnitude', 'magnitude', 1, 'magnitude'],
];

/** Every written form of a unit, lower-cased; several-word forms are joined by "-" ("square-kilometres"). */
export const UNITS: ReadonlyMap<string, Unit> = new Map(
  table.flatMap(([dimension, name, factor, forms]) => forms.split(' ').map((form) => [form, { dimension, factor, name }] as const)),
);

/** Several-word unit names, as word lists, longest first, for the tagger to join ("basis points", "square miles"). */
export const UNIT_PHRASES: readonly (readonly string[])[] = [...UNITS.keys()].filter((k) => k.includes('-') && !/^[a-z]+\/[a-z]+$/.test(k))
  .map((k) => k.split('-')).sort((a, b) => b.length - a.length);

/** Rates counted per so many ("per 100,000 people"): the base a rate is given against, by its written number. */
export const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'every', 'each', 'a', 'an']);

/** A measure that is another over time: "320 kilometres an hour" may be read as a length where the other says "320 km/h". */
export const RATE_OF: Readonly<Record<string, string>> = { speed: 'length', 'data rate': 'data', power: 'energy' };
