import type { WordToken } from '../text/word-tokens.ts';
import { CURRENCY_LEXICON as LEX } from '../lexicon/currencies.ts';

/** The currency a figure is given in, and the token that names it. */
export interface FigureCurrency {
  readonly currency: string;
  readonly index: number;
}

/**
 * The currency of the figure at token `i`: a mark or code right before it ("$3.2 billion", "€41") or a currency
 * word right after it, past one capitalised qualifier ("41 euros", "40 million Danish crowns"); undefined if none.
 */
export function currencyOf(tokens: readonly WordToken[], i: number, text: string): FigureCurrency | undefined {
  const before = tokens[i - 1];
  if (before && text.slice(before.end, tokens[i]!.start).trim() === '') {
    const mark = before.text.toLowerCase();
    const prefixed = tokens[i - 2] && tokens[i - 2]!.end === before.start ? `${tokens[i - 2]!.text.toLowerCase()}${mark}` : mark;
    const currency = LEX.symbols[prefixed] ?? LEX.symbols[mark];
    if (currency) return { currency, index: i - 1 };
  }
  for (const k of [i + 1, i + 2]) {
    const t = tokens[k];
    if (!t) break;
    const currency = LEX.words[t.text.toLowerCase()];
    if (currency) return { currency, index: k };
    if (!/^\p{Lu}/u.test(t.text)) break;
  }
  return undefined;
}
