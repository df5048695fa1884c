import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import type { NameTag, QuoteTag } from '../tag/tag.ts';
import type { TaggedArticle } from '../tag/tagged-article.ts';
import { oncePer } from '../once-per.ts';
import type { Finding } from '../finding.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import { lcsPairs } from '../lcs-pairs.ts';
import { judgeReadings } from '../judge/judge-readings.ts';
import { checkWholeWordings, findingsOf } from './check-slots.ts';

/** One rendering of a quotation: its words (editorial insertions in brackets left out) and their local indices. */
interface Rendering extends View {
  readonly quote: QuoteTag;
  readonly norms: readonly string[];
  readonly at: readonly number[];
}

/**
 * Quotation fidelity: a quotation is verbatim, so any word that differs between two renderings of it counts
 * ("have shut down production" / "have paused production"); a rendering cut short at either end, or trimmed with
 * an ellipsis, leaves words out without changing them. Renderings of one quotation are judged like any other part
 * of the claim.
 */
export function checkQuotes(col: Collation): Finding[] {
  return [...checkRenderings(col), ...checkWholeWordings(col, quotedParaphrase)];
}

function checkRenderings(col: Collation): Finding[] {
  const renderings = col.variants.map((v) => v.tags.filter((t): t is QuoteTag => t.kind === 'quote').map((q) => rendering(v, q)));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const mine of renderings.flat()) {
    const group: Rendering[] = [mine];
    for (const theirs of renderings) {
      if (theirs[0]?.v === mine.v || theirs.length === 0) continue;
      const best = bestMatch(col, mine, theirs);
      if (best) group.push(best);
    }
    if (group.length < 2) continue;
    const key = group.map((r) => `${r.v.index}:${r.quote.from}`).sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const d of judgeReadings(col, group, compareRenderings)) out.push(...findingsOf(col, d));
  }
  return out;
}

function rendering(v: Variant, quote: QuoteTag): Rendering {
  const norms: string[] = [];
  const at: number[] = [];
  for (let k = quote.from; k < quote.to; k++) {
    const t = v.tokens[k]!;
    if (/[([][^)\]]*$/.test(v.article.text.slice(Math.max(0, t.start - 40), t.start))) continue;
    norms.push(t.norm);
    at.push(k);
  }
  return { v, from: quote.from, to: quote.to, quote, norms, at };
}

// The other outlet's rendering sharing most words with this one, if it is plausibly the same quotation: most of the
// shorter one's words in common, or, for a short quotation, the collation lining up words of each inside the other
// ("was \"deeply disappointed\"" / "was \"bitterly disappointed\"").
function bestMatch(col: Collation, mine: Rendering, theirs: readonly Rendering[]): Rendering | undefined {
  let best: Rendering | undefined;
  let bestShared = 0;
  for (const t of theirs) {
    const shared = lcsPairs(mine.norms, t.norms).length;
    const same = (shared >= 3 && shared >= 0.5 * Math.min(mine.norms.length, t.norms.length)) || alignedInside(col, mine, t) || framedAlike(col, mine, t);
    if (same && shared > bestShared) {
      best = t;
      bestShared = shared;
    }
  }
  return best;
}

// The collation lines up at least half of the shorter rendering's content words inside the other (the function words
// beside a changed word go with it in the collation: "an unacceptable failure" / "an inexcusable failure" pairs only
// "failure").
function alignedInside(col: Collation, a: Rendering, b: Rendering): boolean {
  const map = col.pair(a.v.index, b.v.index);
  let paired = 0;
  for (const k of a.at) {
    const j = map[k] ?? -1;
    if (j < b.from || j >= b.to) continue;
    if (a.v.tokens[k]!.content) paired++;
  }
  const contentOf = (r: Rendering): number => r.at.filter((k) => r.v.tokens[k]!.content).length;
  return paired >= Math.max(1, Math.ceil(0.5 * Math.min(contentOf(a), contentOf(b))));
}

// A short quotation (four words at most each) standing in the same frame: the content words right before its opening
// and right after its close line up with those around the other ("enough chips for \"several weeks\" of output" /
// "for \"several months\" of output"; "called the delays \"a plain scandal\" on Friday" / "\"quite unacceptable\" on
// Friday"): one quotation, whatever words it holds.
const FRAMED = 4;
function framedAlike(col: Collation, a: Rendering, b: Rendering): boolean {
  if (a.to - a.from > FRAMED || b.to - b.from > FRAMED) return false;
  const map = col.pair(a.v.index, b.v.index);
  const before = (r: Rendering): number => nearestContent(r.v.tokens, r.from - 1, -1, 2);
  const after = (r: Rendering): number => nearestContent(r.v.tokens, r.to, 1, 2);
  const [x, y] = [before(a), after(a)];
  return x >= 0 && y >= 0 && map[x] === before(b) && map[y] === after(b);
}

// The first content word from word `from` on, stepping by `step` (-1 back, 1 forward), within `reach` words; -1 if none.
function nearestContent(tokens: Variant['tokens'], from: number, step: number, reach: number): number {
  for (let k = from, n = 0; k >= 0 && k < tokens.length && n < reach; k += step, n++) if (tokens[k]!.content) return k;
  return -1;
}

// The words of each quotation an article holds, by their normal forms: read once per article, where each pair of
// wordings that gets this far asks.
const quotationWords = oncePer((t: TaggedArticle): string[][] => t.tags.filter((q) => q.kind === 'quote').map((q) => t.words.slice(q.from, q.to).map((w) => w.norm)));

/**
 * Quotation marks put on words the base tells in its own voice: a quotation here whose words line up with words of
 * the base outside every quotation, where the base's article quotes them nowhere (a quotation moved to another
 * sentence is still a quotation). The words need not be the same ("padlocked \"to stop workers stealing tools\"" /
 * "padlocked to prevent theft of tools"): the base tells that part (a content word of the quotation lines up with
 * it, and the words around the quotation line up too, or most of its words do), and what it gives as a paraphrase
 * is presented here as someone's own words.
 */
function quotedParaphrase(base: View, other: View, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  const pairs = ctx.pair(other.v.index, base.v.index);
  const map = (k: number): number => pairs[k] ?? -1;
  const baseQuotes = base.v.tags.filter((t) => t.kind === 'quote');
  const quotedInBase = (j: number): boolean => baseQuotes.some((q) => q.from <= j && j < q.to);
  for (const q of other.v.tags) {
    if (q.kind !== 'quote' || q.to - q.from < 2) continue;
    const r = rendering(other.v, q);
    if (r.norms.length < 2) continue;
    let paired = 0;
    let content = false;
    let quoted = false;
    let lo = Infinity;
    let hi = -1;
    let lead = 0;
    let trail = 0;
    for (const k of r.at) {
      const j = map(k);
      if (j < 0) {
        if (hi < 0) lead++;
        else trail++;
        continue;
      }
      trail = 0;
      if (quotedInBase(j)) quoted = true;
      paired++;
      if (other.v.tokens[k]!.content) content = true;
      lo = Math.min(lo, j);
      hi = Math.max(hi, j + 1);
    }
    if (quoted || !content) continue;
    // the words around the quotation line up too (the nearest content words, a few words out at most), or enough
    // words inside it do, so the base tells this part
    const near = (from: number, step: number): [number, number] => {
      const k = nearestContent(other.v.tokens, from, step, 5);
      return k < 0 ? [-1, -1] : [k, map(k)];
    };
    const [kBefore, before] = near(q.from - 1, -1);
    const [kAfter, after] = near(q.to, 1);
    const framed = before >= 0 && after > before + 1 && !quotedInBase(before) && !quotedInBase(after);
    if (!framed && paired < Math.max(2, Math.ceil(0.5 * r.norms.length))) continue;
    // unframed, the base's words run from the first lined-up word to the last, widened by as many words as the
    // quotation holds before and after those (up to the lined-up words outside it)
    const there = framed ? trimmed(base, other, before + 1, after, kBefore + 1, q.from, q.to, kAfter)
      : { from: Math.max(lo - lead, before + 1, 0), to: Math.min(hi + trail, after >= 0 ? after : base.v.tokens.length, base.v.tokens.length) };
    // the base's words for it are about as many: a longer stretch is more than this part
    if (there.to <= there.from || there.to - there.from > 1.5 * r.norms.length + 3) continue;
    if (quotationWords(base.v.tagged).some((words) => lcsPairs(r.norms, words).length >= Math.max(2, 0.5 * r.norms.length))) continue;
    // a phrase of two words set in quotation marks with the base's own words is a phrase marked ("on \"equal terms\""),
    // not words put in someone's mouth
    const same = base.v.tokens.slice(there.from, there.to).map((t) => t.norm).join(' ') === r.norms.join(' ');
    if (same && r.norms.length < 3) continue;
    out.push({
      kind: 'quote', type: 'quote-made', severity: 'medium', here: { from: q.from, to: q.to }, there,
      explain: (h, t, says) => `puts "${h}" in quotation marks where ${says('tell')} it without them: "${t}"`,
    });
  }
  return out;
}

// The base's words between two lined-up words, less the function words at either end that stand the same outside
// the quotation here ("... theft and that it would" opposite "...\" and that it would").
function trimmed(base: View, other: View, from: number, to: number, openFrom: number, open: number, close: number, closeTo: number): { from: number; to: number } {
  let a = from;
  let b = to;
  for (let k = openFrom; k < open && a < b && base.v.tokens[a]!.norm === other.v.tokens[k]!.norm; k++) a++;
  for (let k = closeTo - 1; k >= close && a < b && base.v.tokens[b - 1]!.norm === other.v.tokens[k]!.norm; k--) b--;
  return { from: a, to: b };
}

function compareRenderings(original: Rendering, told: Rendering): Change[] {
  const moved = speakerChanged(original, told);
  const [base, other] = [joinCompounds(original, told), joinCompounds(told, original)];
  const diff = interiorDifference(other.norms, base.norms, other.quote.elided, base.quote.elided);
  if (!diff || diff === 'silent') return moved;
  const here = { from: other.at[diff.mine[0]] ?? other.from, to: (other.at[diff.mine[1] - 1] ?? other.from) + 1 };
  const there = { from: base.at[diff.theirs[0]] ?? base.from, to: (base.at[diff.theirs[1] - 1] ?? base.from) + 1 };
  return [...moved, {
    kind: 'quote', type: 'quote-altered', severity: 'medium', here, there,
    explain: diff.dropped
      ? (h, t, says) => `leaves "${t}" out of a quotation ${says('give')} in full, between "${h}"`
      : (h, t, says) => `the quotation reads "${h}" here but "${t}" where ${says('quote')} it`,
  }];
}

// A compound written with a hyphen in one rendering and closed up in the other ("hard-wired" / "hardwired",
// "co-operate" / "cooperate") is one word: the parts are joined where the other rendering has the joined word alone.
function joinCompounds(r: Rendering, other: Rendering): Rendering {
  const theirs = new Set(other.norms);
  const text = r.v.article.text;
  const norms: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < r.norms.length; i++) {
    const next = r.norms[i + 1];
    const hyphen = next !== undefined && /^[-‐‑]$/.test(text.slice(r.v.tokens[r.at[i]!]!.end, r.v.tokens[r.at[i + 1]!]!.start));
    if (hyphen && theirs.has(r.norms[i]! + next) && !theirs.has(r.norms[i]!)) {
      norms.push(r.norms[i]! + next);
      at.push(r.at[i]!);
      i++;
      continue;
    }
    norms.push(r.norms[i]!);
    at.push(r.at[i]!);
  }
  return { ...r, norms, at };
}

/**
 * One quotation put in another person's mouth: the speaker of each rendering is named (a name the tagger reads in the
 * speaker's words: "she", "the CEO" name no one), the two names share no word, and at least one speaker stands outside
 * its wording (a quotation going on from the sentence before, or a credit the claim's wording does not take in; where
 * both stand in the wordings, the credits' check reads them).
 */
function speakerChanged(base: Rendering, other: Rendering): Change[] {
  const [a, b] = [speakerNames(base), speakerNames(other)];
  if (a.length === 0 || b.length === 0 || a.some((w) => b.includes(w))) return [];
  const inside = (r: Rendering): boolean => r.v.span.start <= r.quote.speaker!.start && r.quote.speaker!.end <= r.v.span.end;
  if (inside(base) && inside(other)) return [];
  return [{
    kind: 'attribution', type: 'quote-speaker-changed', severity: 'high', here: { from: other.from, to: other.to }, there: { from: base.from, to: base.to },
    explain: (h, t, says) => `puts the quotation in the mouth of "${speakerText(other)}", where ${says('give')} it to "${speakerText(base)}"`,
  }];
}

function speakerText(r: Rendering): string {
  return r.v.article.text.slice(r.quote.speaker!.start, r.quote.speaker!.end).replace(/\s+/g, ' ');
}

// The words of the names the tagger reads in a rendering's speaker, lower-cased ("rana elgesem").
function speakerNames(r: Rendering): string[] {
  const s = r.quote.speaker;
  if (!s) return [];
  const { words } = r.v.tagged;
  return namesIn(r.v.tagged).flatMap((t) => (words[t.from]!.start >= s.start && words[t.to - 1]!.end <= s.end ? t.key.split(' ') : []));
}

// An article's name tags, listed once per article (every pair of renderings asks for its speakers' names).
const namesIn = oncePer((t: TaggedArticle): readonly NameTag[] => t.tags.filter((x): x is NameTag => x.kind === 'name'));

// Word ranges that differ between two renderings of one quotation, ignoring a quotation cut short at either end
// (one rendering stops where the other goes on). An elision ("...") only takes words out: words the trimmed rendering
// carries where the other has none are a change. A rendering is 'silent' when it agrees only because an elision took
// out the words where this one has its own.
function interiorDifference(a: readonly string[], b: readonly string[], elidedA: boolean, elidedB: boolean): { mine: [number, number]; theirs: [number, number]; dropped: boolean } | 'silent' | null {
  const elided = elidedA || elidedB;
  let silent = false;
  // of the two ways to line up repeated words, keep the one with fewer breaks
  const forward = lcsPairs(a, b);
  const backward = lcsPairs([...a].reverse(), [...b].reverse()).map(([x, y]): [number, number] => [a.length - 1 - x, b.length - 1 - y]).reverse();
  const pairs = breaks(backward) < breaks(forward) ? backward : forward;
  for (let k = 1; k < pairs.length; k++) {
    const [pa, pb] = pairs[k - 1]!;
    const [na, nb] = pairs[k]!;
    if (na - pa === 1 && nb - pb === 1) continue;
    if (elidedA && elidedB) continue;
    if (elidedA && na - pa === 1) continue;
    if (elidedB && nb - pb === 1) {
      silent = true;
      continue;
    }
    const mine: [number, number] = na - pa > 1 ? [pa + 1, na] : [pa, na + 1];
    const theirs: [number, number] = nb - pb > 1 ? [pb + 1, nb] : [pb, nb + 1];
    return { mine, theirs, dropped: na - pa === 1 };
  }
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  if (!elided && last && last[0] < a.length - 1 && last[1] < b.length - 1) {
    return { mine: [last[0] + 1, a.length], theirs: [last[1] + 1, b.length], dropped: false };
  }
  if (!elided && first && first[0] > 0 && first[1] > 0) return { mine: [0, first[0]], theirs: [0, first[1]], dropped: false };
  return silent ? 'silent' : null;
}

function breaks(pairs: readonly [number, number][]): number {
  let n = 0;
  for (let k = 1; k < pairs.length; k++) if (pairs[k]![0] - pairs[k - 1]![0] > 1 || pairs[k]![1] - pairs[k - 1]![1] > 1) n++;
  return n;
}
