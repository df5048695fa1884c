import type { Article, Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets } from '../finding.ts';
import { creditsOf } from '../credits-of.ts';
import { isPredicate } from '../same-verb.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { wordTokens } from '../word-tokens.ts';

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
    for (const [from, to] of runs(v, fresh)) {
      if (from < firstShared) continue;
      const words = v.tokens.slice(from, to);
      if (words.filter((t) => t.content).length < 2 || !words.some(isPredicate)) continue;
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
