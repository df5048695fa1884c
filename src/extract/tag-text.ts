import { createRequire } from 'node:module';
import { sep } from 'node:path';
import winkNLP from 'wink-nlp';

/** One word or mark of a text, as wink-nlp tags it, with its UTF-16 offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Lower-cased surface form. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, ...). */
  readonly pos: string;
  /** wink token type: word, number, punctuation, ... */
  readonly type: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
// Several extractors tag the same article in turn; keep the last few results.
const cache = new Map<string, readonly Token[]>();
const CACHE_SIZE = 4;
// The copies of one story share most of their paragraphs word for word: each distinct paragraph is tagged once, its
// tokens kept (offsets from the paragraph's start) until this many tokens are held, the least recently read dropped.
const paragraphs = new Map<string, readonly Token[]>();
const PARAGRAPH_TOKENS = 400_000;
let held = 0;

/**
 * Forget what the tagger has read. wink-nlp adds each word it has not seen to its vocabulary as it reads, and a word
 * it once kept whole ("than the agency’s," at a comma) it keeps whole ever after ("The agency’s Sanne Hoveling said",
 * then tagged as one name, where a fresh tagger reads "agency" and "’s"): a report would depend on what the process
 * read before (another story, in a test run or a server). An analysis starts from a fresh tagger, on a fresh copy of
 * the model, which wink also grows (reused, it overflows after a few dozen taggers). About 0.1 s when a tagger was
 * loaded already; nothing in a process's first analysis.
 */
export function freshTagger(): void {
  if (nlp === undefined && cache.size === 0 && paragraphs.size === 0) return;
  nlp = undefined;
  cache.clear();
  paragraphs.clear();
  held = 0;
}

// The model's modules read afresh: the copy a tagger was made from holds what that tagger read.
const requireHere = createRequire(import.meta.url);
function freshModel(): Parameters<typeof winkNLP>[0] {
  const dir = `${sep}wink-eng-lite-web-model${sep}`;
  for (const key of Object.keys(requireHere.cache)) if (key.includes(dir)) delete requireHere.cache[key];
  return requireHere('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
}

/**
 * Tag `text` once with wink-nlp (loaded lazily) and return its tokens with absolute offsets. Paragraphs (split at blank
 * lines) are tagged one by one: wink reads a blank line as the end of a sentence and tags sentence by sentence, so the
 * tokens are those of the whole text read at once, and a paragraph read before is not read again.
 */
export function tagText(text: string): readonly Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens: Token[] = [];
  const blank = /\n[^\S\n]*\n\s*/g;
  let at = 0;
  for (let m = blank.exec(text); ; m = blank.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > at) {
      for (const t of paragraphTokens(text.slice(at, end))) {
        tokens.push(at === 0 ? t : { ...t, start: t.start + at, end: t.end + at });
      }
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  cache.set(text, tokens);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return tokens;
}

function paragraphTokens(paragraph: string): readonly Token[] {
  const hit = paragraphs.get(paragraph);
  if (hit) {
    paragraphs.delete(paragraph);
    paragraphs.set(paragraph, hit);
    return hit;
  }
  // read from a copy of the paragraph, kept as the key: a slice would keep its whole article alive
  const own = Buffer.from(paragraph, 'utf16le').toString('utf16le');
  const tokens = tagWhole(own);
  paragraphs.set(own, tokens);
  held += tokens.length;
  while (held > PARAGRAPH_TOKENS) {
    const [oldest, dropped] = paragraphs.entries().next().value as [string, readonly Token[]];
    paragraphs.delete(oldest);
    held -= dropped.length;
  }
  return tokens;
}

function tagWhole(text: string): Token[] {
  nlp ??= winkNLP(freshModel(), ['pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink is lossless, but re-locate defensively so an offset can never drift.
    if (text.slice(at, at + value.length) !== value) {
      const found = text.indexOf(value, at);
      if (found < 0) continue;
      at = found;
    }
    const type = types[i] ?? 'word';
    if (type !== 'tabCRLF' && value.trim() !== '') {
      tokens.push({ start: at, end: at + value.length, value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', type });
    }
    at += value.length;
  }
  return tokens;
}
