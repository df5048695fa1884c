import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import { checkWholeWordings } from './check-slots.ts';
import { inQuotation } from './check-stages.ts';
import { SHARE_WORDS, SMALL_NUMBERS } from '../../lexicon/shares.ts';

/** A share of a whole a wording tells: the words, and the least and most part of the whole they allow. */
interface Share { readonly from: number; readonly to: number; readonly low: number; readonly high: number }

/** Two shares whose ranges are apart by less than this agree (rounding). */
const MARGIN = 0.03;

/**
 * How much of a whole, over the whole wording: a part told in words ("most", "nearly all", "every"), as a fraction
 * ("two-thirds", "nearly a quarter"), as a count of a total ("23 of the 41 games", "nine in ten") or a share of it
 * ("40% of its wheat"), each read as the range of the whole it allows. Where each wording tells one share and their
 * ranges do not meet ("nearly all" / "roughly two-thirds", "most" / "about 40%", "every pharmacist" / "nearly nine
 * in ten"), the part is another. Words of the quantity scale facing each other in a slot are typeScales' business;
 * this reads a share told in figures on one side and in words on the other, wherever the rewrite put it.
 */
export function checkShares(col: Collation): Finding[] {
  return checkWholeWordings(col, compareShares);
}

function compareShares(base: View, other: View): Change[] {
  const theirs = sharesOf(base);
  const mine = sharesOf(other);
  if (theirs.length !== 1 || mine.length !== 1) return [];
  const [a, b] = [theirs[0]!, mine[0]!];
  if (b.low <= a.high + MARGIN && a.low <= b.high + MARGIN) return [];
  // two exact shares that make up the whole tell its two parts ("61.4% within 18 weeks" / "38.6% beyond it")
  const mid = (s: Share): number => (s.low + s.high) / 2;
  if (a.high - a.low <= 0.05 && b.high - b.low <= 0.05 && Math.abs(mid(a) + mid(b) - 1) <= MARGIN) return [];
  const more = b.low > a.high;
  return [{
    kind: 'quantifier', type: more ? 'share-raised' : 'share-lowered', severity: 'medium',
    here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to },
    explain: (h, t, says) => `"${h}" tells ${more ? 'a larger' : 'a smaller'} part of the whole than ${says('give')} ("${t}")`,
  }];
}

// A bound before a share: how it widens the share's value into a range.
const BOUNDS: readonly [RegExp, (x: number) => [number, number]][] = [
  [/^(?:about|around|roughly|approximately|some|an estimated|close to|nigh on)$/, (x) => [x * 0.85, Math.min(1, x * 1.15)]],
  [/^(?:nearly|almost|just under|just shy of|not quite)$/, (x) => [x - 0.12, x]],
  [/^(?:more than|over|above|at least|upwards of|just over|well over)$/, (x) => [x, Math.min(1, x + 0.35)]],
  [/^(?:less than|under|fewer than|below|at most|up to)$/, (x) => [Math.max(0, x - 0.35), x]],
];

const BOUND_WORDS = BOUNDS.flatMap(([re]) => re.source.replace(/^\^\(\?:|\)\$$/g, '').split('|')).sort((a, b) => b.length - a.length);

// The patterns, compiled once (each wording of each claim is read with all of them): the bounds' words, longest
// first, as one optional group before a share; a count ("23", "forty-five"); "23 of the 41", "nine in ten"; "40% of";
// each share word ("two-thirds", "most") with its bound.
const BOUND = `(?:(${BOUND_WORDS.join('|')}) )?`;
const NUMBER_WORDS = [...SMALL_NUMBERS.keys()].join('|');
const NUMBER = String.raw`(\d+(?:\.\d+)?|(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}))?)`;
const COUNT_OF = new RegExp(`${BOUND}${NUMBER} (?:of (?:the |its |their |those |these |his |her )?|in |out of )${NUMBER}\\b`, 'g');
const PERCENT_OF = new RegExp(`${BOUND}(\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent) of\\b`, 'g');
const SHARE_PATTERNS = SHARE_WORDS.map(([phrase, share]) => [phrase, share, new RegExp(`${BOUND}${phrase.replace(/[-]/g, '[- ]?')}\\b`, 'g')] as const);

// Each wording is set against a dozen others in a claim: its shares are read once per words read.
const known = new WeakMap<View['v'], Map<string, Share[]>>();
function sharesOf(view: View): Share[] {
  let byRange = known.get(view.v);
  if (!byRange) {
    byRange = new Map();
    known.set(view.v, byRange);
  }
  const key = `${view.from}:${view.to}`;
  let hit = byRange.get(key);
  if (!hit) {
    hit = readShares(view);
    byRange.set(key, hit);
  }
  return hit;
}

// The shares a wording tells outside quotations, read over its words lower-cased and joined by single spaces.
function readShares(view: View): Share[] {
  const tokens = view.v.tokens;
  let text = '';
  const at: number[] = [];
  tokens.forEach((t, k) => {
    if (k > 0) {
      text += ' ';
      at.push(k);
    }
    for (let i = 0; i < t.text.length; i++) at.push(k);
    text += t.text.toLowerCase();
  });
  const out: Share[] = [];
  const seen = (from: number, to: number): boolean => out.some((s) => s.from < to && from < s.to);
  const push = (index: number, length: number, value: [number, number]): void => {
    const from = at[index]!;
    const to = at[index + length - 1]! + 1;
    if (seen(from, to) || inQuotation(view, from)) return;
    out.push({ from, to, low: Math.max(0, value[0]), high: Math.min(1, value[1]) });
  };
  const widen = (word: string | undefined, x: number): [number, number] => {
    const rule = word ? BOUNDS.find(([re]) => re.test(word)) : undefined;
    return rule ? rule[1](x) : [x - 0.02, x + 0.02];
  };
  // "forty-five": tens and units
  const value = (s: string): number => s.split('-').reduce((sum, w) => sum + (SMALL_NUMBERS.get(w) ?? Number(w)), 0);
  const range = (m: RegExpMatchArray, share: number | readonly [number, number]): [number, number] => (typeof share === 'number' ? widen(m[1], share) : [share[0], share[1]]);
  const read = (re: RegExp, f: (m: RegExpExecArray) => [number, number] | null): void => {
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || (m.index > 0 && /[\p{L}\p{N}-]/u.test(text[m.index - 1]!))) continue;
      const v = f(m as RegExpExecArray);
      if (v) push(m.index, m[0].length, v);
    }
  };
  // "23 of the 41 games", "four of the five member states", "nine in ten", "three out of four"
  read(COUNT_OF, (m) => {
    const [n, d] = [value(m[2]!), value(m[3]!)];
    if (!(d > 0 && n <= d && d > 1)) return null;
    // "all but three of the 48": the rest of the whole
    return /all but $/.test(text.slice(0, m.index)) ? widen(m[1], (d - n) / d) : widen(m[1], n / d);
  });
  // "40% of its imported wheat", "40 percent of"
  read(PERCENT_OF, (m) => widen(m[1], Number(m[2]) / 100));
  // "two-thirds", "nearly a quarter", "half of", words of the quantity scale ("most", "nearly all", "every")
  // ... each before what it is a part of: "of", a determiner, a figure or a noun ("most voters"; not the superlative
  // "the most severe", nor "at all", "half an hour")
  for (const [phrase, share, pattern] of SHARE_PATTERNS) {
    read(pattern, (m) => {
      const last = at[m.index! + m[0].length - 1]!;
      const next = tokens[last + 1];
      if (/ of$/.test(phrase)) return range(m, share);
      if (!next || /^(?:at|after|above)$/i.test(tokens[at[m.index!]! - 1]?.text ?? '')) return null;
      const fraction = typeof share === 'number';
      const partOf = /^(?:of|the|its|their|these|those|his|her|our)$/i.test(next.text) || /^\d/.test(next.text) || SMALL_NUMBERS.has(next.text.toLowerCase());
      return partOf || (!fraction && next.pos === 'NOUN') ? range(m, share) : null;
    });
  }
  return out;
}
