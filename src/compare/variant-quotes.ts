import type { Variant } from './claim-context.ts';

/** A quotation inside a variant: the token indices of its words and whether it marks an elision. */
export interface VariantQuote {
  readonly from: number;
  readonly to: number;
  readonly elided: boolean;
}

const QUOTE = /[“"«]([^“”"«»]{2,}?)[”"»]/g;

/** The quotations of a variant (straight, curly or guillemet marks), as token ranges. */
export function variantQuotes(v: Variant): VariantQuote[] {
  const out: VariantQuote[] = [];
  const base = v.span.start;
  for (const m of v.span.text.matchAll(QUOTE)) {
    const start = base + (m.index ?? 0) + 1;
    const end = start + (m[1]?.length ?? 0);
    const from = v.tokens.findIndex((t) => t.start >= start);
    let to = from;
    while (to >= 0 && to < v.tokens.length && v.tokens[to]!.end <= end) to++;
    if (from >= 0 && to - from >= 2) out.push({ from, to, elided: /\.\.\.|…|\[/.test(m[1] ?? '') });
  }
  return out;
}
