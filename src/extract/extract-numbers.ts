import type { NumberMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import type { Token } from './tag-text.ts';
import { tagText } from './tag-text.ts';
import { tokenRange } from './token-range.ts';
import { parseNumberWords } from './parse-number-words.ts';
import { FIGURE_MODIFIERS } from '../lexicon/figure-modifiers.ts';
import { isMovementParticle } from '../text/movement-particle.ts';
import { CURRENCY_LEXICON } from '../lexicon/currencies.ts';
import { SPELLING_LEXICON } from '../lexicon/spelling.ts';
import { UNITS } from '../lexicon/units.ts';
import { findTimes } from './find-times.ts';
import { MONTH_WORDS } from '../lexicon/calendar.ts';

const MODIFIERS = FIGURE_MODIFIERS.map(([phrase]) => ({ words: phrase.split(' '), norm: phrase }));
const { magnitudes, magnitudeAbbreviations: SHORT_SCALES } = SPELLING_LEXICON;
const SHORT = new RegExp(`^(\\d[\\d,]*(?:\\.\\d+)?)(${Object.keys(SHORT_SCALES).join('|')})$`, 'i');
const NOT_A_COUNT = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each']);

/** Numbers with their counted thing and modifier: "at least 32 people", "$1.2 billion", "12 percent". */
export function extractNumbers(text: string, sentences: readonly Range[]): NumberMention[] {
  const tokens = tagText(text);
  // a clock reading ("7:30 a.m.", "7.30am") is a time, not a count
  const times = findTimes(text);
  const found: NumberMention[] = [];
  for (const sentence of sentences) {
    const { first, end } = tokenRange(tokens, sentence);
    for (let i = first; i < end; i++) {
      const token = tokens[i]!;
      if (times.some((t) => token.start >= t.start && token.start < t.end)) continue;
      const number = readNumber(tokens, i, end);
      if (!number) continue;
      if (isDateOrTime(tokens, i, number.last, end)) {
        i = number.last;
        continue;
      }
      let start = tokens[i]!.start;
      let unit = number.unit;
      let last = number.last;
      const after = unitAfter(tokens, last + 1, end);
      if (!unit && after) ({ unit } = after);
      if (after?.joined) last = after.last;
      let modifier: string | undefined;
      for (const m of MODIFIERS) {
        const at = i - m.words.length;
        if (at >= first && m.words.every((w, k) => tokens[at + k]!.lower === w)) {
          if (isMovementParticle(m.words[0]!, at > first ? tokens[at - 1]!.lower : undefined)) break;
          modifier = m.norm;
          start = tokens[at]!.start;
          break;
        }
      }
      const stop = tokens[last]!.end;
      found.push({ kind: 'number', start, end: stop, text: text.slice(start, stop), value: number.value, ...(unit ? { unit } : {}), ...(modifier ? { modifier } : number.ordinal ? { modifier: 'ordinal' } : {}) });
      i = last;
    }
  }
  return found;
}

interface Read { value: number; last: number; unit?: string; ordinal?: boolean }

function readNumber(tokens: readonly Token[], i: number, end: number): Read | null {
  const token = tokens[i]!;
  const currency = CURRENCY_LEXICON.symbols[token.lower];
  if (currency && i + 1 < end) {
    const inner = readNumber(tokens, i + 1, end);
    return inner && !inner.ordinal ? { ...inner, unit: currency } : null;
  }
  const ordinal = /^(\d+)(st|nd|rd|th)$/i.exec(token.value);
  if (ordinal) return { value: Number(ordinal[1]), last: i, ordinal: true };
  const short = SHORT.exec(token.value);
  if (short) return { value: Number(short[1]!.replace(/,/g, '')) * (magnitudes[SHORT_SCALES[short[2]!.toLowerCase()] ?? ''] ?? 1), last: i };
  if (token.pos !== 'NUM' && token.type !== 'number' && !(token.lower === 'a' || token.lower === 'an' || token.lower === 'dozen')) return null;
  if (token.lower === 'one' && (NOT_A_COUNT.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'another')) return null;
  if (/[:/]/.test(token.value)) return null;
  // Gather "thirty - two", "two hundred and five", "1.2 billion" into words for the parser.
  const words: string[] = [];
  const at: number[] = [];
  for (let k = i; k < end && words.length < 8; k++) {
    const t = tokens[k]!;
    if (t.lower === '-' && words.length && t.start === tokens[k - 1]!.end) {
      words[words.length - 1] += '-';
      continue;
    }
    if (words.length && words[words.length - 1]!.endsWith('-')) {
      words[words.length - 1] += t.lower;
      at[at.length - 1] = k;
      continue;
    }
    // "5m", "1.2 bn": a one-letter scale only counts glued to its number ("5 m" is metres), as the tokens of compare read it.
    const scale = SHORT_SCALES[t.lower];
    words.push(scale && words.length && (t.lower.length > 1 || t.start === tokens[k - 1]!.end) ? scale : t.lower);
    at.push(k);
  }
  const parsed = parseNumberWords(words);
  if (!parsed) return null;
  return { value: parsed.value, last: at[parsed.length - 1] ?? i };
}

function isDateOrTime(tokens: readonly Token[], i: number, last: number, end: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1]?.lower.replace(/\.$/, '') ?? '';
  const next = tokens[last + 1]?.lower.replace(/\.$/, '') ?? '';
  if (MONTH_WORDS.has(prev) || (MONTH_WORDS.has(next) && last + 1 < end)) return true;
  if (/^(a\.?m|p\.?m|gmt|utc|o'clock|o’clock)$/.test(next)) return true;
  // A bare four-digit year, unless it counts something ("2000 troops").
  if (/^(1[5-9]|20)\d\d$/.test(token.value) && tokens[last + 1]?.pos !== 'NOUN' && !/^[$€£]$/.test(prev)) return true;
  if (/^(1[5-9]|20)\d\d$/.test(token.value) && /^(in|since|of|by|until|from|to|during)$/.test(prev)) return true;
  return /^(1[5-9]|20)\d0s$/.test(token.value);
}

function unitAfter(tokens: readonly Token[], k: number, end: number): { unit: string; last: number; joined: boolean } | null {
  const next = tokens[k];
  if (!next || k >= end) return null;
  // "percent", "per cent", "percentage points", "basis points": a share, named as the lexicon's units name it
  for (const width of [2, 1]) {
    if (k + width > end) continue;
    const unit = UNITS.get(tokens.slice(k, k + width).map((t) => t.lower).join('-'));
    if (unit && (unit.dimension === 'percent' || unit.dimension === 'points')) return { unit: unit.name, last: k + width - 1, joined: true };
  }
  const currency = CURRENCY_LEXICON.words[next.lower] ?? CURRENCY_LEXICON.words[next.lemma];
  if (currency) return { unit: currency, last: k, joined: true };
  let j = k;
  // "32 of its nationals": the counted thing follows "of" and a determiner.
  if (tokens[j]?.lower === 'of' && /^(its|their|the|his|her|our|these|those)$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
  while (j < end && j - k < 4 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PROPN' || tokens[j]!.lower === '-')) j++;
  let head = -1;
  while (j < end && tokens[j]!.pos === 'NOUN') head = j++;
  if (head < 0) return null;
  return { unit: tokens[head]!.lemma, last: head, joined: false };
}
