import type { NumTag, ScaleTag } from '../tag/tag.ts';
import { tagsAt, tagsIn, type Change, type View } from './change.ts';
import { COUNT_RANGES } from '../../lexicon/scales.ts';
import { estimating, FIGURE_AT_VERBS, PERIOD_ADVERBS, PERIOD_NOUNS } from '../../lexicon/figure-modifiers.ts';
import { RELATIVE_PRONOUNS } from '../../lexicon/clause-openers.ts';
import { RATE_OF } from '../../lexicon/units.ts';

const TIME_PERIODS: ReadonlySet<string> = new Set([...Object.values(PERIOD_NOUNS), ...Object.values(PERIOD_ADVERBS)]);

/**
 * Figures: a figure for the same thing with another amount (units converted, rounding and approximations allowed),
 * in another currency, bounded the other way ("as many as 48" / "at least 48"), stated exactly where the other
 * gives a bound, or blurred to a vague word ("several" where the other gives "eleven").
 */
export function typeFigures(base: View, other: View): Change[] {
  // a figure of one side that the other gives elsewhere ("leaving 9 dead" / "Nine people were killed") is that
  // figure's partner, not the counterpart of another figure here
  const elsewhere = (view: View, value: number, not: NumTag): boolean => view.v.tags.some((t) => t.kind === 'num' && t !== not && !t.ordinal && t.value === value && (t.to <= view.from || t.from >= view.to));
  // a figure one side gives for the amount the other restates in brackets ("about $12.4 million" / "about 11.5 million
  // euros ($233 million)") is that amount told in the conversion's currency or unit: neither figure is changed
  const restated = new Set<NumTag>();
  for (const [view, far] of [[other, base], [base, other]] as const) {
    for (const n of figures(view)) {
      const pair = conversionsOf(far).find(([, c]) => c.dimension === n.dimension && c.value === n.value);
      if (pair) restated.add(n).add(pair[0]);
    }
  }
  const mine = figures(other).filter((b) => !restated.has(b) && (!figures(base).some((a) => a.value === b.value) ? !elsewhere(base, b.value, b) : true));
  const theirs = figures(base).filter((a) => !restated.has(a) && (!figures(other).some((b) => b.value === a.value) ? !elsewhere(other, a.value, a) : true));
  const out: Change[] = [];
  const used = new Set<NumTag>();
  // figures counting the same thing pair first ("four shots" / "six shots"); the rest pair in order
  const pairs: [NumTag, NumTag][] = [];
  const taken = new Set<NumTag>();
  // the same figure on both sides pairs first, whatever measure each gives it ("6.1 points" / "6.1 per cent"), or
  // converted to another unit ("1.6km" / "1 mile")
  for (const a of theirs) {
    const b = mine.find((x) => !used.has(x) && comparable(a, x) && (x.value === a.value || converted(a, x)));
    if (b) { used.add(b); taken.add(a); pairs.push([a, b]); }
  }
  for (const a of theirs) {
    if (taken.has(a)) continue;
    const b = mine.find((x) => !used.has(x) && comparable(a, x) && x.counted !== undefined && x.counted === a.counted);
    if (b) { used.add(b); taken.add(a); pairs.push([a, b]); }
  }
  // the rest pair by place: at the same distance from either end of their readings ("... total to 1,215" /
  // "... to 602, bringing the two-day total to 1,242" pairs the two totals)
  const short = base.to - base.from <= 6 && other.to - other.from <= 6;
  for (const a of theirs) {
    if (taken.has(a)) continue;
    const place = (x: NumTag): number => Math.min(Math.abs((x.from - other.from) - (a.from - base.from)), Math.abs((other.to - x.to) - (base.to - a.to)));
    // two short readings opposite each other hold one figure, whatever noun each counts it in ("seven people" / "nine lives")
    const candidates = mine.filter((x) => !used.has(x) && comparable(a, x) && (x.value === a.value || x.counted === undefined || a.counted === undefined || x.counted === a.counted || (short && place(x) === 0)) && (short || place(x) <= 2));
    const b = candidates.sort((x, y) => place(x) - place(y))[0];
    if (b) { used.add(b); pairs.push([a, b]); }
  }
  for (const [a, b] of pairs) {
    // a changed amount points at the figure itself; a changed bound at the words that bound it and the figure
    const here = figureWords(other, b);
    const there = figureWords(base, a);
    // a share in per cent told in basis points ("0.21 percent of assets" / "21 basis points of assets"): one amount
    if (basisPointsOf(a, b) || basisPointsOf(b, a)) continue;
    if (sameAmount(a, b)) {
      // "6.1 points" told as "6.1 per cent": the same figure of another measure
      if ((a.dimension === 'percent' && b.dimension === 'points') || (a.dimension === 'points' && b.dimension === 'percent')) {
        out.push({ kind: 'number', type: 'unit-changed', severity: 'high', here: { from: b.at, to: b.to }, there: { from: a.at, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": another measure`, actual: b.unit ?? b.dimension, expected: a.unit ?? a.dimension });
        continue;
      }
      if (a.dimension !== b.dimension) {
        out.push({ kind: 'number', type: 'currency-changed', severity: 'high', here: { from: b.from, to: b.at + 1 }, there: { from: a.from, to: a.at + 1 }, explain: (h, t, says) => `gives the sum in another currency: "${h}" where ${says('say')} "${t}"`, actual: b.dimension, expected: a.dimension });
        continue;
      }
      const period = periodChange(a, b, base);
      if (period) {
        out.push(period);
        continue;
      }
      const bound = boundChanged(a, b, base, other);
      if (bound) out.push(bound);
      continue;
    }
    const whole = wholeForPart(a, b, base, other, here, there);
    if (whole) {
      out.push(whole);
      continue;
    }
    // a unit changed points at the figure with its unit: "2 mile" where the others say "2 kilometre"
    const unitChanged = a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit && a.value === b.value;
    out.push({
      kind: 'number', type: unitChanged ? 'unit-changed' : 'figure-changed', severity: 'high',
      here: unitChanged ? { from: b.at, to: b.to } : here, there: unitChanged ? { from: a.at, to: a.to } : there,
      explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"${!unitChanged && misprint(a, b) ? `: ${slipWords(a, b)}` : ''}`, actual: String(b.value), expected: String(a.value),
    });
  }
  // a figure on one side only, with a vague word of quantity on the other
  const vagueHere = tagsIn(other, 'scale').filter(isCountWord);
  const vagueThere = tagsIn(base, 'scale').filter(isCountWord);
  for (const a of theirs) {
    if (mine.some((b) => comparable(a, b)) || a.dimension !== 'count') continue;
    // a vague word whose range holds the figure ("dozens of" for 48) is a fair rounding
    const word = vagueHere.find((s) => near(s, a, other, base) && !holds(s.word, a.value));
    if (word) out.push({ kind: 'quantifier', type: 'count-blurred', severity: 'medium', here: { from: word.from, to: word.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('give')} the figure, "${t}"`, actual: word.word, expected: String(a.value) });
  }
  // (a figure where the other is vague says more, not less: not a change this typer reports)
  return out;
}

/**
 * Figures compared across the whole of two wordings, however the rewrite moved them (the slots pair figures where the
 * words line up, and a figure moved to another clause lines up with nothing): the same figure told with another bound
 * ("about 600" / "more than 600") or over another period, and a count changed by a power of ten.
 */
export function typeMovedFigures(base: View, other: View): Change[] {
  const theirs = figures(base);
  const mine = new Map<string, NumTag[]>();
  for (const b of figures(other)) mine.set(`${b.dimension} ${b.value}`, [...(mine.get(`${b.dimension} ${b.value}`) ?? []), b]);
  const told = new Map<number, number>();
  for (const a of theirs) told.set(a.value, (told.get(a.value) ?? 0) + 1);
  const out: Change[] = [];
  for (const a of theirs) {
    const same = mine.get(`${a.dimension} ${a.value}`) ?? [];
    // a figure told twice on one side is two statements, not one changed
    if (same.length !== 1 || told.get(a.value) !== 1) continue;
    const b = same[0]!;
    // the same numeral in another unit of the measure, not a conversion of it: "2,900 feet" / "2,900 metres"
    if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit && !sameAmount(a, b)) {
      out.push({ kind: 'number', type: 'unit-changed', severity: 'high', here: { from: b.at, to: b.to }, there: { from: a.at, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": another unit`, actual: b.unit, expected: a.unit });
      continue;
    }
    const period = periodChange(a, b, base);
    if (period) out.push(period);
    const bound = boundChanged(a, b, base, other);
    if (bound) out.push(bound);
  }
  // the same numeral counting a thing on one side and measuring in a unit on the other, or measuring in units of
  // two measures: "61,500 fish" / "61,500 metric tons", "38,000 tonnes" / "38,000 gallons" (not a small number, which
  // two facts can share by chance)
  for (const a of theirs) {
    if (a.value < 100 || told.get(a.value) !== 1 || !measureOf(a)) continue;
    const same = figures(other).filter((b) => b.value === a.value && b.dimension !== a.dimension && measureOf(b) && !comparable(a, b));
    const b = same[0];
    if (same.length !== 1 || !b || figures(other).filter((x) => x.value === a.value).length !== 1) continue;
    // (a rate is no measure of another kind: "320 kilometres an hour" / "320 km/h")
    const rate = a.per !== undefined || b.per !== undefined || RATE_OF[a.dimension] === b.dimension || RATE_OF[b.dimension] === a.dimension;
    if ((a.dimension === 'count' && b.dimension === 'count') || rate) continue;
    out.push({ kind: 'number', type: 'unit-changed', severity: 'high', here: { from: b.at, to: b.to }, there: { from: a.at, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": another measure`, actual: b.unit ?? b.counted ?? b.dimension, expected: a.unit ?? a.counted ?? a.dimension });
  }
  const slip = scaleSlip(theirs, figures(other));
  if (slip) out.push(slip);
  else out.push(...sameMeasureChanged(base, other));
  return out;
}

/**
 * One figure on each side for the same thing (the same counted noun, the same unit, or a sum of money) that matches
 * nothing on the other side and is told nowhere in the other's article: the figure was changed, wherever the rewrite
 * moved it ("about 235,000 chickens" / "about 210,000 chickens"; "banned for 12 years" where the others give 10 years
 * and both give the five years of another ban). Two unmatched figures of one measure on either side may be two
 * facts, and are left to the slots.
 */
function sameMeasureChanged(base: View, other: View): Change[] {
  const measureKey = (x: NumTag): string | undefined => (x.counted !== undefined ? `n:${x.counted}` : x.unit !== undefined ? `u:${x.unit}` : x.dimension.startsWith('money:') ? 'money' : undefined);
  const theirs = figures(base);
  const mine = figures(other);
  // (the same numeral with its unit left out, "to just 4,350", is the same figure)
  const unmatched = (list: readonly NumTag[], others: readonly NumTag[]): NumTag[] => list.filter((x) => measureKey(x) !== undefined && x.value > 0 && !others.some((y) => agrees(x, y) || y.value === x.value));
  const a1 = unmatched(theirs, mine);
  const b1 = unmatched(mine, theirs);
  const toldIn = (view: View, x: NumTag): boolean => view.v.tagged.tags.some((t) => t.kind === 'num' && !t.ordinal && agrees(t, x));
  // two wordings each giving several figures and sharing none tell different parts of the claim ("had 212 officers
  // for 340 posts" / "only three officers were patrolling ..., staffed at 62%")
  const measured = (list: readonly NumTag[]): number => list.filter((x) => measureKey(x) !== undefined).length;
  if (a1.length === measured(theirs) && b1.length === measured(mine) && a1.length > 1 && b1.length > 1) return [];
  const out: Change[] = [];
  for (const a of a1) {
    const same = a1.filter((x) => measureKey(x) === measureKey(a));
    const counterparts = b1.filter((x) => measureKey(x) === measureKey(a));
    if (same.length !== 1 || counterparts.length !== 1) continue;
    const b = counterparts[0]!;
    // a share or a sum of money is said of many things in one story: the only one on each side
    const generic = measureKey(a) === 'money' || a.dimension === 'percent';
    if (generic && (theirs.filter((x) => measureKey(x) === measureKey(a)).length !== 1 || mine.filter((x) => measureKey(x) === measureKey(a)).length !== 1)) continue;
    if (a.per !== b.per || toldIn(other, a) || toldIn(base, b)) continue;
    const whole = wholeForPart(a, b, base, other, { from: b.at, to: b.at + 1 }, { from: a.at, to: a.at + 1 });
    if (whole) {
      out.push(whole);
      continue;
    }
    out.push({ kind: 'number', type: 'figure-changed', severity: 'high', here: { from: b.at, to: b.at + 1 }, there: { from: a.at, to: a.at + 1 }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: String(b.value), expected: String(a.value) });
  }
  return out;
}

/**
 * One count on each side that matches nothing on the other, off by a power of ten ("about 430 residents" / "some
 * 4,300 villagers"): the figure was changed in scale, wherever the rewrite moved it. Any other pair of unmatched
 * counts may be two different facts and is left to the slots.
 */
function scaleSlip(theirs: readonly NumTag[], mine: readonly NumTag[]): Change | undefined {
  const alone = (list: readonly NumTag[], others: readonly NumTag[]): NumTag[] => list.filter((x) => x.dimension === 'count' && !others.some((y) => agrees(x, y)));
  const a = alone(theirs, mine);
  const b = alone(mine, theirs);
  if (a.length !== 1 || b.length !== 1 || a[0]!.value <= 0 || b[0]!.value <= 0) return undefined;
  if (misprint(a[0]!, b[0]!) !== 'scale') return undefined;
  const ratio = Math.log10(b[0]!.value / a[0]!.value);
  const [x, y] = [a[0]!, b[0]!];
  return { kind: 'number', type: 'figure-changed', severity: 'high', here: { from: y.at, to: y.at + 1 }, there: { from: x.at, to: x.at + 1 }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": ${Math.abs(Math.round(ratio)) === 1 ? 'ten' : `${10 ** Math.abs(Math.round(ratio))}`} times ${ratio > 0 ? 'more' : 'less'}`, actual: String(y.value), expected: String(x.value) };
}

/**
 * A count told as the whole on one side only, larger than the other's ("all 17 were admitted" / "three had been
 * admitted", "every one of its 74 musicians" / "as many as 18 musicians"): a part told as the whole, or the whole as a
 * part, rather than a figure changed, unless one figure is a misprint of the other ("all 86,000" / "68,000").
 */
function wholeForPart(a: NumTag, b: NumTag, base: View, other: View, here: { from: number; to: number }, there: { from: number; to: number }): Change | null {
  if (a.dimension !== 'count' || b.dimension !== 'count' || misprint(a, b)) return null;
  const wholeHere = wholeOf(other, b);
  const wholeThere = wholeOf(base, a);
  if ((wholeHere === null) === (wholeThere === null)) return null;
  if (wholeHere ? b.value <= a.value : a.value <= b.value) return null;
  return {
    kind: 'quantifier', type: wholeHere ? 'whole-for-part' : 'part-for-whole', severity: 'medium',
    here: wholeHere ? { from: wholeHere.from, to: here.to } : here, there: wholeThere ? { from: wholeThere.from, to: there.to } : there,
    explain: (h, t, says) => (wholeHere ? `"${h}" tells as the whole what ${says('count')} as a part, "${t}"` : `"${h}" counts a part of what ${says('tell')} as the whole, "${t}"`),
    actual: String(b.value), expected: String(a.value),
  };
}

/**
 * The word telling a count as the whole of a group ("all 17", "all of its 2,100", "every one of the 74", "each of the
 * seven"): a word at the top of the quantity scale at most three words before the figure, with only function words
 * between; null when there is none.
 */
function wholeOf(view: View, x: NumTag): ScaleTag | null {
  const tokens = view.v.tokens;
  for (const t of view.v.tags) {
    if (t.kind !== 'scale' || t.scale !== 'quantity' || t.rank < 6 || t.to > x.from || x.from - t.to > 3) continue;
    if (tokens.slice(t.to, x.from).every((w) => !w.content || /^one$/i.test(w.text))) return t;
  }
  return null;
}

// The words of a figure: the figure itself, or a whole ratio ("one in five": "one" alone reads as no change).
function figureWords(view: View, x: NumTag): { from: number; to: number } {
  return { from: x.at, to: /^(?:in|out)$/i.test(view.v.tokens[x.at + 1]?.text ?? '') ? Math.max(x.to, x.at + 1) : x.at + 1 };
}

// The same figure with another bound: "at least 30" / "30", "about 38,000" / "more than 38,000". A figure the base
// gives as an estimate ("an estimated 3,800 barrels", "costing an estimated 140 million euros") told as exact is a
// hedge dropped: "estimated" says no one counted it, where "about" may only round a count. (An estimate the other
// wording tells by its verb, "Keelstat estimates that goods worth $6.2 billion", is still one; "put losses at 2m"
// tells it without stating it as exact.)
function boundChanged(a: NumTag, b: NumTag, base: View, other: View): Change | undefined {
  if (a.estimate && b.bound === undefined && !b.estimate && a.value === b.value && !other.v.tokens.some((w) => estimating(w.norm) || FIGURE_AT_VERBS.has(w.norm))) {
    return { kind: 'hedge', type: 'estimate-stated-as-exact', severity: 'medium', here: { from: b.from, to: b.at + 1 }, there: { from: a.from, to: a.at + 1 }, explain: (h, t, says) => `"${h}" states as exact a figure ${says('give')} as an estimate, "${t}"`, actual: 'exact', expected: 'estimated' };
  }
  const change = boundChange(a, b);
  if (!change) return undefined;
  return { kind: 'quantifier', type: 'bound-changed', severity: 'medium', here: { from: b.from, to: b.at + 1 }, there: { from: a.from, to: a.at + 1 }, explain: (h, t, says) => `"${h}" ${change} where ${says('say')} "${t}"`, actual: b.bound ?? 'exact', expected: a.bound ?? 'exact' };
}

// "750,000 boxes a month" told as "a year", or as a total over the whole term: the same figure counted over another period.
function periodChange(a: NumTag, b: NumTag, base?: View): Change | undefined {
  // an amount told as a rate by a span of time ("$1.9 billion" / "$1.9 billion a year"): it recurs where the other
  // gives it once (a rate left out is compression, and a price "a tonne" is the same price)
  if (a.per === undefined && b.per !== undefined && TIME_PERIODS.has(b.per) && !(base && mentionsPeriod(base, b.per))) {
    return { kind: 'number', type: 'period-changed', severity: 'high', here: { from: b.at, to: b.to }, there: { from: a.at, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": a rate by the ${b.per}, not one amount`, actual: `per ${b.per}`, expected: 'once' };
  }
  if (a.per === undefined || b.per === undefined || a.per === b.per) return undefined;
  const what = b.per === 'total' ? `a total, not a rate by the ${a.per}` : a.per === 'total' ? `a rate by the ${b.per}, not a total` : `counted by the ${b.per}, not the ${a.per}`;
  return { kind: 'number', type: 'period-changed', severity: 'high', here: { from: b.at, to: b.to }, there: { from: a.at, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}": ${what}`, actual: `per ${b.per}`, expected: `per ${a.per}` };
}

// The base wording names the period anywhere ("the maximum daily move", "income below 45,000 crowns, assessed
// annually"): the rate may be told there, apart from the figure.
function mentionsPeriod(base: View, per: string): boolean {
  return base.v.tokens.some((t) => {
    const w = t.text.toLowerCase();
    return PERIOD_NOUNS[t.lemma.toLowerCase()] === per || PERIOD_NOUNS[w] === per || PERIOD_ADVERBS[w] === per || (per === 'year' && /^annual/.test(w));
  });
}

// A figure that says what it measures: a unit of a physical measure, or a counted noun (a word, not a unit's letter);
// sums of money and shares have checks of their own
function measureOf(x: NumTag): boolean {
  if (x.dimension.startsWith('money:') || x.dimension === 'percent' || x.dimension === 'points') return false;
  return x.dimension === 'count' ? (x.counted?.length ?? 0) >= 3 : x.unit !== undefined;
}

// The figures of a reading; a figure in a credit ("two people familiar with ...", "the 27-nation bloc said") is the
// credit check's, but for one in a clause the credit tells of its source ("Sulem, who lifted 241 kilograms, said"):
// a fact of the story, read like any other.
function figures(view: View): NumTag[] {
  const credits = tagsIn(view, 'credit');
  const told = (c: { from: number }, n: NumTag): boolean => c.from < n.at && view.v.tokens.slice(c.from, n.at).some((t) => RELATIVE_PRONOUNS.has(t.text.toLowerCase()));
  // (a figure whose own word lies outside a wording cut out of a longer sentence is not told there)
  return tagsAt(view, 'num').filter((n) => !n.ordinal && !n.conversion && !n.outside && !credits.some((c) => c.from <= n.at && n.at < c.to && (c.count !== undefined || !told(c, n))));
}

function holds(word: string, value: number): boolean {
  const range = COUNT_RANGES[word];
  return range !== undefined && value >= range[0] && value <= range[1];
}

// A figure in basis points that is the other's percentage, converted (a hundredth of a point each).
function basisPointsOf(bp: NumTag, pct: NumTag): boolean {
  return bp.unit === 'basis point' && pct.dimension === 'percent' && Math.abs(bp.base - pct.value) < 1e-9;
}

function isCountWord(s: ScaleTag): boolean {
  return s.scale === 'quantity' && s.rank > 0 && s.rank < 6;
}

// The vague word stands where the figure stands: both open their readings, or the word is the reading's first words.
function near(word: ScaleTag, figure: NumTag, wordView: View, figureView: View): boolean {
  return Math.abs((word.from - wordView.from) - (figure.from - figureView.from)) <= 2;
}

// Two figures can be set against each other: the same kind of measure (any unit of it, any currency).
/** Two figures can measure one thing: the same kind of measure (any two currencies; a percentage and points). */
export function comparable(a: NumTag, b: NumTag): boolean {
  if (a.dimension === b.dimension) return true;
  if (a.dimension.startsWith('money:') && b.dimension.startsWith('money:')) return true;
  // a percentage and a count of percentage points are often written for one another
  return (a.dimension === 'percent' && b.dimension === 'points') || (a.dimension === 'points' && b.dimension === 'percent');
}

/** How a slip (`misprint`) reads in a finding: "its digits in another order", "a thousandth of the figure". */
export function slipWords(a: NumTag, b: NumTag): string {
  if (misprint(a, b) !== 'scale') return 'its digits in another order';
  const power = Math.round(Math.log10(b.value / a.value));
  const name = ['ten', 'a hundred', 'a thousand'][Math.abs(power) - 1] ?? `10^${Math.abs(power)}`;
  return power > 0 ? `${name} times the figure` : `${name === 'ten' ? 'a ten' : name}th of the figure`;
}

/**
 * How one figure reads as a slip of another of the same kind of measure: its digits transposed ("421,000" / "412,000",
 * "€4.3 billion" / "€3.4 billion": the same digits in another order, the same size) or its scale slipped by a power of
 * ten ("23,000" / "2,300", "4.8 million" / "4.8 billion"). Null for any other pair.
 */
export function misprint(a: NumTag, b: NumTag): 'transposed' | 'scale' | null {
  if (!comparable(a, b) || a.value <= 0 || b.value <= 0 || a.value === b.value) return null;
  const ratio = Math.log10(b.value / a.value);
  if (Math.abs(ratio) >= 0.99 && Math.abs(ratio - Math.round(ratio)) < 1e-9) return 'scale';
  const [x, y] = [digitsOf(a.value), digitsOf(b.value)];
  const sorted = (d: string): string => [...d].sort().join('');
  const size = (v: number): number => Math.floor(Math.log10(v));
  return x.length >= 2 && new Set(x).size >= 2 && size(a.value) === size(b.value) && sorted(x) === sorted(y) ? 'transposed' : null;
}

/**
 * Two figures a keystroke apart, as a misprint is: one digit changed, added or dropped ("18" / "8", "180" / "80",
 * "25" / "15"), the larger 10 or more (between one-digit figures every change is one digit).
 */
export function digitApart(a: NumTag, b: NumTag): boolean {
  if (!comparable(a, b) || a.value === b.value || Math.max(a.value, b.value) < 10) return false;
  const [x, y] = [String(a.value), String(b.value)];
  if (x.length === y.length) return [...x].filter((c, i) => c !== y[i]).length === 1;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

// The significant digits of a figure: 421000 -> "421", 4.3e9 -> "43".
function digitsOf(v: number): string {
  return v.toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** Two figures for one amount: the same kind of measure, equal or rounded or converted. */
export function agrees(a: NumTag, b: NumTag): boolean {
  return comparable(a, b) && (sameAmount(a, b) || converted(a, b));
}

// One amount in two units of a measure, rounded in the conversion: "1.6 km" / "1 mile", "40 metres (130 feet)".
function converted(a: NumTag, b: NumTag): boolean {
  return a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit && a.dimension === b.dimension && Math.abs(a.base - b.base) <= 0.02 * Math.max(Math.abs(a.base), Math.abs(b.base));
}

/** True when two figures can describe one amount: equal in the base unit (conversions rounded), or one an approximation or rounding of the other. */
export function sameAmount(a: NumTag, b: NumTag): boolean {
  const x = a.dimension.startsWith('money:') || a.dimension !== b.dimension ? a.value : a.base;
  const y = b.dimension.startsWith('money:') || a.dimension !== b.dimension ? b.value : b.base;
  if (x === y) return true;
  const big = Math.max(Math.abs(x), Math.abs(y));
  // a conversion between units is rounded: "14,200 hectares (35,100 acres)", "40 metres (130 feet)"
  if (converted(a, b)) return true;
  // two bounds the same way on different figures ("at least 21" / "at least 17") are two different counts
  if (a.bound && a.bound === b.bound && a.bound !== 'approx') return false;
  if (apart(a, b) || apart(b, a)) return false;
  // two figures told to the same precision are two amounts, not one rounded ("about 212,000" / "about 221,000",
  // "around 62" / "around 68"): a rounding has fewer significant digits than what it rounds
  // (a floor or a ceiling is no rounding: "fewer than 1 per cent" holds 0.9 per cent, however few its digits)
  const bounding = (x: NumTag): boolean => x.bound !== undefined && x.bound !== 'approx';
  if (a.unit === b.unit && a.dimension === b.dimension && digitsOf(a.value).length === digitsOf(b.value).length && !bounding(a) && !bounding(b)) return false;
  // an approximation rounds ("about 210,000" for 212,400), a floor or a ceiling reaches further ("more than 200")
  const slack = (a.bound ?? 'approx') === 'approx' && (b.bound ?? 'approx') === 'approx' ? 0.1 : 0.2;
  if ((a.bound || b.bound) && Math.abs(x - y) <= slack * big && !excludes(b, y, a, x) && !excludes(a, x, b, y)) return true;
  // (a bare rounding stays near what it rounds: "2,000" is no rounding of 2,400, a sixth off)
  return big >= 1000 && (roundsTo(x, y) || roundsTo(y, x)) && Math.abs(x - y) <= ROUNDING * big;
}

/** A figure rounded with no word of approximation is off by at most this share of the larger. */
const ROUNDING = 0.1;

// A bound that leaves out the exact figure the other gives: a floor above it ("more than 12" / "10") or a ceiling
// below it ("up to 9" / "10"): no amount both could be.
function excludes(bounded: NumTag, value: number, exact: NumTag, figure: number): boolean {
  if (exact.bound !== undefined) return false;
  if (bounded.bound === 'lower') return value > figure;
  return (bounded.bound === 'upper' || bounded.bound === 'below') && value < figure;
}

// A floor above the number where the other stops short of it or caps it: no amount both could be.
function apart(floor: NumTag, ceiling: NumTag): boolean {
  return floor.bound === 'lower' && (ceiling.bound === 'below' || ceiling.bound === 'upper') && floor.value >= ceiling.value;
}

function roundsTo(precise: number, rounded: number): boolean {
  const digits = String(rounded).replace(/^-|\.|0+$/g, '').replace(/^0+/, '').length || 1;
  return Number(precise.toPrecision(digits)) === rounded;
}

// How the bound on one amount changed, in words, or null when both read alike (an approximation agrees with an exact figure).
function boundChange(a: NumTag, b: NumTag): string | null {
  // an approximation ("about 210") agrees with a bound on another figure near it ("more than 200"); on the same
  // figure a floor or a ceiling cuts off half of what the approximation allows ("about 38,000" / "at least 38,000")
  if (a.bound === 'approx' || b.bound === 'approx') {
    const bound = a.bound === 'approx' ? b.bound : a.bound;
    if (a.value !== b.value || (bound !== 'lower' && bound !== 'upper')) return null;
    const as = (x: string | undefined): string => (x === 'approx' ? 'as an approximation' : x === 'lower' ? 'as a floor' : 'as a ceiling');
    return `gives ${as(b.bound)} a figure given ${as(a.bound)}`;
  }
  // "nearly 20" and "up to 20" both stop at the number
  const cap = (x: string | undefined): string | undefined => (x === 'below' ? 'upper' : x);
  const x = a.bound;
  const y = b.bound;
  if (cap(x) === cap(y)) return null;
  if (y === undefined) return `states as exact a figure ${x === 'lower' ? 'given as a floor' : x === 'upper' ? 'given as a ceiling' : 'given as falling short of it'}`;
  // a floor or a ceiling put on a figure the other states exactly adds caution, not a change, unless it leaves the
  // figure itself out ("more than 35,000" where the other says 35,000)
  if (x === undefined) return b.strict && a.value === b.value ? `says ${y === 'lower' ? 'more' : 'less'} than a figure given exactly` : null;
  return `${y === 'lower' ? 'gives as a floor' : y === 'upper' ? 'gives as a ceiling' : 'gives as falling short of'} a figure given ${x === 'lower' ? 'as a floor' : x === 'upper' ? 'as a ceiling' : 'as falling short of'}`;
}

/**
 * Conversions set in brackets after a figure ("1.27 billion euros ($1.38 billion)", "42 kilometres (26 miles)"): where
 * both wordings convert the same figure into the same currency or measure, the two conversions must agree ("$1.83
 * billion" for "$1.38 billion"); where only this wording converts a measure, the conversion must restate the figure it
 * follows ("42 kilometers (16 miles)"). A currency's rate is not checked against nothing: rates differ by day and desk.
 */
export function typeConversions(base: View, other: View): Change[] {
  const theirs = conversionsOf(base);
  const out: Change[] = [];
  for (const [m, c] of conversionsOf(other)) {
    const told = theirs.find(([n, d]) => n.dimension === m.dimension && sameAmount(n, m) && d.dimension === c.dimension);
    if (told) {
      const d = told[1];
      if (!sameAmount(d, c)) {
        out.push({
          kind: 'number', type: 'conversion-changed', severity: 'high', here: { from: c.at, to: c.to }, there: { from: d.at, to: d.to },
          explain: (h, t, says) => `converts the figure to "${h}" where ${says('convert')} it to "${t}"`, actual: String(c.value), expected: String(d.value),
        });
      }
      continue;
    }
    // a measure in another unit of it, off by more than a rounding: the figure it follows, as the other gives it (not a
    // temperature, whose scales differ by an offset the units lexicon does not hold)
    const figure = tagsAt(base, 'num').find((n) => !n.conversion && n.dimension === m.dimension && sameAmount(n, m));
    const big = Math.max(Math.abs(m.base), Math.abs(c.base));
    if (figure && !m.dimension.startsWith('money:') && m.dimension !== 'temperature' && m.dimension === c.dimension && m.unit !== c.unit && Math.abs(m.base - c.base) > 0.1 * big) {
      out.push({
        kind: 'number', type: 'conversion-wrong', severity: 'high', here: { from: c.at, to: c.to }, there: { from: figure.at, to: figure.to },
        explain: (h, t, says) => `"${h}" does not convert the figure it follows; ${says('give')} the figure as "${t}"`, actual: String(c.value), expected: String(m.value),
      });
    }
  }
  return out;
}

// Each figure with the conversion bracketed right after it.
function conversionsOf(view: View): [NumTag, NumTag][] {
  const nums = tagsAt(view, 'num').filter((n) => !n.ordinal);
  const out: [NumTag, NumTag][] = [];
  for (let k = 1; k < nums.length; k++) if (nums[k]!.conversion && !nums[k - 1]!.conversion) out.push([nums[k - 1]!, nums[k]!]);
  return out;
}
