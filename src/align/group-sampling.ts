// What the stages after clustering (absorbNeighbours, shareSentences) share: a claim's wordings sampled evenly, and
// each unit's candidate partners.

/** Evenly spaced picks, all of them when there are few. */
export function spread<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  const step = items.length / most;
  return Array.from({ length: most }, (_, k) => items[Math.floor(k * step)]!);
}

/**
 * As {@link spread} of `items` without the few `left` out, without copying the rest: the same picks, at a cost in
 * the picks and the left out, not in the items (a claim of thousands of wordings, a sentence or two of it left out).
 */
export function spreadExcept(items: readonly number[], left: readonly number[], most: number): number[] {
  const skip = left.map((x) => items.indexOf(x)).filter((i) => i >= 0).sort((a, b) => a - b);
  const size = items.length - skip.length;
  if (size <= most) return items.filter((x) => !left.includes(x));
  const at = (r: number): number => {
    let i = r;
    for (const s of skip) if (s <= i) i++;
    return items[i]!;
  };
  const step = size / most;
  return Array.from({ length: most }, (_, k) => at(Math.floor(k * step)));
}

// The stages after clustering read the same candidate pairs: each list's partners are listed once (read only).
const listed = new WeakMap<ReadonlyArray<{ readonly a: number; readonly b: number }>, ReadonlyMap<number, readonly number[]>>();

/** Each unit's partners among the candidate pairs, both ways (made once per list of pairs). */
export function partnersOf(pairs: ReadonlyArray<{ readonly a: number; readonly b: number }> = []): ReadonlyMap<number, readonly number[]> {
  const made = listed.get(pairs);
  if (made) return made;
  const partners = new Map<number, number[]>();
  const add = (x: number, y: number): void => {
    const list = partners.get(x);
    if (list) list.push(y);
    else partners.set(x, [y]);
  };
  for (const { a, b } of pairs) {
    add(a, b);
    add(b, a);
  }
  listed.set(pairs, partners);
  return partners;
}
