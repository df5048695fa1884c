import type { CopyGroup, CopyHow } from '../model/index.ts';
import { bandKeys } from './candidate-index.ts';
import { hashString } from './hash-string.ts';
import { STORY_BOUNDS } from './judge-pair.ts';
import { containment, estimateJaccard, minhashSignature } from './minhash.ts';
import { shinglesOf } from './read-shingles.ts';
import { foldWord, storyWords } from './story-words.ts';

/** What copy finding reads of an article. */
export interface CopyInput {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

/** Share of a text's word 5-grams another must hold for it to be a near-exact copy (both ways) or a prefix (the shorter's). */
const NEAR = 0.9;
/** Words that must open both texts alike for the shorter to be a prefix of the longer. */
const LEAD_WORDS = 8;
/** Candidates checked per article: identical texts are grouped before, so few texts are near one another. */
const CANDIDATES = 20;
// A version is the fullest text: a copy within this share of the longest's words counts as full.
const FULL = 0.95;

interface Read {
  readonly words: readonly string[];
  readonly shingles: ReadonlySet<number>;
  readonly signature: Uint32Array;
}

/**
 * Exact and near-exact copies among articles: the same text after cleaning, a prefix of it, or the same text but for a
 * few words. Candidates are found as grouping finds them (MinHash bands of word 5-grams, and the opening words for a
 * prefix), kept when the MinHash containment reaches grouping's copy bound, then confirmed on the 5-gram sets
 * themselves. Each group names its version (the fullest text, the earliest published among the full ones) and how
 * every other article ran it.
 */
export function findCopies(articles: readonly CopyInput[]): CopyGroup[] {
  const read = articles.map((a) => readCopy(a.text));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const join = (i: number, j: number): void => { parent[find(j)] = find(i); };
  // the same text is one class at once, so thousands of identical copies cost one comparison each
  const sameText = new Map<number, number>();
  const index = new Map<number, number[]>();
  // keys each earlier article shares with this one, counted in place and cleared after each article
  const shared = new Int32Array(articles.length);
  read.forEach((r, i) => {
    if (r.words.length === 0) return;
    const whole = hashString(r.words.join(' '));
    const first = sameText.get(whole);
    if (first !== undefined && read[first]!.words.join(' ') === r.words.join(' ')) { join(first, i); return; }
    sameText.set(whole, i);
    const keys = [...bandKeys(r.signature), hashString(`lead:${r.words.slice(0, LEAD_WORDS).join(' ')}`)];
    const met: number[] = [];
    for (const key of keys) {
      for (const other of index.get(key) ?? []) {
        if (shared[other] === 0) met.push(other);
        shared[other]! += 1;
      }
    }
    const nearest = met.sort((a, b) => shared[b]! - shared[a]! || a - b).slice(0, CANDIDATES);
    for (const other of met) shared[other] = 0;
    for (const other of nearest) {
      if (find(other) === find(i)) continue;
      const o = read[other]!;
      if (containment(estimateJaccard(r.signature, o.signature), r.shingles.size, o.shingles.size) < STORY_BOUNDS.copy) continue;
      if (copyHow(o, r) !== null) join(other, i);
    }
    for (const key of keys) { const list = index.get(key); if (list) list.push(i); else index.set(key, [i]); }
  });
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => { const root = find(i); const g = groups.get(root); if (g) g.push(i); else groups.set(root, [i]); });
  return [...groups.values()].filter((g) => g.length > 1).map((members) => {
    const version = chooseVersion(members, articles, read);
    return {
      version: articles[version]!.id,
      copies: members.filter((m) => m !== version).map((m) => ({
        article: articles[m]!.id,
        how: copyHow(read[version]!, read[m]!) ?? 'near',
        share: Math.round(Math.min(1, read[m]!.words.length / read[version]!.words.length) * 1000) / 1000,
      })),
    };
  });
}

function readCopy(text: string): Read {
  const words = storyWords(text).map((w) => foldWord(w.text));
  const shingles = shinglesOf(words);
  return { words, shingles, signature: minhashSignature(shingles) };
}

/** How `copy` ran `version`'s text, judged on their words and 5-gram sets; null when it is no copy of it. */
export function copyHow(version: Read, copy: Read): CopyHow | null {
  const [shorter, longer] = version.words.length <= copy.words.length ? [version, copy] : [copy, version];
  if (shorter.words.length === longer.words.length && shorter.words.every((w, i) => w === longer.words[i])) return 'same';
  let common = 0;
  for (const s of shorter.shingles) if (longer.shingles.has(s)) common++;
  const union = shorter.shingles.size + longer.shingles.size - common;
  if (union > 0 && common / union >= NEAR) return 'near';
  const opensAlike = shorter.words.slice(0, LEAD_WORDS).every((w, i) => w === longer.words[i]);
  // a prefix is the copy's part of the version: a version shorter than its copy was not run in part
  if (shorter === copy && opensAlike && shorter.shingles.size > 0 && common / shorter.shingles.size >= NEAR) return 'prefix';
  if (shorter === version && opensAlike && shorter.shingles.size > 0 && common / shorter.shingles.size >= NEAR) return 'near';
  return null;
}

// The fullest text (within FULL of the longest), the earliest published among them, then bundle order.
function chooseVersion(members: readonly number[], articles: readonly CopyInput[], read: readonly Read[]): number {
  const longest = Math.max(...members.map((m) => read[m]!.words.length));
  const full = members.filter((m) => read[m]!.words.length >= FULL * longest);
  const time = (m: number): number => { const t = Date.parse(articles[m]!.published ?? ''); return Number.isNaN(t) ? Infinity : t; };
  return [...full].sort((a, b) => time(a) - time(b) || a - b)[0]!;
}
