import type { Range } from '../model/index.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { SPELLING_LEXICON } from '../lexicon/spelling.ts';
import { approachesFromBelow } from './ceiling-words.ts';

const MONTHS = new Set<string>(SPELLING_LEXICON.months);
// "at least 17", "more than 160": a bound on the figure, not a guess at it
const LOWER_BOUND = new Set(['least', 'more', 'over', 'upwards', 'than']);
const UPPER_BOUND = new Set(['most', 'less', 'fewer', 'under', 'up']);
const AS_UPPER = new Set(['many', 'much', 'high']);
const APPROXIMATE = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'more', 'less', 'fewer', 'least', 'most', 'up', 'than', 'estimated', 'close', 'under', 'upwards', 'circa', 'roughly', 'approx']);
// ("an estimated 500" is approximate by "estimated"; an article alone, "an unarmed 23-year-old", approximates nothing)

/** A figure in a variant: its token index and value. */
export interface NumberToken {
  readonly index: number;
  readonly value: number;
  /** Written as an approximation ("about 30", "more than 30"). */
  readonly approximate: boolean;
  /** Stem of the next content word: what is counted. */
  readonly unit: string;
  /** Written as a bound: "at least 17", "more than 160" (lower); "up to 40", "fewer than 10" (upper). */
  readonly bound?: 'lower' | 'upper';
  /** Written as stopping short of the number: "nearly 30", "almost 30", "less than 30". */
  readonly below?: true;
}

/** Token indices that are part of a written date ("Jan. 3", "3 January 2026", "2026"). */
export function dateTokenIndices(tokens: readonly WordToken[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (/^(1[89]|20)\d\d$/.test(t.norm) && !t.text.includes(',')) out.add(i);
    if (!MONTHS.has(t.norm) || (t.norm === 'may' && t.text === 'may')) return;
    out.add(i);
    for (const j of [i - 1, i + 1, i + 2, i - 2]) {
      const n = tokens[j];
      if (n && /^\d{1,2}$/.test(n.norm) && Number(n.norm) <= 31 && Math.abs(j - i) === 1) out.add(j);
      if (n && /^(1[89]|20)\d\d$/.test(n.norm)) out.add(j);
    }
  });
  return out;
}

/** The figures of a variant, leaving out dates and the counts of attributed sources ("11 sources"). */
export function numberTokens(tokens: readonly WordToken[], sources: readonly Range[]): NumberToken[] {
  const dates = dateTokenIndices(tokens);
  const out: NumberToken[] = [];
  tokens.forEach((t, i) => {
    if (!/^\d+(\.\d+)?$/.test(t.norm) || dates.has(i)) return;
    if (sources.some((s) => t.start >= s.start && t.end <= s.end)) return;
    const before = [tokens[i - 1], tokens[i - 2]].filter((x): x is WordToken => !!x).map((x) => x.norm);
    const next = tokens.slice(i + 1).find((x) => x.content && !/^\d/.test(x.norm));
    const bound = boundOf(before);
    const below = approachesFromBelow(before);
    out.push({ index: i, value: Number(t.norm), approximate: before.some((b) => APPROXIMATE.has(b)), unit: next?.stem ?? '', ...(bound ? { bound } : {}), ...(below ? { below } : {}) });
  });
  return out;
}

/** True when two written figures can describe one quantity (equal, or an approximation or rounding of it). */
export function sameFigure(a: NumberToken, b: NumberToken): boolean {
  if (a.value === b.value) return true;
  // two bounds the same way on different figures ("at least 21" / "at least 17") are two different counts
  if (a.bound && a.bound === b.bound) return false;
  // "more than 45,000" and "nearly 42,000": a floor above the other's ceiling leaves no figure both could be
  if (apart(a, b) || apart(b, a)) return false;
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  if ((a.approximate || b.approximate) && Math.abs(a.value - b.value) <= 0.2 * big) return true;
  return big >= 1000 && (roundsTo(a.value, b.value) || roundsTo(b.value, a.value));
}

// A figure bounded from below above the number where the other stops short of or caps its figure.
function apart(floor: NumberToken, ceiling: NumberToken): boolean {
  if (floor.bound !== 'lower' || !(ceiling.below || ceiling.bound === 'upper')) return false;
  return floor.value > ceiling.value;
}

// "at least" / "more than" / "over" bound from below, "at most" / "up to" / "fewer than" from above; "than" alone
// takes its direction from the word before it.
function boundOf(before: readonly string[]): 'lower' | 'upper' | undefined {
  const [near, far] = before;
  if (near === 'than') return far && UPPER_BOUND.has(far) ? 'upper' : far === 'more' ? 'lower' : undefined;
  if (near === 'least' && far === 'at') return 'lower';
  if (near === 'most' && far === 'at') return 'upper';
  if (near === 'to' && far === 'up') return 'upper';
  // "as many as 48", "as much as $2 million", "as high as 9 percent": the most it could be
  if (near === 'as' && far && AS_UPPER.has(far)) return 'upper';
  if (near && near !== 'more' && LOWER_BOUND.has(near)) return 'lower';
  if (near === 'under') return 'upper';
  return undefined;
}

function roundsTo(precise: number, rounded: number): boolean {
  const digits = String(rounded).replace(/^-|\.|0+$/g, '').replace(/^0+/, '').length || 1;
  return Number(precise.toPrecision(digits)) === rounded;
}
