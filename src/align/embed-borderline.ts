import type { ClaimUnit } from './claim-unit.ts';
import type { Embed } from './embed.ts';

/** Which pairs to embed for, and how many sentences at most. */
export interface BorderlineLimits {
  readonly budget: number;
  /** Pairs outside [above, below) are settled on wording alone. */
  readonly above: number;
  readonly below: number;
  /** Where undecided pairs are densest: embedded first. */
  readonly pivot: number;
}

/**
 * Embed the units of undecided pairs, strongest pair first, within the budget: the encoder is too slow
 * for every sentence of a large bundle, and sure pairs do not need it. Returns unit index -> vector.
 */
export async function embedBorderline(
  units: readonly ClaimUnit[],
  pairs: ReadonlyArray<{ readonly a: number; readonly b: number; readonly lex: number }>,
  embed: Embed | undefined,
  limits: BorderlineLimits,
  onWarning?: (message: string) => void,
): Promise<Map<number, Float32Array>> {
  const vectors = new Map<number, Float32Array>();
  if (!embed || limits.budget <= 0) return vectors;
  const order = chooseBorderline(units, pairs, limits);
  try {
    const result = await embed(order.map((i) => units[i]?.text ?? ''));
    order.forEach((unit, k) => {
      const v = result[k];
      if (v && v.length > 0) vectors.set(unit, v);
    });
  } catch (error) {
    onWarning?.(`Sentence embedding failed (${String(error)}); claims are aligned on wording alone`);
  }
  return vectors;
}

/** The units worth embedding: those of undecided pairs, closest to the line first, within the budget. */
export function chooseBorderline(
  units: readonly ClaimUnit[],
  pairs: ReadonlyArray<{ readonly a: number; readonly b: number; readonly lex: number }>,
  limits: BorderlineLimits,
): number[] {
  const chosen = new Set<number>();
  // Closest to the line first: that is where meaning changes decisions. Two-sentence units are never embedded.
  const single = (i: number) => units[i]?.parts.length === 1;
  const undecided = pairs
    .filter((p) => p.lex < limits.below && p.lex >= limits.above && single(p.a) && single(p.b))
    .sort((x, y) => Math.abs(x.lex - limits.pivot) - Math.abs(y.lex - limits.pivot) || x.a - y.a || x.b - y.b);
  for (const { a, b } of undecided) {
    const extra = (chosen.has(a) ? 0 : 1) + (chosen.has(b) ? 0 : 1);
    if (chosen.size + extra > limits.budget) continue;
    chosen.add(a);
    chosen.add(b);
  }
  return [...chosen].sort((x, y) => x - y);
}
