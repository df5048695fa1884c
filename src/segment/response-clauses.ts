/**
 * Whole short clauses in which a party answers a report, as data: "Halvorsen declined to comment", "the ministry
 * did not respond to a request for comment", "Brandt denied the report". Each tells a claim of its own however few
 * its words, so it may stand as a clause where a shorter part would otherwise stay joined to its neighbour.
 * A subject of at most five words, then the answer, then nothing but an end mark.
 */
const SUBJECT = String.raw`^(?:[\p{L}\p{N}'’.&-]+\s+){1,5}`;
const END = String.raw`[.!]?$`;

export const RESPONSE_CLAUSES: readonly RegExp[] = [
  String.raw`(?:declined|refused|declines|refuses) to (?:comment|respond|elaborate)(?: further)?(?: on (?:the|a|this|that|its|their|his|her) [\p{L}\s]{1,30})?`,
  String.raw`(?:did|does|would) not (?:immediately )?(?:comment|respond|reply)(?: to (?:a |an |the )?(?:emailed |written )?(?:requests?|questions?|queries) for comment)?`,
  String.raw`did not (?:immediately )?(?:return|answer) (?:a |an |the )?(?:calls?|messages?|emails?|requests?)(?: for comment| seeking comment)?`,
  String.raw`could not (?:immediately )?be reached(?: for comment)?`,
  String.raw`had no (?:immediate )?comment`,
  String.raw`(?:denied|denies|confirmed|confirms) (?:the |a |this |that )?(?:report|reports|story|talks|claims?|allegations?)`,
].map((answer) => new RegExp(SUBJECT + answer + END, 'iu'));

/** Whether `part` is nothing but a party's answer to a report. */
export function isResponseClause(part: string): boolean {
  const text = part.trim();
  return RESPONSE_CLAUSES.some((re) => re.test(text));
}
