import type { Tag } from '../tag/tag.ts';
import { sameWord } from '../same-word.ts';
import type { Variant } from './variant.ts';

/** Least share of a chunk's content words the reference chunk must carry for the two to stand for one another. */
const MIN_SHARE = 0.34;

/**
 * A wording with its clauses put in the order the reference tells them, so one alignment in order can line up
 * what a rewrite moved ("..., setting off the alarm at 3:12 a.m., and spent eight minutes inside" against "were
 * inside for eight minutes. The alarm went off at 3:21 a.m."). Clauses are the stretches between clause marks
 * (commas, semicolons, dashes, brackets, sentence ends); each goes to the place of the reference clause sharing most
 * of its words, and a clause matching none stays after the one before it. The words keep their places in the text:
 * only the order in which they are compared changes.
 */
export function reorderLike(v: Variant, ref: Variant): Variant {
  const mine = chunks(v);
  const theirs = chunks(ref);
  if (mine.length < 2 || theirs.length < 1) return v;
  const keys: number[] = [];
  let last = -1;
  mine.forEach((c, i) => {
    const best = bestMatch(v, c, ref, theirs);
    keys[i] = best >= 0 ? best : Number.NaN;
    if (best >= 0) last = best;
    else keys[i] = last;
  });
  // a clause matching nothing before any match goes before the first match
  const firstMatched = keys.find((k) => k >= 0) ?? 0;
  const order = mine.map((c, i) => ({ c, i, key: keys[i]! >= 0 ? keys[i]! : firstMatched - 0.5 }))
    .sort((a, b) => a.key - b.key || a.i - b.i);
  if (order.every((o, k) => o.i === k)) return v;
  const perm = order.flatMap((o) => range(o.c.from, o.c.to));
  const position = new Map(perm.map((old, k) => [old, k]));
  const tags = v.tags.map((t): Tag => {
    const places = range(t.from, t.to).map((k) => position.get(k)!);
    const from = Math.min(...places);
    const to = Math.max(...places) + 1;
    return t.kind === 'num' ? { ...t, from, to, at: position.get(t.at) ?? from } : { ...t, from, to };
  });
  return { ...v, at: perm.map((k) => v.at[k]!), tokens: perm.map((k) => v.tokens[k]!), tags };
}

interface Chunk { from: number; to: number }

// Stretches of a wording between clause marks.
function chunks(v: Variant): Chunk[] {
  const out: Chunk[] = [];
  const text = v.article.text;
  let from = 0;
  for (let k = 1; k <= v.tokens.length; k++) {
    if (k < v.tokens.length && !/[,;:—–()]|[.!?]["”’)]?\s/.test(text.slice(v.tokens[k - 1]!.end, v.tokens[k]!.start))) continue;
    out.push({ from, to: k });
    from = k;
  }
  return out;
}

// The reference clause sharing most of a clause's content words, or -1.
function bestMatch(v: Variant, c: Chunk, ref: Variant, theirs: readonly Chunk[]): number {
  const words = v.tokens.slice(c.from, c.to).filter((t) => t.content);
  if (words.length === 0) return -1;
  let best = -1;
  let bestScore = 0;
  theirs.forEach((r, i) => {
    const other = ref.tokens.slice(r.from, r.to).filter((t) => t.content);
    if (other.length === 0) return;
    const shared = words.filter((w) => other.some((x) => sameWord(x, w))).length;
    const score = shared / Math.min(words.length, other.length);
    if (shared >= 1 && score >= MIN_SHARE && score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
