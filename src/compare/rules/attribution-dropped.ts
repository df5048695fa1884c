import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf, type Credit } from '../credits-of.ts';
import { coversCredited } from '../credits-cover.ts';
import { variantQuotes } from '../variant-quotes.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { isMatched, tokenSpan } from '../variant-helpers.ts';

const QUOTE_START = /^\s*["“‘'«]/;

/** A statement the other outlets credit to a source, stated here as bare fact. */
export function attributionDropped(ctx: ClaimContext): Finding[] {
  const credits = new Map(ctx.variants.map((v) => [v.index, creditsOf(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    if ((credits.get(v.index) ?? []).length > 0) continue;
    // A quotation's speaker is often named in the next sentence; that is not a dropped source.
    if (QUOTE_START.test(v.span.text)) continue;
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    for (const o of comparableOthers(ctx, v)) {
      const theirs = (credits.get(o.index) ?? []).filter((c) => coversCredited(ctx, o, c, v, 2));
      if (theirs.length === 0 || theirs.some((c) => namesActor(v, o, c))) {
        agree.push(o);
        continue;
      }
      disagree.push(o);
      const c = theirs[0]!;
      versus.push({ article: o.article.id, start: c.start, end: c.end, text: o.article.text.slice(c.start, c.end) });
    }
    const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
    if (!verdict) continue;
    // against one witness, "it was reported" is too faint a source to call its absence a drop
    const witness = disagree.length === 1 ? disagree[0]! : undefined;
    if (witness && (credits.get(witness.index) ?? []).every((c) => c.family === 'unspecified')) continue;
    // the earlier version cannot have dropped what a later one added
    if (witness && publishedBefore(v, witness)) continue;
    // words the outlet quotes are credited by the quotation marks themselves
    if (variantQuotes(v).some((q) => q.to - q.from >= 0.5 * v.tokens.length)) continue;
    const span = statementSpan(ctx, v, disagree);
    out.push({
      rule: 'attribution-dropped',
      kind: 'attribution',
      severity: verdict.severity,
      span,
      versus,
      message: `${outlets(disagree.length, false)} ${conjugate(disagree.length, 'attribute')} this to ${quoteWordings(versus)}; this one states it without a source`,
      actual: 'no source',
      expected: versus.map((s) => s.text).join(' | '),
    });
  }
  return out;
}

function publishedBefore(v: Variant, o: Variant): boolean {
  const a = Date.parse(v.article.published ?? '');
  const b = Date.parse(o.article.published ?? '');
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}

// "Police arrested four" against "police said four were arrested": the source is here, as the actor.
function namesActor(v: Variant, o: Variant, c: Credit): boolean {
  const inside = o.tokens.filter((t) => t.start >= c.start && t.end <= c.end && !/^(according|to)$/i.test(t.text) && t.norm !== 'say');
  // the head noun closes the source's first phrase: "the party [on Wednesday]", "an official [close to ...]"
  const cut = inside.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || t.pos === 'VERB'));
  const phrase = cut < 0 ? inside : inside.slice(0, cut);
  const head = phrase.filter((t) => t.content && /NOUN|PROPN|X/.test(t.pos)).pop();
  return head !== undefined && v.tokens.some((t) => t.stem === head.stem);
}

// The words the others credit: from the first to the last word this wording shares with them.
function statementSpan(ctx: ClaimContext, v: Variant, others: readonly Variant[]): Span {
  const shared = v.tokens.map((_, i) => others.some((o) => isMatched(ctx, v, o, i)));
  let first = shared.indexOf(true);
  let last = shared.lastIndexOf(true);
  if (first < 0) return v.span;
  // the statement ends at its clause: an appositive after a comma is not what the source said
  for (let k = first + 4; k <= last; k++) {
    if (/[,;:—–]/.test(v.article.text.slice(v.tokens[k - 1]!.end, v.tokens[k]!.start))) {
      last = k - 1;
      break;
    }
  }
  // keep the determiner or quantifier that opens the statement ("some advisers")
  while (first > 0 && !v.tokens[first - 1]!.content && !/[,;:]/.test(v.article.text.slice(v.tokens[first - 1]!.end, v.tokens[first]!.start))) first--;
  return tokenSpan(v, first, last + 1) ?? v.span;
}
