import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';
import { isResponseClause } from './response-clauses.ts';
import { SUMMARY_NOUNS } from './summary-nouns.ts';

/** Fewest words a part must keep for a split to be worth it: less is a phrase, not a claim. */
export const MIN_CLAUSE_WORDS = 6;

// (A run of spaces is entered only at its start, `(?<!\s)\s+`: from each of its positions the search would
// rescan the rest of the run, quadratic in its length.)
// "; ", a spaced dash, a comma before a conjunction that can open a second claim, a comma before a phrase that
// sums the sentence up as an event with a claim of its own ("..., in a deal that would create ...", "..., in what
// would be its first loss"), a comma before "with" and a figure of its own ("..., with annual revenue of about
// 7 billion"), or "and" joining a second predicate in another tense ("was 35 percent complete and had been due to
// open in 2028")
const BREAK = new RegExp(
  `;\\s+|(?<!\\s)\\s+(?:[—–]|--)\\s+|,\\s+(?=(?:and|but|while|whereas|although|though|yet|so)\\s)|,\\s+(?=in (?:an? (?:\\p{Ll}+\\s+)?(?:${SUMMARY_NOUNS.join('|')})\\s+(?:that|which|valued|worth|seen|expected|set|to)|what (?:would|could|will|is|was|may|might))\\s)|,\\s+(?=with\\s[^,;“”"()]{0,40}?\\d)|(?<!\\s)\\s+and\\s+(?=(?:had|has|have|will|would)\\s+(?:been|not|also|already)?\\s*\\p{Ll}+(?:ed|en|n)\\s)`,
  'gu',
);
// after ", and" the part must not open with a verb, or it shares the subject before ("..., and seized ...")
const COORDINATORS = new Set(['and', 'but', 'yet', 'so']);
const VERB_LIKE = /^(?:\p{L}+(?:ed|en|ing)|said|says|told|took|made|went|left|sent|gave|won|lost|held|met|began|came|saw|got|kept|set|put|ran|found|paid|sold|bought|brought|fell|rose|grew|cut|hit|led|spent|stood|struck|spoke|wrote|drew|flew|fled|fought|built|broke|became|did|does|had|has|have|was|were|is|are|will|would|could|can|may|might|should|must|also|then|not|now|later|still)$/u;
const MAX_LIST_ITEM_WORDS = 3;
// "Subject, which/who ..., said ...": the comma closing a relative clause on a short opening subject, before the main verb
const RELATIVE = /^[^,;“”"()]+,\s+(?:which|who)\s+[^,;“”"()]+(,\s+)(?=\p{Ll})/u;
const MAX_SUBJECT_WORDS = 6;
const NOT_ONLY = /\bnot (?:just|only|merely|simply)\b/iu;
const DASH = /^\s+(?:[—–]|--)\s+$/u;
const DASHES = /\s(?:[—–]|--)\s/gu;
const WORD = /[\p{L}\p{N}]+/gu;
// No sentence of news runs this long: a longer "sentence" (a flood, a blob) stays whole, so the checks
// below, which look back over the sentence at each break, stay bounded.
const MAX_SPLIT_CHARS = 2000;

/**
 * Split a long sentence of `text` into clause-like parts that may each carry a claim, at "; ", a
 * lone spaced dash, ", and/but/while ..." outside quotations and brackets, or the comma closing a
 * relative clause on the opening subject before its main verb ("X, which ..., said ..."), only where
 * both sides keep at least {@link MIN_CLAUSE_WORDS} words or are a party's whole answer to a report. Parts leave out the separator itself.
 */
export function splitClauses(text: string, sentence: Range): Range[] {
  if (sentence.end - sentence.start > MAX_SPLIT_CHARS) return [trimRange(text, sentence)];
  const body = text.slice(sentence.start, sentence.end);
  const dashes = body.match(DASHES)?.length ?? 0;
  const breaks: { index: number; 0: string }[] = [...body.matchAll(BREAK)].filter((m) => usable(body, m, dashes)).map((m) => ({ index: m.index, 0: m[0] }));
  const relative = relativeBreak(body);
  if (relative) breaks.push(relative);
  breaks.sort((a, b) => a.index - b.index);
  const parts: Range[] = [];
  let start = 0;
  for (const m of breaks) {
    const end = m.index;
    const next = m.index + m[0].length;
    // a party's answer ("Halvorsen declined to comment") is a claim of its own, however short
    if (wordCount(body.slice(start, end)) < MIN_CLAUSE_WORDS && !isResponseClause(body.slice(start, end))) continue;
    if (wordCount(body.slice(next)) < MIN_CLAUSE_WORDS && !isResponseClause(body.slice(next))) break;
    parts.push(trimRange(text, { start: sentence.start + start, end: sentence.start + end }));
    start = next;
  }
  parts.push(trimRange(text, { start: sentence.start + start, end: sentence.end }));
  return parts;
}

// The subject and its relative clause tell one claim ("Castellan, which makes the drug"), the main verb another.
function relativeBreak(body: string): { index: number; 0: string } | null {
  const m = RELATIVE.exec(body);
  if (!m?.[1]) return null;
  const index = m[0].length - m[1].length;
  const subject = body.slice(0, body.indexOf(',')).match(WORD) ?? [];
  // a verb before the comma means the relative clause sits inside a predicate ("Officials said the utility, which ...")
  if (subject.length > MAX_SUBJECT_WORDS || subject.some((w) => /^\p{Ll}/u.test(w) && VERB_LIKE.test(w))) return null;
  const verb = /^\p{L}+/u.exec(body.slice(m[0].length))?.[0] ?? '';
  return VERB_LIKE.test(verb) ? { index, 0: m[1] } : null;
}

function usable(body: string, m: RegExpMatchArray, dashes: number): boolean {
  const index = m.index ?? 0;
  // paired dashes enclose an aside ("Lee — a former judge — said ..."): neither dash is a break
  if (DASH.test(m[0]) && dashes > 1) return false;
  if (enclosed(body, index)) return false;
  const rest = body.slice(index + m[0].length);
  const conjunction = /^\p{L}+/u.exec(rest)?.[0];
  if (conjunction === undefined || !COORDINATORS.has(conjunction) || !m[0].startsWith(',')) return true;
  // "a, b, and c" is a list; "not just a, but b" is one claim
  const before = body.slice(0, index);
  const lastItem = before.slice(before.lastIndexOf(',') + 1);
  if (before.includes(',') && wordCount(lastItem) <= MAX_LIST_ITEM_WORDS) return false;
  if (conjunction === 'but' && NOT_ONLY.test(before)) return false;
  const word = /^\S+/u.exec(rest.slice(conjunction.length).trimStart())?.[0] ?? '';
  // a capital opens a named subject ("but Halvorsen warned"), whatever its ending
  return /^\p{Lu}/u.test(word) || !VERB_LIKE.test(word.replace(/[^\p{L}]+$/u, ''));
}

/** Whether `index` of `body` sits inside a double quotation or brackets. */
function enclosed(body: string, index: number): boolean {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = body[i]!;
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '"') quoted = !quoted;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return quoted || depth > 0;
}

function wordCount(part: string): number {
  return part.match(WORD)?.length ?? 0;
}
