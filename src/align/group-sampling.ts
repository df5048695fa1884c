// What the stages after clustering (absorbNeighbours, shareSentences) share: a claim's wordings sampled evenly, and
// each unit's candidate partners.

/** Evenly spaced picks, all of them when there are few. */
export function spread<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  const step = items.length / most;
  return Array.from({ length: most }, (_, k) => items[Math.floor(k * step)]!);
}

/** Each unit's partners among the candidate pairs, both ways. */
export function partnersOf(pairs: ReadonlyArray<{ readonly a: number; readonly b: number }> = []): Map<number, number[]> {
  const partners = new Map<number, number[]>();
  for (const { a, b } of pairs) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return partners;
}
