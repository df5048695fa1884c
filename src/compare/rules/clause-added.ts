import type { Article, Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets } from '../finding.ts';
import { creditsOf } from '../credits-of.ts';
import { isPredicate } from '../same-verb.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { wordTokens } from '../../text/word-tokens.ts';

/** Share of each other wording's content words this one must carry: it tells their claim, plus something. */
const CONTAINS = 0.75;

/**
 * An action only this outlet reports, added to a claim it otherwise tells as the others do: "crews were
 * filmed packing up" where all the others say only "crews were told to stop". Every word of the addition
 * must be missing from the other outlets' whole articles, so material they place elsewhere is not flagged.
 */
export function clauseAdded(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.variants.length < 3) return out;
  for (const v of ctx.variants) {
    const others = ctx.others(v.index);
    if (!others.every((o) => carries(ctx, v, o))) continue;
    const credited = creditsOf(v);
    const fresh = v.tokens.map((t, i) => t.content && others.every((o) => (ctx.align(v.index, o.index).aToB[i] ?? -1) < 0 && !wordsOf(o.article).has(t.stem)));
    // words ahead of everything the others share are a lead-in or a heading glued on, not an added action
    const firstShared = v.tokens.findIndex((_, i) => others.some((o) => (ctx.align(v.index, o.index).aToB[i] ?? -1) >= 0));
    const unshared = v.tokens.map((t, i) => t.content && others.every((o) => (ctx.align(v.index, o.index).aToB[i] ?? -1) < 0));
    for (const [from, to] of [...runs(v, fresh), ...insertions(v, unshared, fresh)]) {
      if (from < firstShared || out.some((f) => f.span.article === v.article.id && f.span.start <= v.tokens[from]!.start && v.tokens[from]!.start < f.span.end)) continue;
      const words = v.tokens.slice(from, to);
      if (words.filter((t) => t.content).length < 2 || !(words.some(isPredicate) || setOff(v, from, to))) continue;
      if (words.some((t) => credited.some((c) => t.start < c.end && c.start < t.end))) continue;
      const span = tokenSpan(v, from, to);
      if (!span) continue;
      const versus: Span[] = others.map((o) => o.span);
      out.push({
        rule: 'clause-added',
        kind: 'detail_added',
        severity: 'medium',
        span,
        versus,
        message: `"${span.text}" is told by no other outlet: the ${outlets(others.length)} carrying this claim ${conjugate(others.length, 'report')} it without this`,
        actual: span.text,
        expected: 'nothing',
      });
    }
  }
  return out;
}

// Verbless stretches between commas or dashes whose content words no other version carries and most of which no
// other article has: an inserted detail even when one of its words occurs elsewhere ("blood pressure" beside "Press").
function insertions(v: Variant, unshared: readonly boolean[], fresh: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= v.tokens.length; i++) {
    const gap = i === 0 || i === v.tokens.length ? ',' : v.article.text.slice(v.tokens[i - 1]!.end, v.tokens[i]!.start);
    if (!/[,—–]/.test(gap)) continue;
    const content = v.tokens.slice(start, i).map((t, k) => (t.content ? start + k : -1)).filter((k) => k >= 0);
    if (i > start && content.length >= 2 && !content.some((k) => isPredicate(v.tokens[k]!)) && content.every((k) => unshared[k]) && content.filter((k) => fresh[k]).length * 2 > content.length) {
      out.push([start, i]);
    }
    start = i;
  }
  return out;
}

// Words set off by commas or dashes inside the sentence (", mainly low blood pressure,"): an inserted detail even without a verb.
function setOff(v: Variant, from: number, to: number): boolean {
  const text = v.article.text;
  const before = text.slice(v.tokens[from - 1]?.end ?? v.span.start, v.tokens[from]!.start);
  const after = text.slice(v.tokens[to - 1]!.end, v.tokens[to]?.start ?? v.span.end);
  return to < v.tokens.length && /[,—–]\s*$/.test(before) && /^\s*[,—–]/.test(after);
}

// `v` tells nearly all of what `o` tells.
function carries(ctx: ClaimContext, v: Variant, o: Variant): boolean {
  const { aToB } = ctx.align(o.index, v.index);
  const content = o.tokens.flatMap((t, i) => (t.content ? [i] : []));
  return content.length > 0 && content.filter((i) => (aToB[i] ?? -1) >= 0).length / content.length >= CONTAINS;
}

// Stretches of fresh content words, bridging function words but not clause punctuation.
function runs(v: Variant, fresh: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let last = -1;
  v.tokens.forEach((t, i) => {
    const gap = last >= 0 ? v.article.text.slice(v.tokens[last]!.end, t.start) : '';
    if (start >= 0 && (/[,;:()—–"“”]/.test(gap) || (t.content && !fresh[i]))) {
      out.push([start, last + 1]);
      start = -1;
    }
    if (fresh[i]) {
      if (start < 0) start = i;
      last = i;
    }
  });
  if (start >= 0) out.push([start, last + 1]);
  return out;
}

const stems = new WeakMap<Article, ReadonlySet<string>>();

function wordsOf(article: Article): ReadonlySet<string> {
  let hit = stems.get(article);
  if (!hit) {
    hit = new Set(wordTokens(article.text, { start: 0, end: article.text.length }).map((t) => t.stem));
    stems.set(article, hit);
  }
  return hit;
}
