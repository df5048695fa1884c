/**
 * How a known abbreviation behaves before a capitalised word, as data (keys: the token without
 * its final dot, case as usually written). Every kind joins when a digit follows ("Jan. 3").
 * - `always`: never ends a sentence ("e.g.", "vs.").
 * - `name`: usually precedes a name ("Dr. Lee", "Sen. Ortiz"); ends only before a sentence starter.
 * - `numeral`: precedes a number ("No. 5", "Sept. 11"); a capital after it starts a sentence.
 * - `ends`: often ends a sentence ("9 a.m.", "Acme Inc."); joins only before a continuation word.
 */
export type AbbreviationKind = 'always' | 'name' | 'numeral' | 'ends';

const ALWAYS = ['e.g', 'i.e', 'E.g', 'I.e', 'vs', 'Vs', 'v', 'cf', 'viz', 'approx', 'ca'];

const NAME = [
  // forms of address and ranks
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Rev', 'Hon', 'Rt', 'Fr',
  'Gov', 'Govs', 'Sen', 'Sens', 'Rep', 'Reps', 'Pres', 'Amb', 'Atty', 'Supt', 'Det', 'Insp', 'Sgt',
  'Gen', 'Gens', 'Lt', 'Col', 'Capt', 'Cmdr', 'Cdr', 'Maj', 'Adm', 'Brig', 'Cpl', 'Pvt', 'Spc',
  'Ald', 'Assn', 'Dept', 'Univ',
  // name suffixes and places
  'Jr', 'Sr', 'St', 'Ste', 'Mt', 'Ft', 'Pt',
];

const NUMERAL = [
  'No', 'Nos', 'no', 'nos', 'Vol', 'vol', 'Art', 'art', 'Fig', 'fig', 'p', 'pp', 'Ch', 'ch', 'Sec',
  'sec', 'Para', 'para', 'Ed', 'ed', 'Ex', 'Apt', 'Rm', 'Hwy', 'Rte', 'Pct', 'Dist',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

const ENDS = [
  'a.m', 'p.m', 'A.M', 'P.M', 'etc', 'al', 'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'PLC',
  'LLC', 'L.L.C', 'Ave', 'Blvd', 'Rd', 'Ln', 'Sq', 'ft', 'in', 'lb', 'lbs', 'oz', 'km', 'mi',
];

/** Known abbreviations (without the final dot) and how each behaves before a capitalised word. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ...ENDS.map((a) => [a, 'ends'] as const),
  ...NUMERAL.map((a) => [a, 'numeral'] as const),
  ...NAME.map((a) => [a, 'name'] as const),
  ...ALWAYS.map((a) => [a, 'always'] as const),
]);
