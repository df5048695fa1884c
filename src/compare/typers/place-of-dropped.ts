import type { TypeContext, View } from './change.ts';

/**
 * Where words the base wording has and `other` left out would stand in `other`: the word they modified there — the
 * matched word right after them when nothing sets them off ("[temporary] closure", "[may have] contaminated"), else
 * the matched word right before them, widened to a figure it belongs to ("900 million euros [including debt]").
 */
export function placeOfDropped(base: View, other: View, ctx: TypeContext, from: number, to: number): { from: number; to: number } {
  const map = ctx.pair(base.v.index, other.v.index);
  const text = base.v.article.text;
  const words = base.v.tokens;
  const after = words[to];
  // a phrase opening with a preposition hangs on the word before it ("fish [to Japan]", "admissions [for heart failure]")
  const prepositional = words[from - 1]?.pos === 'ADP' || words[from]?.pos === 'ADP';
  const setOff = prepositional || (after !== undefined && /[,;:.()—–]/.test(text.slice(words[to - 1]!.end, after.start)));
  for (let k = to; !setOff && k < Math.min(words.length, to + 3); k++) {
    const j = map[k] ?? -1;
    if (j >= 0) return { from: j, to: j + 1 };
  }
  for (let k = from - 1; k >= Math.max(0, base.from - 1); k--) {
    const j = map[k] ?? -1;
    if (j < 0) continue;
    const figure = other.v.tags.find((t) => t.kind === 'num' && t.from <= j && j < t.to);
    return figure ? { from: figure.from, to: figure.to } : { from: j, to: j + 1 };
  }
  return { from: other.from, to: other.to };
}
