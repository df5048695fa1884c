import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import { tagsIn, type Change, type View } from '../typers/change.ts';
import { checkWholeWordings } from './check-slots.ts';
import { inQuotation } from './check-stages.ts';
import { MANY_WORDS, ORDINAL_COUNTS, SHARE_WORDS, SMALL_NUMBERS } from '../../lexicon/shares.ts';
import { oncePer } from '../once-per.ts';

/** A share of a whole a wording tells: the words, and the least and most part of the whole they allow. */
interface Share {
  readonly from: number;
  readonly to: number;
  readonly low: number;
  readonly high: number;
  /** The count a part or a whole is told by ("eleven of them", "all 14"), when one is. */
  readonly count?: number;
  /** Told in figures: a count of a total ("23 of the 41", "one in ten"), a percentage, a tally ("27-14"). */
  readonly figure?: 'count' | 'percent' | 'tally';
  /** The whole a count of a total is counted from ("41" in "23 of the 41"). */
  readonly whole?: number;
}

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
  const out: Change[] = [...partToldAsWhole(base, other), ...countToldAsMany(base, other)];
  for (const [a, b] of pairShares(base, sharesOf(base), other, sharesOf(other))) {
    if (b.low <= a.high + MARGIN && a.low <= b.high + MARGIN) continue;
    // two exact shares that make up the whole tell its two parts ("61.4% within 18 weeks" / "38.6% beyond it")
    const mid = (s: Share): number => (s.low + s.high) / 2;
    if (a.high - a.low <= 0.05 && b.high - b.low <= 0.05 && Math.abs(mid(a) + mid(b) - 1) <= MARGIN) continue;
    // a count of a part ("eleven of them") against the whole told by the same count ("all eleven") is the whole
    if (a.count !== undefined && a.count === b.count) continue;
    // two figures of one form ("23 of the 94" / "32 of the 94", "41%" / "68 percent") differ as figures: a changed
    // number, typeFigures' to tell ("one in ten" / "12%" is a share told two ways, read here; so is "one in five" /
    // "one in ten", a count of another whole)
    if (a.figure && a.figure === b.figure && a.whole === b.whole) continue;
    const more = b.low > a.high;
    out.push({
      kind: 'quantifier', type: more ? 'share-raised' : 'share-lowered', severity: 'medium',
      here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to },
      explain: (h, t, says) => `"${h}" tells ${more ? 'a larger' : 'a smaller'} part of the whole than ${says('give')} ("${t}")`,
    });
  }
  return out;
}

/**
 * How many there have been, told by an ordinal before a thing ("the second outage of the card network this month": two
 * so far), against a word of an unnamed many before the same things in the other wording ("one of several outages of
 * the card network"): more of them than there were. Not where the other wording gives the ordinal too, nor a many
 * that allows as few (the third against "several").
 */
function countToldAsMany(base: View, other: View): Change[] {
  const theirs = base.v.tokens;
  const mine = other.v.tokens;
  if (mine.slice(other.from, other.to).some((w) => ORDINAL_COUNTS.has(w.norm))) return [];
  // the noun an ordinal or a word of many stands before (past the words describing it: "second night train")
  const nounAfter = (words: typeof theirs, k: number): (typeof theirs)[number] | undefined => words.slice(k + 1, k + 4).find((w) => w.pos === 'NOUN');
  for (let i = base.from; i < base.to; i++) {
    const n = ORDINAL_COUNTS.get(theirs[i]!.norm);
    if (n === undefined || !/^the$/i.test(theirs[i - 1]?.text ?? '') || inQuotation(base, i)) continue;
    const noun = nounAfter(theirs, i);
    if (!noun) continue;
    for (let k = other.from; k < other.to; k++) {
      const least = MANY_WORDS.get(mine[k]!.norm);
      if (least === undefined || least <= n || inQuotation(other, k) || nounAfter(mine, k)?.stem !== noun.stem) continue;
      return [{
        kind: 'quantifier', type: 'count-told-as-many', severity: 'medium', here: { from: k, to: k + 1 }, there: { from: i - 1, to: i + 1 },
        explain: (h, t, says) => `"${h}" tells of more than ${says('count')} so far ("${t}")`,
      }];
    }
  }
  return [];
}

/**
 * The part told as the whole: a count of a total ("four of Haddenby's 11 primary schools closed") where the other
 * wording names the same things bare and plural ("Haddenby's primary schools closed"), with no share of them, and
 * neither the part's count nor the whole's anywhere in it (a figure changed is typeFigures' to tell).
 */
function partToldAsWhole(base: View, other: View): Change[] {
  const theirs = sharesOf(base);
  if (theirs.length !== 1 || sharesOf(other).length > 0) return [];
  const share = theirs[0]!;
  // ("one of the two trapped workers" singles one out; "three in five voters" is a rate)
  if (share.figure !== 'count' || share.whole === undefined || share.low * share.whole < 1.5 || !base.v.tokens.slice(share.from, share.to).some((w) => /^of$/i.test(w.text))) return [];
  const counted = base.v.tokens.slice(share.to, share.to + 4).find((w) => w.pos === 'NOUN');
  if (!counted || counted.lemma === counted.norm) return [];
  const mine = other.v.tokens;
  const figures = new Set([share.whole, Math.round(share.low * share.whole), Math.round(share.high * share.whole)]);
  if (tagsIn(other, 'num').some((n) => figures.has(n.value))) return [];
  const k = mine.findIndex((w, i) => i >= other.from && i < other.to && w.stem === counted.stem && w.norm !== w.lemma);
  if (k < 0) return [];
  // the noun with the words that describe it ("Haddenby's primary schools"), and no figure or quantity word before them
  let from = k;
  while (from > other.from && k - from < 3 && /^(?:ADJ|PROPN|NOUN)$/.test(mine[from - 1]!.pos)) from--;
  // (nor a part of them told otherwise: "a handful of provinces", "four of the board's members")
  const before = mine[from - 1];
  if (before && before.pos === 'DET' && !/^the$/i.test(before.text)) return [];
  if (mine.slice(Math.max(other.from, from - 4), from).some((w) => /^of$/i.test(w.text) || /^\d/.test(w.norm) || w.pos === 'NUM' || SMALL_NUMBERS.has(w.norm))) return [];
  return [{
    kind: 'quantifier', type: 'part-told-as-whole', severity: 'medium', here: { from, to: k + 1 }, there: { from: share.from, to: share.to },
    explain: (h, t, says) => `"${h}" tells as the whole what ${says('count')} as a part ("${t}")`,
  }];
}

/**
 * Which share of one wording tells the part of the same whole as which of the other: one on each side are a pair;
 * with more, a pair is two shares of the same whole, the first content word after each (within four words, past an
 * owner: "of its 48,000 [members]", "of their [harvest]", "of the city's [branch]") alike.
 */
function pairShares(base: View, theirs: readonly Share[], other: View, mine: readonly Share[]): [Share, Share][] {
  if (theirs.length === 1 && mine.length === 1) return [[theirs[0]!, mine[0]!]];
  // (past an owner: "of the city's [branch] libraries")
  const whole = (view: View, s: Share): string | undefined => view.v.tokens.slice(s.to, s.to + 4).find((w) => w.content && !/^\d/.test(w.norm) && !/['’]s$/.test(w.text))?.stem;
  const out: [Share, Share][] = [];
  for (const a of theirs) {
    const noun = whole(base, a);
    const same = noun === undefined ? [] : mine.filter((b) => whole(other, b) === noun);
    const theirsToo = theirs.filter((x) => whole(base, x) === noun);
    if (same.length === 1 && theirsToo.length === 1) out.push([a, same[0]!]);
  }
  return out;
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
const BOUND = `(?:\\b(${BOUND_WORDS.join('|')}) )?`;
const NUMBER_WORDS = [...SMALL_NUMBERS.keys()].join('|');
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}))?)`;
// (the whole may follow a possessive: "23 of the city's 41 schools", "two of the agency's three missions")
const COUNT_OF = new RegExp(`${BOUND}${NUMBER} (?:of (?:the |its |their |those |these |his |her )?(?:[\\p{L}]+['’]s )?|in |out of )${NUMBER}\\b`, 'gu');
// a count of a part of a whole told elsewhere: "eleven of them", "23 of those games", "three of the suspects"
// (not "four of the club's ...": what is counted is yet to come)
const PART_OF = new RegExp(`${NUMBER} of (them|those|these|us|the)\\b`, 'g');
const PERCENT_OF = new RegExp(`${BOUND}(\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent) of\\b`, 'g');
// a share of people that does something: "70% said", "nearly 40 percent have"
const PERCENT_WHO = new RegExp(`${BOUND}(\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent)(?= \\S)`, 'g');
// a vote told by its tally: "by three votes to two", "voted 27-14" (the dash is gone from the words, so those are read over the tokens)
const VOTES_TO = new RegExp(`${NUMBER} votes? (?:to|against) ${NUMBER}\\b`, 'g');
const UNANIMOUS = /\bunanimous(?:ly)?\b/g;
// (with the parts of the phrase a hyphen joins, which a text must hold for the pattern to match at all)
const SHARE_PATTERNS = SHARE_WORDS.map(([phrase, share]) => [phrase, share, new RegExp(`${BOUND}${phrase.replace(/[-]/g, '[- ]?')}\\b`, 'g'), phrase.split('-')] as const);

// Each wording is set against a dozen others in a claim: its shares are read once per words read.
const known = oncePer((_: View['v']) => new Map<string, Share[]>());
function sharesOf(view: View): Share[] {
  const byRange = known(view.v);
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
  // a share over words [from, to), unless one is read there already or it stands in a quotation
  const add = (from: number, to: number, value: [number, number], extra: { readonly [K in 'count' | 'figure' | 'whole']?: Share[K] | undefined } = {}): void => {
    if (seen(from, to) || inQuotation(view, from)) return;
    const defined = Object.fromEntries(Object.entries(extra).filter(([, x]) => x !== undefined));
    out.push({ from, to, low: Math.max(0, value[0]), high: Math.min(1, value[1]), ...defined });
  };
  // the same, over characters of the joined text
  const push = (index: number, length: number, value: [number, number], extra: Parameters<typeof add>[3] = {}): void => add(at[index]!, at[index + length - 1]! + 1, value, extra);
  const widen = (word: string | undefined, x: number): [number, number] => {
    const rule = word ? BOUNDS.find(([re]) => re.test(word)) : undefined;
    return rule ? rule[1](x) : [x - 0.02, x + 0.02];
  };
  // "forty-five": tens and units
  const value = (s: string): number => s.split('-').reduce((sum, w) => sum + (SMALL_NUMBERS.get(w) ?? Number(w.replace(/,/g, ''))), 0);
  const range = (m: RegExpMatchArray, share: number | readonly [number, number]): [number, number] => (typeof share === 'number' ? widen(m[1], share) : [share[0], share[1]]);
  const read = (re: RegExp, f: (m: RegExpExecArray) => [number, number] | null, how: { figure?: Share['figure']; count?: (m: RegExpExecArray) => number | undefined; whole?: (m: RegExpExecArray) => number } = {}): void => {
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || (m.index > 0 && /[\p{L}\p{N}-]/u.test(text[m.index - 1]!))) continue;
      const v = f(m as RegExpExecArray);
      if (v) push(m.index, m[0].length, v, { count: how.count?.(m as RegExpExecArray), figure: how.figure, whole: how.whole?.(m as RegExpExecArray) });
    }
  };
  const wordBefore = (m: RegExpExecArray): string => text.slice(0, m.index).trimEnd().split(' ').pop() ?? '';
  // "23 of the 41 games", "four of the five member states", "nine in ten", "three out of four"
  read(COUNT_OF, (m) => {
    const [n, d] = [value(m[2]!), value(m[3]!)];
    if (!(d > 0 && n <= d && d > 1)) return null;
    // "all but three of the 48": the rest of the whole; "every one of the 31": each of the whole, all of it
    if (n === 1 && /\b(?:every|each) $/.test(text.slice(0, m.index))) return [1, 1];
    return /all but $/.test(text.slice(0, m.index)) ? widen(m[1], (d - n) / d) : widen(m[1], n / d);
  }, { figure: 'count', whole: (m) => value(m[3]!) });
  // "by three votes to two"; "voted 27-14" (two figures a dash apart, after a word of voting)
  read(VOTES_TO, (m) => tally(value(m[1]!), value(m[2]!)), { figure: 'tally' });
  // ("voted 23 to 4": the same, with "to" between the figures)
  for (let k = 1; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const to = /^to$/i.test(tokens[k + 1]!.text) ? k + 2 : k + 1;
    const b = tokens[to];
    if (!b || !/^\d+$/.test(a.norm) || !/^\d+$/.test(b.norm) || (to === k + 1 && !/^[-–]$/.test(view.v.article.text.slice(a.end, b.start)))) continue;
    // (after a word of voting, not a move "from 12 to 15")
    if (!tokens.slice(Math.max(0, k - 3), k).some((w) => /^(?:vot(?:e|ed|es|ing)|ballot|margin)$/i.test(w.text)) || /^(?:from|between)$/i.test(tokens[k - 1]!.text)) continue;
    const v = tally(Number(a.norm), Number(b.norm));
    if (v) add(k, to + 1, v, { figure: 'tally' });
  }
  // "eleven of them", "23 of those games": some of a whole told elsewhere, not all of it (not "the three of them",
  // "all four of those", "one of the largest")
  read(PART_OF, (m) => {
    const n = value(m[1]!);
    if (n < 2 || /^(?:the|all|both|each|every|these|those)$/.test(wordBefore(m))) return null;
    if (m[2] !== 'the') return [0, 0.9];
    // "of the treated children": a noun within three words, no verb before it, not an owner ("of the club's")
    const after = at[m.index + m[0].length - 1]! + 1;
    const words = tokens.slice(after, after + 3);
    const noun = words.findIndex((w) => /NOUN|PROPN/.test(w.pos));
    return noun >= 0 && !words.slice(0, noun).some((w) => /VERB|AUX/.test(w.pos)) && !/['’]s$/.test(words[noun]!.text) ? [0, 0.9] : null;
  }, { count: (m) => value(m[1]!) });
  // "40% of its imported wheat", "40 percent of"
  read(PERCENT_OF, (m) => widen(m[1], Number(m[2]) / 100), { figure: 'percent' });
  // "70% said they would": a share of the people asked, where a verb follows the figure (not "rose 70% to")
  read(PERCENT_WHO, (m) => {
    const last = at[m.index + m[0].length - 1]!;
    const first = at[m.index]!;
    const prev = tokens[first - 1];
    const verb = /VERB|AUX/.test(tokens[last + 1]?.pos ?? '');
    // (a figure right after a verb or a preposition is how much something moved or what it came to: "rose 70%")
    const moved = prev && !/[,;:(]/.test(view.v.article.text.slice(prev.end, tokens[first]!.start)) && (/VERB|AUX|ADP/.test(prev.pos) || /^(?:by|to|from|up|down)$/i.test(prev.text));
    return verb && !moved ? widen(m[1], Number(m[2]) / 100) : null;
  }, { figure: 'percent' });
  read(UNANIMOUS, () => [1, 1]);
  // "two-thirds", "nearly a quarter", "half of", words of the quantity scale ("most", "nearly all", "every")
  // ... each before what it is a part of: "of", a determiner, a figure or a noun ("most voters"; not the superlative
  // "the most severe", nor "at all", "half an hour")
  for (const [phrase, share, pattern, parts] of SHARE_PATTERNS) {
    if (!parts.every((part) => text.includes(part))) continue;
    read(pattern, (m) => {
      const last = at[m.index! + m[0].length - 1]!;
      const next = tokens[last + 1];
      if (/ of$/.test(phrase)) return range(m, share);
      if (!next) return null;
      const fraction = typeof share === 'number';
      const partOf = /^(?:of|the|its|their|these|those|his|her|our)$/i.test(next.text) || /^\d/.test(next.text) || SMALL_NUMBERS.has(next.text.toLowerCase());
      // "not at all", "after all", "above all": no part of anything (but "at all 14 hospitals" is)
      if (/^(?:at|after|above)$/i.test(tokens[at[m.index!]! - 1]?.text ?? '') && !(partOf && phrase === 'all' && /^at$/i.test(tokens[at[m.index!]! - 1]!.text))) return null;
      // a word for a part of a group standing for its members ("almost all said", "most agreed"; not "the most used")
      const members = /VERB|AUX/.test(next.pos) && !/^the$/i.test(tokens[at[m.index!]! - 1]?.text ?? '');
      // the noun it counts, past the adjectives that describe it ("nearly all small bakeries", "every major maker"; not
      // the superlative "the most senior officers")
      let head = last + 1;
      const superlative = /^(?:the|a|its|their|his|her|our)$/i.test(tokens[at[m.index!]! - 1]?.text ?? '');
      while (!superlative && tokens[head]?.pos === 'ADJ' && head - last <= 2) head++;
      return partOf || (!fraction && (tokens[head]?.pos === 'NOUN' || members)) ? range(m, share) : null;
    }, { count: (m) => {
      // the whole's count, where one follows ("all 14 wolves", "every one of the 41")
      const next = text.slice(m.index + m[0].length).match(/^ (?:of )?(?:the )?(\d{1,3}(?:,\d{3})+|\d+|[a-z]+)\b/);
      const n = next ? value(next[1]!) : NaN;
      return Number.isFinite(n) && n > 0 ? n : undefined;
    } });
  }
  return out;
}

// The share of a vote the first figure of its tally tells: "27-14" is 27 of 41.
function tally(a: number, b: number): [number, number] | null {
  return a + b > 1 && a >= b ? [a / (a + b) - 0.01, a / (a + b) + 0.01] : null;
}
