import type { Claim } from '../../model/index.ts';
import { alignWords } from '../align-words.ts';
import { lcsPairs } from '../lcs-pairs.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { reorderLike } from './reorder-like.ts';
import type { Collation, Reading, Slot } from './collation.ts';
import type { Variant } from './variant.ts';

const MAX_VOTERS = 12;

/**
 * Collate a claim's wordings: line each up with the reference (the source's wording when the source carries the
 * claim, else the most central one), find every stretch where some wording differs (a slot), and read each
 * wording opposite each slot. A wording whose words stop before a slot (a clause cut short) does not carry it.
 */
export function collateClaim(claim: Claim, original: readonly Variant[], sourceArticle: string | null, sourceLabel: string | null = null): Collation {
  const sourceIndex = sourceArticle === null ? -1 : original.findIndex((v) => v.article.id === sourceArticle);
  const source = sourceIndex >= 0 ? sourceIndex : null;
  const voting = source === null ? pairwise(original) : null;
  const reference = source ?? centralVariant(original.length, voting!.matched);
  // every wording with its clauses in the reference's order, so what a rewrite moved still lines up
  const variants = original.map((v) => (v.index === reference ? v : reorderLike(v, original[reference]!)));
  // two wordings both left in their order keep the alignment the vote made of them, one way first as there
  const kept = (a: number, b: number): readonly [number[], number[]] | null =>
    (voting && variants[a] === original[a] && variants[b] === original[b] ? voting.aligned(a, b) : null);
  const { pair, overlap, similarity } = pairwise(variants, kept);
  const toReference = variants.map((v) => (v.index === reference ? v.tokens.map((_, i) => i) : pair(v.index, reference)));
  const fromReference = variants.map((v) => (v.index === reference ? v.tokens.map((_, i) => i) : pair(reference, v.index)));
  const ref = variants[reference]!;
  const ranges: { from: number; to: number }[] = [];
  for (const v of variants) {
    if (v.index === reference) continue;
    for (const g of gaps(fromReference[v.index]!, toReference[v.index]!)) {
      const telling = (w: Variant, from: number, to: number): boolean =>
        w.tokens.slice(from, to).some((t) => t.content) || w.tags.some((t) => t.from < to && from < t.to && t.kind !== 'name');
      if (telling(ref, g.refFrom, g.refTo) || telling(v, g.from, g.to)) ranges.push({ from: g.refFrom, to: g.refTo });
    }
  }
  const slots = distinctRanges(ranges).map((r): Slot => ({
    ...r,
    readings: variants.map((v) => (v.index === reference ? { variant: reference, from: r.from, to: r.to } : readingOf(v, r, fromReference[v.index]!))),
  }));
  return { claim, variants, reference, source, sourceLabel: source === null ? null : sourceLabel ?? `the ${original[source]!.article.outlet ?? 'source'} version`, toReference, slots, overlap, similarity, pair };
}

/**
 * Word alignments between every two wordings (cached, or taken from `known` where it has them), and the shares of
 * content words they share. Aligning `a` to `b` and `b` to `a` are one alignment, made from whichever is asked first
 * (`aligned(a, b)`: made from `a`, if made yet); the two orders may settle ties differently.
 */
function pairwise(variants: readonly Variant[], known: (a: number, b: number) => readonly [number[], number[]] | null = () => null): {
  pair: (a: number, b: number) => number[];
  aligned: (a: number, b: number) => readonly [number[], number[]] | null;
  matched: (a: number, b: number) => number;
  overlap: (a: number, b: number) => number;
  similarity: (a: number, b: number) => number;
} {
  // (each ordered pair by a * variants + b)
  const n = variants.length;
  const cache = new Map<number, number[]>();
  const made = new Map<number, readonly [number[], number[]]>();
  const pair = (a: number, b: number): number[] => {
    let hit = cache.get(a * n + b);
    if (!hit) {
      const both = known(a, b) ?? alignBoth(variants[a]!.tokens, variants[b]!.tokens);
      made.set(a * n + b, both);
      hit = both[0];
      cache.set(a * n + b, both[0]);
      cache.set(b * n + a, both[1]);
    }
    return hit;
  };
  const aligned = (a: number, b: number): readonly [number[], number[]] | null => made.get(a * n + b) ?? null;
  const content = variants.map((v) => v.tokens.filter((t) => t.content).length);
  const counted = new Map<number, number>();
  const matched = (a: number, b: number): number => {
    let hit = counted.get(a * n + b);
    if (hit === undefined) {
      hit = pair(a, b).filter((x, i) => x >= 0 && variants[a]!.tokens[i]!.content).length;
      counted.set(a * n + b, hit);
    }
    return hit;
  };
  const overlap = (a: number, b: number): number => {
    const size = Math.min(content[a]!, content[b]!);
    return size === 0 ? 0 : matched(a, b) / size;
  };
  const similarity = (a: number, b: number): number => {
    const size = Math.max(content[a]!, content[b]!);
    return size === 0 ? 0 : matched(a, b) / size;
  };
  return { pair, aligned, matched, overlap, similarity };
}

// Which word of `b` lines up with each of `a`, and which of `a` with each of `b`.
function alignBoth(a: readonly WordToken[], b: readonly WordToken[]): readonly [number[], number[]] {
  const { aToB, bToA } = alignWords(a, b);
  return anchorWeakWords(a, b, [...aToB], [...bToA]);
}

// The variant sharing most words with the others: the reference when no source is known.
function centralVariant(n: number, overlap: (a: number, b: number) => number): number {
  let best = 0;
  let bestScore = -1;
  const voters = Array.from({ length: n }, (_, k) => k).filter((_, k) => n <= MAX_VOTERS || k % Math.ceil(n / MAX_VOTERS) === 0);
  for (let a = 0; a < n; a++) {
    const score = voters.reduce((s, b) => (a === b ? s : s + overlap(a, b)), 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

// Words too common to hold a stretch in place; other function words (verbs of saying, negators, modals) may.
const COMMON = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'that', 'it', 'its', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'this', 'which', 'who', 'or', 'but']);

/**
 * Inside each stretch between aligned content words, line up the function words both sides write alike ("said",
 * "not", "may"), so a long stretch splits where the wordings meet again: a weaker alignment that content words
 * alone leave out. Counts of shared content words are unchanged.
 */
function anchorWeakWords(a: readonly WordToken[], b: readonly WordToken[], aToB: number[], bToA: number[]): [number[], number[]] {
  const anchors = aToB.map((j, i) => [i, j] as const).filter(([, j]) => j >= 0);
  let pi = -1;
  let pj = -1;
  for (const [ni, nj] of [...anchors, [a.length, b.length] as const]) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = pi + 1; i < ni; i++) if (weak(a[i]!)) xs.push(i);
    for (let j = pj + 1; j < nj; j++) if (weak(b[j]!)) ys.push(j);
    if (xs.length > 0 && ys.length > 0) {
      for (const [x, y] of lcsPairs(xs.map((i) => a[i]!.norm), ys.map((j) => b[j]!.norm))) {
        aToB[xs[x]!] = ys[y]!;
        bToA[ys[y]!] = xs[x]!;
      }
    }
    pi = ni;
    pj = nj;
  }
  return [aToB, bToA];
}

function weak(t: WordToken): boolean {
  return !t.content && /\p{L}/u.test(t.norm) && !COMMON.has(t.norm);
}

interface Gap { refFrom: number; refTo: number; from: number; to: number }

// Maximal stretches between aligned words: the reference's words and the variant's words that stand unmatched there.
function gaps(fromRef: readonly number[], toRef: readonly number[]): Gap[] {
  const out: Gap[] = [];
  let r = 0;
  let v = 0;
  const anchors = fromRef.map((x, i) => [i, x] as const).filter(([, x]) => x >= 0);
  for (const [ri, vi] of [...anchors, [fromRef.length, toRef.length] as const]) {
    if (ri > r || vi > v) out.push({ refFrom: r, refTo: ri, from: v, to: vi });
    r = ri + 1;
    v = vi + 1;
  }
  return out;
}

// Each stretch of the reference some wording departs on is a slot of its own; two wordings departing on the same
// stretch share it. Merging overlapping stretches would chain a whole sentence into one slot whenever one wording
// stops early and another starts late.
function distinctRanges(ranges: readonly { from: number; to: number }[]): { from: number; to: number }[] {
  const seen = new Set<string>();
  return [...ranges].sort((a, b) => a.from - b.from || a.to - b.to).filter((r) => {
    const key = `${r.from}:${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A variant's words between the reference words that bound the slot and that the variant carries too; none when the
// variant's wording runs out before the slot on a side where it is cut out of a longer sentence.
function readingOf(v: Variant, slot: { from: number; to: number }, fromRef: readonly number[]): Reading | null {
  let before = -1;
  for (let k = slot.from - 1; k >= 0; k--) if ((fromRef[k] ?? -1) >= 0) { before = k; break; }
  let after = -1;
  for (let k = slot.to; k < fromRef.length; k++) if ((fromRef[k] ?? -1) >= 0) { after = k; break; }
  if (before < 0 && after < 0) return null;
  const from = before >= 0 ? fromRef[before]! + 1 : 0;
  const to = after >= 0 ? fromRef[after]! : v.tokens.length;
  // the wording stops at the slot: it carries it only if it stops where its sentence does (then it left the words out)
  if (from >= to && before < 0 && !v.opensSentence) return null;
  if (from >= to && after < 0 && !v.closesSentence) return null;
  return { variant: v.index, from, to: Math.max(from, to) };
}
