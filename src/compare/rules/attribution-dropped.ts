import type { Span } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf, sharesName, type Credit } from '../credits-of.ts';
import { samePlace } from '../../lexicon/place-aliases.ts';
import { CREDIT_LEXICON } from '../../lexicon/credits.ts';
import { coversCredited, governedWords } from '../credits-cover.ts';
import { variantQuotes } from '../variant-quotes.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers, MIN_OVERLAP } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { isMatched, tokenSpan } from '../variant-helpers.ts';
import { sameWord } from '../same-word.ts';

const CUES: ReadonlySet<string> = new Set(CREDIT_LEXICON.cues);
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
    const withheld: Variant[] = [];
    const actors: Variant[] = [];
    const credited: Credit[] = [];
    const close = comparableOthers(ctx, v);
    // a loose paraphrase of what the others tell alike is judged against them all, on the words it does share
    const loose = close.length === 0 ? looseWitnesses(ctx, v) : [];
    for (const o of close.length > 0 ? close : loose) {
      const all = credits.get(o.index) ?? [];
      const theirs = all.filter((c) => coversCredited(ctx, o, c, v, close.length > 0 ? 2 : 1));
      if (theirs.some((c) => namesActor(ctx, v, o, c))) {
        actors.push(o);
        continue;
      }
      // credits on other parts of the claim say nothing either way; a bare wording is judged below
      if (theirs.length === 0) {
        if (all.length === 0) withheld.push(o);
        continue;
      }
      disagree.push(o);
      credited.push(...theirs);
      const c = theirs[0]!;
      versus.push({ article: o.article.id, start: c.start, end: c.end, text: o.article.text.slice(c.start, c.end) });
    }
    // a bare wording agrees that no source is needed only if it tells what the others credit
    const told = disagree.flatMap((o) => (credits.get(o.index) ?? []).flatMap((c) => governedWords(o, c).map((i) => o.tokens[i]!)));
    const tells = (o: Variant): boolean => told.filter((t) => o.tokens.some((x) => sameWord(x, t))).length >= Math.min(2, told.length);
    for (const o of withheld) if (tells(o)) agree.push(o);
    // a version naming the source as the one who acts agrees only if it tells what the others credit: "“...,” said
    // Gen. Ray" set beside "Gen. Ray will travel to Lorsk, one of the sources said" shares the name, not the statement
    for (const o of actors) if (disagree.length === 0 || tells(o)) agree.push(o);
    const verdict = judgeOutlier(ctx, v, agree, disagree, loose.length > 0 ? 'medium' : 'high');
    if (!verdict || (loose.length > 0 && disagree.length < 2)) continue;
    // against one witness, "it was reported" is too faint a source to call its absence a drop
    const witness = disagree.length === 1 ? disagree[0]! : undefined;
    if (witness && (credits.get(witness.index) ?? []).every((c) => c.family === 'unspecified')) continue;
    // the earlier version cannot have dropped what a later one added
    if (witness && publishedBefore(v, witness)) continue;
    // words the outlet quotes are credited by the quotation marks themselves
    if (variantQuotes(v).some((q) => q.to - q.from >= 0.5 * v.tokens.length)) continue;
    // "... killed 32 people. Officials confirmed this": the credit sits in the next sentence of the paragraph
    if (ctx.around(v.index).some((n) => creditsNearby(n, credited))) continue;
    const span = statementSpan(ctx, v, disagree, told);
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

// Below this share of shared words a wording is no witness, however alike the others are.
const LOOSE_OVERLAP = 0.15;

// The other wordings `v` shares some words with, when they tell the claim alike among themselves (each close to another).
function looseWitnesses(ctx: ClaimContext, v: Variant): Variant[] {
  const some = ctx.others(v.index).filter((o) => ctx.overlap(v.index, o.index) >= LOOSE_OVERLAP);
  return some.filter((o) => some.some((x) => x !== o && ctx.overlap(o.index, x.index) >= MIN_OVERLAP));
}

// A neighbouring sentence credits the statement when it names a source the others name ("Ottawa" for "the Canadian
// government") or points back at it ("officials confirmed this", "the ministry denied it").
function creditsNearby(n: Variant, credited: readonly Credit[]): boolean {
  return creditsOf(n).some((c) => {
    if (c.family === 'listener' || c.family === 'unspecified') return false;
    if (BACK_REFERENCE.test(n.article.text.slice(c.end, n.span.end))) return true;
    if (c.family === 'pronoun') return false;
    // the same source, not merely the same kind of source: another anonymous "sources" may tell another thing
    return credited.some((d) => c.key === d.key || sharesName(c, d) || c.words.some((w) => d.words.some((x) => samePlace(w, x))));
  });
}

// "confirmed this", "denied it.": not "said it was ...", where "it" opens a new statement
const BACK_REFERENCE = /^\s*(?:(?:this|these|those|such|them)\b|it\s*(?:[.,;:]|$))/i;

function publishedBefore(v: Variant, o: Variant): boolean {
  const a = Date.parse(v.article.published ?? '');
  const b = Date.parse(o.article.published ?? '');
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}

// "Police arrested four" against "police said four were arrested": the source is here, as the actor.
function namesActor(ctx: ClaimContext, v: Variant, o: Variant, c: Credit): boolean {
  // "the regime announced" against "the government announced": the act of saying is carried, by another name
  const { aToB } = ctx.align(o.index, v.index);
  if (o.tokens.some((t, k) => t.start >= c.start && t.end <= c.end && CUES.has(t.text.toLowerCase()) && (aToB[k] ?? -1) >= 0)) return true;
  const inside = o.tokens.filter((t) => t.start >= c.start && t.end <= c.end && !/^(according|to)$/i.test(t.text) && t.norm !== 'say');
  // the head noun closes the source's first phrase: "the party [on Wednesday]", "an official [close to ...]"
  const cut = inside.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || t.pos === 'VERB'));
  const phrase = cut < 0 ? inside : inside.slice(0, cut);
  const head = phrase.filter((t) => t.content && /NOUN|PROPN|X/.test(t.pos)).pop();
  return head !== undefined && v.tokens.some((t) => t.stem === head.stem);
}

// The words the others credit: the clause of this wording that holds most of what their credits govern (then most of
// what it shares with them), from its first to its last shared word.
function statementSpan(ctx: ClaimContext, v: Variant, others: readonly Variant[], told: readonly WordToken[]): Span {
  const shared = v.tokens.map((t, i) => t.content && others.some((o) => isMatched(ctx, v, o, i) || o.tokens.some((x) => sameWord(x, t))));
  let best: [number, number] | undefined;
  let bestCount = 0;
  let from = 0;
  const close = (to: number): void => {
    const count = shared.slice(from, to).filter(Boolean).length + 10 * v.tokens.slice(from, to).filter((t) => t.content && told.some((x) => sameWord(x, t))).length;
    if (count > bestCount) {
      bestCount = count;
      best = [from, to];
    }
  };
  v.tokens.forEach((t, k) => {
    if (k > 0 && /[,;:—–()]/.test(v.article.text.slice(v.tokens[k - 1]!.end, t.start))) {
      close(k);
      from = k;
    }
  });
  close(v.tokens.length);
  if (!best) return v.span;
  let first = shared.indexOf(true, best[0]);
  const last = shared.lastIndexOf(true, best[1] - 1);
  if (first < 0 || last < first) return v.span;
  // keep the determiner or quantifier that opens the statement ("some advisers")
  while (first > best[0] && !v.tokens[first - 1]!.content) first--;
  return tokenSpan(v, first, last + 1) ?? v.span;
}
