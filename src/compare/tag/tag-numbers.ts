import type { WordToken } from '../../text/word-tokens.ts';
import type { NumTag } from './tag.ts';
import { UNITS, UNIT_PHRASES, type Unit } from '../../lexicon/units.ts';
import { CURRENCY_LEXICON } from '../../lexicon/currencies.ts';
import { ESTIMATING_MODIFIERS, estimating, FIGURE_MODIFIERS, FIGURE_POSTFIXES, FRACTION_WORDS, MULTIPLE_WORDS, NOT_RATE_AFTER, PERIOD_ADVERBS, PERIOD_NOUNS, RATE_OPENERS, STRICT_BOUNDS, TOTAL_MARKERS, TOTAL_MARKERS_BEFORE, type FigureBound } from '../../lexicon/figure-modifiers.ts';
import { isMovementParticle } from '../../text/movement-particle.ts';
import { phraseWords } from '../../text/match-phrases.ts';
import { stemWord } from '../../text/stem-word.ts';
import { normalizeToken } from '../../text/normalize-token.ts';

const POSTFIXES = FIGURE_POSTFIXES.map(([phrase, bound]) => ({ words: phraseWords(phrase), bound }));
const MODIFIERS = FIGURE_MODIFIERS.map(([phrase, bound]) => ({ words: phraseWords(phrase), bound, strict: STRICT_BOUNDS.has(phrase), estimate: ESTIMATING_MODIFIERS.has(phrase) }));
const NUMERIC = /^\d+(?:\.\d+)?$/;

/**
 * The figures among `words`: value, dimension and base value (units and currencies as data, scale words already
 * folded by the tokenizer), the bound a phrase before it sets, and the counted noun. Words inside `skip` (dates,
 * times) are no figures. Fractions ("half", "two-thirds") and proportions ("four in five") are shares in percent.
 */
export function tagNumbers(words: readonly WordToken[], text: string, skip: ReadonlySet<number>): NumTag[] {
  const out: NumTag[] = [];
  for (let i = 0; i < words.length; i++) {
    if (skip.has(i)) continue;
    const read = readFigure(words, text, i);
    if (!read) continue;
    const { value, last, share } = read;
    let from = i;
    let to = last + 1;
    let dimension = share ? 'percent' : 'count';
    let unit: Unit | undefined = share ? UNITS.get('%') : undefined;
    let currency = currencyBefore(words, text, i);
    if (currency) from = i - 1;
    // "a quarter of a percentage point", "half an hour": a fraction of one unit is that much of the unit
    const skipOf = /^of$/i.test(words[to]?.text ?? '') ? 1 : 0;
    const ofOne = share && read.fraction && /^an?$/i.test(words[to + skipOf]?.text ?? '') ? unitAfter(words, text, to + skipOf + 1) : undefined;
    const after = ofOne && 'unit' in ofOne ? ofOne : share ? undefined : unitAfter(words, text, to);
    if (ofOne && 'unit' in ofOne) {
      dimension = 'count';
      unit = undefined;
    }
    // (a currency written before the figure is its currency: one after it opens the next amount, "EUR 7.2bn USD ...")
    if (after && !('currency' in after && currency)) {
      if ('currency' in after) currency = after.currency;
      else unit = after.unit;
      to = after.to;
    }
    if (currency) dimension = `money:${currency}`;
    else if (unit) dimension = unit.dimension;
    // (to twelve significant digits: "8.2 million" is 8,200,000, not 8,199,999.999999999)
    const amount = exact(ofOne && 'unit' in ofOne ? value / 100 : value);
    const base = exact(unit ? baseOf(amount, unit) : amount);
    // "a third", "one half": the article is part of the fraction, and a bound stands before it ("nearly a third")
    if (read.fraction && from === i && /^(?:a|one)$/i.test(words[i - 1]?.text ?? '') && (out[out.length - 1]?.to ?? 0) < i) from = i - 1;
    const bound = boundBefore(words, from) ?? boundAfter(words, text, to);
    if (bound && !bound.after) from -= bound.length;
    if (bound?.after) to += bound.length;
    // the period is part of the amount: the tag reaches over it, so a slot on "a month" / "a year" holds the figure
    const period = periodAfter(words, text, to);
    const per = period?.per ?? (totalBefore(words, from) ? 'total' : undefined);
    const counted = !unit && !currency ? countedNoun(words, text, to) : undefined;
    const ordinal = /^\d+(st|nd|rd|th)$/i.test(words[i]!.text) || /^no\.?$/i.test(words[i - 1]?.text ?? '') ? true : undefined;
    const previous = out[out.length - 1];
    const conversion = previous !== undefined && previous.to === from && /^\s*\(\s*$/.test(text.slice(words[from - 1]!.end, words[from]!.start)) ? true : undefined;
    out.push({
      kind: 'num', from, to: period ? Math.max(to, period.to) : to, value: amount, base, dimension, at: i,
      ...(unit ? { unit: unit.name } : {}),
      ...(counted ? { counted } : {}),
      ...(bound ? { bound: bound.bound } : {}),
      ...(bound?.estimate ? { estimate: true as const } : {}),
      ...(bound?.strict ? { strict: true as const } : {}),
      ...(per ? { per } : {}),
      ...(ordinal ? { ordinal } : {}),
      ...(conversion ? { conversion } : {}),
    });
    i = to - 1;
  }
  return estimatedInClause(compoundDurations(allBut(shareRangeEnds(out, words, text), words), text, words), words, text);
}

/** Words a verb of estimating reaches forward over, in its clause, to the figure it gives. */
const ESTIMATE_REACH = 6;

/**
 * A figure a verb of estimating gives, in its clause a few words before it ("estimates it lost about 3.1 million
 * euros"), is an estimate as "an estimated 3.1 million" is; not after "estimates that" (a hedge on the whole clause,
 * the scale's), nor after a word that only describes a noun ("the telescope's estimated cost"), nor across a clause
 * mark.
 */
function estimatedInClause(tags: NumTag[], words: readonly WordToken[], text: string): NumTag[] {
  return tags.map((t) => {
    // (a floor or a ceiling says how the figure stands already: "estimates as many as 1,200")
    if (t.estimate || (t.bound !== undefined && t.bound !== 'approx')) return t;
    for (let k = t.from - 1; k >= Math.max(0, t.from - ESTIMATE_REACH); k--) {
      if (/[,;:.!?—–()]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return t;
      const w = words[k]!;
      if (!estimating(w.norm)) continue;
      const describes = /^(?:the|a|an|its|their|his|her|our)$/i.test(words[k - 1]?.text ?? '') || /['’]s$/i.test(words[k - 1]?.text ?? '');
      return /^that$/i.test(words[k + 1]?.text ?? '') || describes ? t : { ...t, estimate: true as const };
    }
    return t;
  });
}

/**
 * A length told in two units, the larger first ("5 hours 40 minutes", "two days and six hours"), is one length: the
 * tag reaches over both and holds it in the smaller unit (340 minutes), so "340 minutes" agrees with it.
 */
function compoundDurations(tags: NumTag[], text: string, words: readonly WordToken[]): NumTag[] {
  const out: NumTag[] = [];
  for (const t of tags) {
    const a = out[out.length - 1];
    const gap = a ? text.slice(words[a.to - 1]!.end, words[t.from]!.start) : '';
    if (a && a.dimension === 'duration' && t.dimension === 'duration' && a.unit && t.unit && t.bound === undefined && a.per === undefined
      && /^\s+(?:and\s+)?$/.test(gap) && a.base / a.value > t.base / t.value) {
      const base = exact(a.base + t.base);
      out[out.length - 1] = { ...a, to: t.to, value: exact(base / (t.base / t.value)), base, unit: t.unit };
      continue;
    }
    // "an hour and 55 minutes": the larger unit told by its article alone
    const unit = UNITS.get(words[t.from - 2]?.text.toLowerCase() ?? '');
    if (t.dimension === 'duration' && t.unit && t.bound === undefined && unit?.dimension === 'duration' && /^(?:a|an|one)$/i.test(words[t.from - 3]?.text ?? '')
      && /^and$/i.test(words[t.from - 1]!.text) && unit.factor > t.base / t.value && (a?.to ?? 0) <= t.from - 3) {
      const base = exact(unit.factor + t.base);
      const bound = boundBefore(words, t.from - 3);
      out.push({ ...t, from: t.from - 3 - (bound?.after ? 0 : (bound?.length ?? 0)), value: exact(base / (t.base / t.value)), base, ...(bound ? { bound: bound.bound } : {}), ...(bound?.estimate ? { estimate: true as const } : {}) });
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "all but two of the 14 cases": the count told is the rest of the whole, 12; the tag reaches over "all but" and holds
 * that count, so "12 of the 14" agrees with it. With no whole told ("all but three of them"), the figure counts the
 * ones left out, not the group: it is no count to set against another's.
 */
function allBut(tags: NumTag[], words: readonly WordToken[]): NumTag[] {
  return tags.flatMap((t, k) => {
    if (t.dimension !== 'count' || t.bound !== undefined || !/^all$/i.test(words[t.from - 2]?.text ?? '') || !/^but$/i.test(words[t.from - 1]?.text ?? '')) return [t];
    const whole = tags[k + 1];
    if (!/^of$/i.test(words[t.to]?.text ?? '') || !whole || whole.dimension !== 'count' || whole.from - t.to > 4 || whole.value <= t.value) return [];
    const rest = exact(whole.value - t.value);
    return [{ ...t, from: t.from - 2, value: rest, base: rest }];
  });
}

/**
 * The two ends of a range share what is written once ("18-22 million euros", "€18-22m", "between 5 and 7 km"): the
 * first end takes the second's scale word, and either takes the other's unit or currency.
 */
function shareRangeEnds(tags: NumTag[], words: readonly WordToken[], text: string): NumTag[] {
  const out = [...tags];
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const gap = text.slice(words[a.to - 1]!.end, words[b.from]!.start);
    const between = /^between$/i.test(words[a.from - 1]?.text ?? '');
    if (!/^\s*(?:[-–—]|to|or)\s*$/i.test(gap) && !(between && /^\s+and\s+$/i.test(gap))) continue;
    if (a.ordinal || b.ordinal || a.bound !== undefined && a.bound !== b.bound && b.bound !== undefined) continue;
    // the scale word the second end carries ("22 million": 1e6), when the first is written bare
    const scaleOf = (t: NumTag): number => {
      const digits = Number(words[t.at]!.text.replace(/,/g, '').match(/^\d+(?:\.\d+)?/)?.[0] ?? NaN);
      return Number.isFinite(digits) && digits > 0 ? t.value / digits : 1;
    };
    const scale = scaleOf(b) > 1 && scaleOf(a) === 1 && a.value * scaleOf(b) <= b.value ? scaleOf(b) : 1;
    // an end that counts a noun of its own is no bare end ("rose 64% to 3.1 billion vells": a change, then a level)
    const unitA = a.dimension === 'count' && b.dimension !== 'count' && a.counted === undefined;
    const unitB = b.dimension === 'count' && a.dimension !== 'count' && b.counted === undefined;
    if (scale === 1 && !unitA && !unitB) continue;
    const value = exact(a.value * scale);
    // ends orders of magnitude apart are no range: "rose 2.2% to 1.38 million" is a change, then a level
    if (value > 0 && b.value > 0 && Math.max(value, b.value) / Math.min(value, b.value) > 100) continue;
    out[k] = unitA ? { ...a, value, base: b.unit ? (b.base / b.value) * value : value, dimension: b.dimension, ...(b.unit ? { unit: b.unit } : {}) } : { ...a, value, base: a.base * scale };
    if (unitB) out[k + 1] = { ...b, base: a.unit ? (a.base / a.value) * b.value : b.value, dimension: a.dimension, ...(a.unit ? { unit: a.unit } : {}) };
  }
  return out;
}

interface Figure { value: number; last: number; share?: true; fraction?: true }

// A figure starting at word `i`: digits or number words (the tokenizer gives them as digits), a fraction, a multiple,
// or a proportion ("four in five", "one in three").
function readFigure(words: readonly WordToken[], text: string, i: number): Figure | null {
  const w = words[i]!;
  const lower = w.text.toLowerCase();
  if (MULTIPLE_WORDS[lower] !== undefined) return null;
  if (NUMERIC.test(w.norm)) {
    const value = Number(w.norm);
    // "four in five", "one in every three": a proportion
    const inWord = words[i + 1];
    const ofWord = words[i + 2]?.text.toLowerCase() === 'every' ? words[i + 3] : words[i + 2];
    if (inWord?.text.toLowerCase() === 'in' && ofWord && NUMERIC.test(ofWord.norm) && Number(ofWord.norm) > value && /^[a-z]/i.test(w.text + ofWord.text)) {
      return { value: (100 * value) / Number(ofWord.norm), last: words.indexOf(ofWord), share: true };
    }
    // "two-thirds", "three quarters": a count of fractions
    const next = words[i + 1];
    const fraction = next ? FRACTION_WORDS[next.text.toLowerCase()] : undefined;
    if (fraction !== undefined && /^[a-z]/i.test(w.text) && value < 10) return { value: value * fraction, last: i + 1, share: true, fraction: true };
    // "10.5" glued to a time or a version is not ours; a year-like figure beside a month is a date (skipped by caller)
    if (/[:/]/.test(text.slice(w.end, w.end + 1)) && /^\d/.test(text.slice(w.end + 1, w.end + 2))) return null;
    return { value, last: i };
  }
  // "three-tenths", "two-thirds" written as one word
  const glued = /^(\p{L}+)-(\p{L}+)$/u.exec(lower);
  const gluedCount = glued ? Number(normalizeToken(glued[1]!)) : NaN;
  const gluedFraction = glued ? FRACTION_WORDS[glued[2]!] : undefined;
  if (gluedFraction !== undefined && Number.isFinite(gluedCount) && gluedCount > 0 && gluedCount < 10) return { value: gluedCount * gluedFraction, last: i, share: true, fraction: true };
  const fraction = FRACTION_WORDS[lower];
  // "half", "a third", "a quarter of": a share; "third" alone after "the" is an ordinal
  if (fraction !== undefined && (lower === 'half' || /^(a|one)$/i.test(words[i - 1]?.text ?? ''))) {
    if (lower !== 'half' && !/^of$/i.test(words[i + 1]?.text ?? '')) return null;
    return { value: fraction, last: i, share: true, fraction: true };
  }
  return null;
}

function currencyBefore(words: readonly WordToken[], text: string, i: number): string | undefined {
  const prev = words[i - 1];
  if (!prev || text.slice(prev.end, words[i]!.start).trim() !== '') return undefined;
  return CURRENCY_LEXICON.symbols[prev.text.toLowerCase()];
}

type After = { to: number; unit: Unit } | { to: number; currency: string };

// The unit written after a figure: a currency word, a unit word or abbreviation, a several-word unit ("basis points"),
// "km/h" spelt across a slash, or a percent sign.
function unitAfter(words: readonly WordToken[], text: string, at: number): After | undefined {
  const w = words[at];
  if (!w) return undefined;
  const gap = text.slice(words[at - 1]!.end, w.start);
  // (a bracket opens a conversion or an aside: "7.2bn (USD 7.8bn)")
  if (/[.;:!?([]|\n/.test(gap)) return undefined;
  for (const phrase of UNIT_PHRASES) {
    if (phrase.every((p, k) => words[at + k]?.text.toLowerCase() === p)) return { to: at + phrase.length, unit: UNITS.get(phrase.join('-'))! };
  }
  const lower = w.text.toLowerCase();
  const slash = words[at + 1] && text.slice(w.end, words[at + 1]!.start) === '/' ? `${lower}/${words[at + 1]!.text.toLowerCase()}` : undefined;
  if (slash && UNITS.has(slash)) return { to: at + 2, unit: UNITS.get(slash)! };
  const currency = CURRENCY_LEXICON.words[lower];
  if (currency) return { to: at + 1, currency };
  // "per cent" is one word to the tokenizer
  const unit = UNITS.get(lower) ?? UNITS.get(w.norm);
  // one-letter units ("m", "t", "l", "h", "g") only right against the figure
  if (unit && (lower.length > 1 || gap === '')) return { to: at + 1, unit };
  return undefined;
}

// A figure to twelve significant digits: what floating point adds past them was never written.
function exact(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}

function baseOf(value: number, unit: Unit): number {
  if (unit.name === 'degree fahrenheit') return ((value - 32) * 5) / 9;
  return value * unit.factor;
}

interface Bound { bound: FigureBound; length: number; strict: boolean; estimate?: boolean; after?: true }

// A bound written after the figure, right against it: "75 and over", "10 or more".
function boundAfter(words: readonly WordToken[], text: string, to: number): Bound | undefined {
  for (const m of POSTFIXES) {
    if (!m.words.every((w, k) => words[to + k]?.text.toLowerCase() === w)) continue;
    if (/[,.;:()]/.test(text.slice(words[to - 1]!.end, words[to]!.start))) return undefined;
    return { bound: m.bound, length: m.words.length, strict: false, after: true };
  }
  return undefined;
}

function boundBefore(words: readonly WordToken[], from: number): Bound | undefined {
  for (const m of MODIFIERS) {
    const start = from - m.words.length;
    if (start < 0) continue;
    if (!m.words.every((w, k) => words[start + k]!.text.toLowerCase() === w)) continue;
    // "will go up to 11.09": the particle of a verb of movement, where the figure lands, not a ceiling on it
    if (isMovementParticle(m.words[0]!, words[start - 1]?.text)) return undefined;
    return { bound: m.bound, length: m.words.length, strict: m.strict, estimate: m.estimate };
  }
  return undefined;
}

// The noun a bare figure counts ("48 people", "31,000 bags of ..."), as a stem: the first content word after it
// within three words, when no punctuation stands between.
function countedNoun(words: readonly WordToken[], text: string, at: number): string | undefined {
  for (let k = at; k < Math.min(words.length, at + 3); k++) {
    const w = words[k]!;
    if (/[,.;:()]/.test(text.slice(words[k - 1]!.end, w.start))) return undefined;
    if (/^\d/.test(w.norm)) return undefined;
    if (w.content || w.pos === 'NOUN') return stemWord(w.text.toLowerCase());
  }
  return undefined;
}

const TOTALS = TOTAL_MARKERS.map((m) => m.split(' '));
const TOTALS_BEFORE = TOTAL_MARKERS_BEFORE.map((m) => m.split(' '));

// A total told before the figure, its currency or its bound: "a combined €640 million", "a total of 40 people".
function totalBefore(words: readonly WordToken[], from: number): boolean {
  return TOTALS_BEFORE.some((t) => t.every((x, i) => words[from - t.length + i]?.text.toLowerCase() === x));
}

// A term of several periods after "over": a determiner, perhaps "first" / "next" / "coming", a count above one and a
// period noun ("its first three years", "the next five years").
function overTerm(words: readonly WordToken[], k: number): boolean {
  let j = k;
  if (/^(?:the|its|their|his|her|a)$/i.test(words[j]?.text ?? '')) j++;
  if (/^(?:first|next|coming|past|last|following)$/i.test(words[j]?.text ?? '')) j++;
  const count = words[j];
  const noun = words[j + 1];
  if (!count || !noun) return false;
  const n = Number(count.norm);
  return Number.isFinite(n) && n > 1 && /^(?:years|months|weeks|days|decades|quarters)$/i.test(noun.text);
}

// The period (or unit) a figure is counted over, or "total" when it is a whole term's: within the few words after it
// (its unit or counted noun and what that noun is of: "750,000 boxes of amoxicillin a month", "38 minutes less per
// night", "$210 a tonne", "over the life of the deal"), up to punctuation or another figure.
function periodAfter(words: readonly WordToken[], text: string, at: number): { per: string; to: number } | undefined {
  for (let k = at; k < Math.min(words.length, at + 6); k++) {
    const w = words[k]!;
    if (k > 0 && /[,.;:()]/.test(text.slice(words[k - 1]!.end, w.start))) return undefined;
    if (/^\d/.test(w.norm)) return undefined;
    const lower = w.text.toLowerCase();
    const next = words[k + 1];
    // a period ("a month") or a unit of measure the figure is a rate of ("$210 a tonne", "per litre")
    // (a unit written with a hyphen is one unit: "per megawatt-hour")
    const hyphened = next && words[k + 2] && text.slice(next.end, words[k + 2]!.start) === '-' ? UNITS.get(`${next.text}-${words[k + 2]!.text}`.toLowerCase())?.name : undefined;
    const noun = next && !/[,.;:()]/.test(text.slice(w.end, next.start)) ? PERIOD_NOUNS[next.text.toLowerCase()] ?? hyphened ?? UNITS.get(next.text.toLowerCase())?.name : undefined;
    const after = words[k + 2]?.text.toLowerCase();
    // "a year on" is a year later, but "a year on every policy" a rate laid on each
    const spread = after === 'on' && /^(?:every|each|all|any)$/i.test(words[k + 3]?.text ?? '');
    // "a year from now" is a year later, "a year from 2030" a rate from then
    const since = after === 'from' && /^\d{4}$/.test(words[k + 3]?.text ?? '');
    // "in a week", "for a year": a span of time, not a rate
    const span = k > at && /^(?:in|within|for|than|after|over|under)$/i.test(words[k - 1]!.text);
    if (RATE_OPENERS.has(lower) && noun && !span && !(after && NOT_RATE_AFTER.has(after) && !spread && !since)) return { per: noun, to: noun === hyphened && !PERIOD_NOUNS[next!.text.toLowerCase()] ? k + 3 : k + 2 };
    // "over its first three years", "over the next five years": a whole term of several periods, a total
    if (lower === 'over' && overTerm(words, k + 1)) return { per: 'total', to: at };
    const total = TOTALS.find((t) => t.every((x, i) => words[k + i]?.text.toLowerCase() === x));
    // (a total's words stay out of the figure's tag: "nine people in total" is the nine people others count)
    if (total) return { per: 'total', to: at };
    // an adverb of period after the figure's noun ("40,000 tonnes annually"), not an adjective before another noun
    // ("their hourly wage")
    if (PERIOD_ADVERBS[lower] && w.pos !== 'ADJ') return { per: PERIOD_ADVERBS[lower], to: k + 1 };
    // the figure's phrase ends at a verb ("19-year-old midfielder was suspended for a year") or at a word that opens
    // another part of the sentence ("40 minutes to about an hour")
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^(?:to|than)$/i.test(lower)) return undefined;
  }
  return undefined;
}
