import type { ClaimContext, Variant } from './claim-context.ts';
import type { Credit } from './credits-of.ts';
import { sameWord } from './same-word.ts';

const HEAD = 3;

/**
 * True when `v` carries the statement `o` credits with `credit`: it shares one of the first words of
 * what the credit governs (`need` of them) ("X said [some advisers were removed]", "[...], X said"). A credit on another
 * clause of `o` says nothing about `v`.
 */
export function coversCredited(ctx: ClaimContext, o: Variant, credit: Credit, v: Variant, need = 1): boolean {
  const { aToB } = ctx.align(o.index, v.index);
  const governed = governedWords(o, credit);
  // reordered wording ("32 were killed in the raid, officials said" / "the raid, which killed 32"): the words anywhere count
  const carried = (i: number): boolean => (aToB[i] ?? -1) >= 0 || v.tokens.some((x) => x.content && sameWord(x, o.tokens[i]!));
  return governed.filter(carried).length >= Math.min(need, governed.length);
}

/** Token indices of `o`'s first content words under `credit`: what follows it, or what precedes a credit set off after a comma. */
export function governedWords(o: Variant, credit: Credit): number[] {
  const after: number[] = [];
  const before: number[] = [];
  o.tokens.forEach((t, i) => {
    if (!t.content) return;
    if (t.start >= credit.end) after.push(i);
    else if (t.end <= credit.start) before.push(i);
  });
  // "..., X said" (or "..., X said, a process that ..."): a credit set off after a comma governs what precedes it
  const postposed = before.length > 0 && /,\s*$/.test(o.article.text.slice(Math.max(0, credit.start - 3), credit.start));
  return after.length >= HEAD && !postposed ? after.slice(0, HEAD) : before.slice(-HEAD);
}
