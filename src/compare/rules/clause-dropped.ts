import type { Article, Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { creditsOf } from '../credits-of.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { wordTokens } from '../../text/word-tokens.ts';

/** Share of the rest of each other wording's content words this one must carry: it tells their claim, minus one part. */
const CARRIES = 0.8;

/**
 * A part of the claim set off by a comma, holding a figure, that most other outlets carry and this one leaves out, though it tells all
 * the rest ("Twelve were in hospital." where three others say "Twelve were in hospital, three in critical
 * condition."). Needs three or more other versions, most of them carrying the same part, and none of its words
 * anywhere in this article, so material it moved elsewhere is not flagged.
 */
export function clauseDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.variants.length < 4) return out;
  for (const v of ctx.variants) {
    const others = ctx.others(v.index);
    const mine = wordsOf(v.article);
    const carriers: Variant[] = [];
    const versus: Span[] = [];
    let shared: Set<string> | undefined;
    let after = -1;
    for (const o of others) {
      const part = droppedPart(ctx, o, v, mine);
      if (!part) continue;
      const stems = new Set(o.tokens.slice(part[0], part[1]).filter((t) => t.content).map((t) => t.stem));
      // the others must leave out one and the same part
      if (shared && ![...stems].some((s) => shared!.has(s))) continue;
      shared ??= stems;
      carriers.push(o);
      const span = tokenSpan(o, part[0], part[1]);
      if (span) versus.push(span);
      if (after < 0) after = lastCarried(ctx, o, v, part[0]);
    }
    if (carriers.length < 3 || carriers.length * 3 < others.length * 2 || after < 0) continue;
    const span = tokenSpan(v, after, after + 1);
    if (!span) continue;
    out.push({
      rule: 'clause-dropped',
      kind: 'detail_dropped',
      severity: 'medium',
      span,
      versus,
      message: `leaves out what ${outlets(carriers.length)} carrying this claim ${conjugate(carriers.length, 'add')} here: ${quoteWordings(versus)}`,
      actual: 'nothing',
      expected: versus[0]?.text ?? '',
    });
  }
  return out;
}

// The comma-set-off part of `o` (at least two content words, none of them aligned to `v` nor anywhere in its
// article) when `v` carries the rest of `o`; as a token range of `o`.
function droppedPart(ctx: ClaimContext, o: Variant, v: Variant, words: ReadonlySet<string>): [number, number] | null {
  const { aToB } = ctx.align(o.index, v.index);
  const credited = creditsOf(o);
  let found: [number, number] | null = null;
  for (const [from, to] of parts(o)) {
    const content = o.tokens.slice(from, to).filter((t) => t.content);
    // a figure marks a fact ("three in critical condition"); a dropped descriptive clause is mostly trimming
    if (content.length < 2 || !o.tokens.slice(from, to).some((t) => /^\d/.test(t.norm))) continue;
    // a figure recurs in any article ("3 nautical miles"); the part's words are what show it told elsewhere
    if (o.tokens.slice(from, to).some((t, k) => t.content && ((aToB[from + k] ?? -1) >= 0 || (!/^\d/.test(t.norm) && words.has(t.stem))))) continue;
    if (content.some((t) => credited.some((c) => t.start < c.end && c.start < t.end))) continue;
    if (found) return null;
    found = [from, to];
  }
  if (!found) return null;
  const rest = o.tokens.flatMap((t, i) => (t.content && (i < found![0] || i >= found![1]) ? [i] : []));
  return rest.length >= 3 && rest.filter((i) => (aToB[i] ?? -1) >= 0).length / rest.length >= CARRIES ? found : null;
}

// Stretches of a wording between commas, semicolons or dashes.
function parts(v: Variant): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= v.tokens.length; i++) {
    const gap = i === v.tokens.length ? ',' : v.article.text.slice(v.tokens[i - 1]!.end, v.tokens[i]!.start);
    if (!/[,;—–]/.test(gap)) continue;
    // the first part holds the claim's core; only what is set off after it can be left out
    if (start > 0) out.push([start, i]);
    start = i;
  }
  return out;
}

// The last word of `v` aligned with a word of `o` before `at`: where the left-out part would have stood.
function lastCarried(ctx: ClaimContext, o: Variant, v: Variant, at: number): number {
  const { aToB } = ctx.align(o.index, v.index);
  for (let k = at - 1; k >= 0; k--) if ((aToB[k] ?? -1) >= 0) return aToB[k]!;
  return -1;
}

const stemsOf = new WeakMap<Article, ReadonlySet<string>>();

function wordsOf(article: Article): ReadonlySet<string> {
  let hit = stemsOf.get(article);
  if (!hit) {
    hit = new Set(wordTokens(article.text, { start: 0, end: article.text.length }).map((t) => t.stem));
    stemsOf.set(article, hit);
  }
  return hit;
}
