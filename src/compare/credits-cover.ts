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
  if (governed.filter(carried).length >= Math.min(need, governed.length)) return true;
  // "X have begun leaving as ... alliances, according to 11 sources": a credit closing a long sentence governs all of it
  const opening = openingWords(o, credit);
  // opening words are a looser anchor than the words next to the credit: two of them must be carried
  return opening.length > 0 && opening.filter(carried).length >= Math.min(Math.max(need, 2), opening.length);
}

// The first content words of the sentence a postposed credit closes; none when the credit opens or sits inside it.
function openingWords(o: Variant, credit: Credit): number[] {
  const text = o.article.text;
  if (!/,\s*$/.test(text.slice(Math.max(0, credit.start - 3), credit.start))) return [];
  const sentenceStart = Math.max(o.span.start, ...[...text.slice(o.span.start, credit.start).matchAll(/[.!?]["”’)]?\s+(?=\S)/g)].map((m) => o.span.start + m.index! + m[0].length));
  const out: number[] = [];
  o.tokens.forEach((t, i) => {
    if (t.content && t.start >= sentenceStart && t.end <= credit.start && out.length < HEAD) out.push(i);
  });
  return out;
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
