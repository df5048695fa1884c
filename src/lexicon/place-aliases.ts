/** Names that stand for one another in news prose (a capital for its government, a building for its office), as data. */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['us', 'washington', 'white house', 'pentagon', 'america', 'american', 'trump administration', 'united states'],
  ['russia', 'russian', 'moscow', 'kremlin'], ['china', 'chinese', 'beijing'], ['uk', 'london', 'downing street', 'british', 'britain'],
  ['france', 'french', 'paris', 'elysee'], ['germany', 'german', 'berlin'], ['ukraine', 'ukrainian', 'kyiv', 'kiev'],
  ['iran', 'iranian', 'tehran'], ['israel', 'israeli', 'jerusalem'], ['eu', 'brussels', 'european'], ['japan', 'japanese', 'tokyo'],
  ['turkey', 'turkish', 'ankara', 'turkiye'], ['north korea', 'pyongyang'], ['south korea', 'seoul'], ['cuba', 'cuban', 'havana'],
  ['venezuela', 'venezuelan', 'caracas'], ['mexico', 'mexican'], ['canada', 'canadian', 'ottawa'], ['india', 'indian', 'new delhi', 'delhi'],
  ['pakistan', 'pakistani', 'islamabad'], ['saudi arabia', 'saudi', 'riyadh'], ['egypt', 'egyptian', 'cairo'], ['syria', 'syrian', 'damascus'],
  ['brazil', 'brazilian', 'brasilia'], ['argentina', 'argentine', 'argentinian', 'buenos aires'], ['colombia', 'colombian', 'bogota'],
  ['taiwan', 'taiwanese', 'taipei'], ['italy', 'italian', 'rome'], ['spain', 'spanish', 'madrid'], ['nigeria', 'nigerian', 'abuja'],
  ['australia', 'australian', 'canberra'], ['poland', 'polish', 'warsaw'], ['iraq', 'iraqi', 'baghdad'], ['afghanistan', 'afghan', 'kabul'],
];

const GROUP = new Map<string, number>();
PLACE_ALIASES.forEach((names, i) => names.forEach((n) => GROUP.set(n, i)));

/** True when two normalised names can stand for the same place or government. */
export function samePlace(a: string, b: string): boolean {
  const x = GROUP.get(a);
  return x !== undefined && x === GROUP.get(b);
}
