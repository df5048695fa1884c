import type { Range } from '../model/span.ts';
import type { Token } from '../extract/tag-text.ts';
import { normalizeToken } from './normalize-token.ts';
import { stemWord } from './stem-word.ts';
import { FUNCTION_WORDS } from '../lexicon/function-words.ts';
import { SPELLING_LEXICON } from '../lexicon/spelling.ts';
import { LOADED_WORDS } from '../lexicon/loaded-words.ts';

/** One word of a claim variant, with the forms used to compare it. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Equivalent forms share it ("32"/"thirty-two", "us"/"U.S."). */
  readonly norm: string;
  readonly stem: string;
  /** Universal POS tag when a tagger ran ("VERB", "NOUN", ...), else "X". */
  readonly pos: string;
  readonly lemma: string;
  /** False for function words and marks: they never anchor an alignment. */
  readonly content: boolean;
}

const WORD = /(?:\p{L}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:st|nd|rd|th)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*|[%$€£]/gu;
const { magnitudes, magnitudeAbbreviations } = SPELLING_LEXICON;
const MULTI_WORD: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SPELLING_LEXICON.aliases).filter(([k]) => k.includes(' ')),
  ['per cent', 'percent'],
]);
// The first words of those phrases: a word no phrase opens with opens none (most words), and is not looked up.
const OPENERS: ReadonlySet<string> = new Set([...MULTI_WORD.keys()].map((k) => k.split(' ')[0]!));

/** Split `text[range)` into comparable words; `tags` (the article's tagged tokens) supply POS and lemma when given. */
export function wordTokens(text: string, range: Range, tags: readonly Token[] = []): WordToken[] {
  const raw: { start: number; end: number }[] = [];
  WORD.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    const start = m.index;
    const norm = normalizeToken(word);
    // a hyphenated word stays whole when a lexicon knows it whole ("so-called", "heavy-handed")
    if (/[-‐‑]/.test(word) && !/^\d+$/.test(norm) && !SPELLING_LEXICON.variants[word.toLowerCase()] && !Object.hasOwn(LOADED_WORDS, word.toLowerCase())) {
      let at = start;
      for (const part of word.split(/[-‐‑]/)) {
        if (part) raw.push({ start: at, end: at + part.length });
        at += part.length + 1;
      }
    } else raw.push({ start, end: start + word.length });
  }
  return mergePhrases(text, raw).map((r) => makeToken(text, r.start, r.end, r.norm, tags));
}

function mergePhrases(text: string, raw: readonly { start: number; end: number }[]): { start: number; end: number; norm?: string }[] {
  const out: { start: number; end: number; norm?: string }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    let merged = false;
    if (OPENERS.has(text.slice(a.start, a.end).toLowerCase())) for (const width of [4, 3, 2]) {
      const last = raw[i + width - 1];
      if (!last) continue;
      const words = raw.slice(i, i + width).map((r) => text.slice(r.start, r.end).toLowerCase()).join(' ');
      const key = MULTI_WORD.get(words);
      if (key) {
        out.push({ start: a.start, end: last.end, norm: key });
        i += width - 1;
        merged = true;
        break;
      }
    }
    if (merged) continue;
    const b = raw[i + 1];
    const first = normalizeToken(text.slice(a.start, a.end));
    if (b && /^\d+(\.\d+)?$/.test(first)) {
      const next = text.slice(b.start, b.end).toLowerCase();
      const scale = magnitudes[next] ?? magnitudes[magnitudeAbbreviations[next] ?? ''];
      const unit = normalizeToken(next);
      if (scale !== undefined && (next.length > 1 || b.start === a.end)) {
        out.push({ start: a.start, end: b.end, norm: String(Number(first) * scale) });
        i++;
        continue;
      }
      // "thirty two" written without its hyphen
      if (Number(first) % 10 === 0 && Number(first) >= 20 && Number(first) < 100 && /^[1-9]$/.test(unit) && /^[a-z]/i.test(text.slice(a.start, a.end))) {
        out.push({ start: a.start, end: b.end, norm: String(Number(first) + Number(unit)) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function makeToken(text: string, start: number, end: number, norm: string | undefined, tags: readonly Token[]): WordToken {
  const value = text.slice(start, end);
  const n = norm ?? normalizeToken(value);
  const tag = findTag(tags, start);
  const lower = value.toLowerCase();
  const content = /[\p{L}\p{N}]/u.test(n) && !FUNCTION_WORDS.has(lower) && !FUNCTION_WORDS.has(n);
  return { start, end, text: value, norm: n, stem: stemWord(n), pos: tag?.pos ?? 'X', lemma: tag?.lemma ?? lower, content };
}

function findTag(tags: readonly Token[], at: number): Token | undefined {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tags[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  const tag = tags[lo];
  return tag && tag.start <= at ? tag : undefined;
}
