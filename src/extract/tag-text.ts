import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

/** Tag `text` once with wink-nlp (loaded lazily) and return its tokens with absolute offsets. */
export function tagText(text: string): readonly Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  nlp ??= winkNLP(model, ['pos']);
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
  cache.set(text, tokens);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return tokens;
}
