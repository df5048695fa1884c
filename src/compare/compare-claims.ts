import type { Article, BaselineUsed, Claim, Divergence, Mention, Span, Told } from '../model/index.ts';
import { passageRow } from '../model/index.ts';
import { tagArticle } from './tag/tag-article.ts';
import type { ArticleTags, TaggedArticle } from './tag/tagged-article.ts';
import { wordRange } from './tag/word-range.ts';
import { makeVariant, type Variant } from './collate/variant.ts';
import { collateClaim } from './collate/collate-claim.ts';
import type { Collation } from './collate/collation.ts';
import type { Finding } from './finding.ts';
import { checkSlots } from './checks/check-slots.ts';
import { checkCredits } from './checks/check-credits.ts';
import { checkQuotes } from './checks/check-quotes.ts';
import { checkEvents } from './checks/check-events.ts';
import { checkCaveats } from './checks/check-caveats.ts';
import { checkAsides } from './checks/check-asides.ts';
import { checkMovedFigures } from './checks/check-moved-figures.ts';
import { checkHedges } from './checks/check-hedges.ts';
import { checkCauses } from './checks/check-causes.ts';
import { checkDenials } from './checks/check-denials.ts';
import { checkShares } from './checks/check-shares.ts';
import { checkStages } from './checks/check-stages.ts';
import { checkRoles } from './checks/check-roles.ts';
import { refineFindings } from './refine/refine-findings.ts';
import { inHeading } from './is-heading.ts';
import { chooseSource, type Baseline } from './choose-source.ts';
import { compareHeadlines } from './compare-headlines.ts';
import { checkDroppedClauses, checkOnlyHere, findAbsorbed, findRetold } from './check-only-here.ts';
import { findAnswers } from './find-answers.ts';
import { checkAdmissions } from './checks/check-admissions.ts';
import { findDeniedActs } from './find-denied-acts.ts';
import { findChangedDescriptors } from './find-changed-descriptors.ts';
import { findChangedFigures } from './find-changed-figures.ts';
import { checkUntold } from './checks/check-untold.ts';
import { checkMagnitudes, checkMisprints } from './check-misprints.ts';
import { checkAnchoredDates } from './check-anchored-dates.ts';

/** A whole-claim check: one collated claim in, findings out. */
export type ClaimCheck = (col: Collation) => Finding[];

/**
 * The checks every collated claim goes through: asides first (a whole set-off stretch added or dropped, kept over the
 * pieces of it the slots see), the slots (each typed edit), then the other whole-claim ones.
 */
export const CLAIM_CHECKS: readonly ClaimCheck[] = [checkAsides, checkSlots, checkMovedFigures, checkHedges, checkDenials, checkShares, checkCauses, checkStages, checkCredits, checkQuotes, checkEvents, checkCaveats, checkRoles, checkAdmissions];

/** Options of the comparison. */
export interface CompareOptions {
  /** The mode to choose the baseline by, or the baseline already chosen (`chooseBaseline`). */
  readonly baseline?: Baseline | BaselineUsed;
  /** The passages no claim holds (`findUnique`): each read against the source for what the outlet added alone. */
  readonly unique?: readonly Span[];
  /**
   * For a part of a large claim, by the part's id: the articles whose findings are read (`compareAtScale`). The part's
   * other articles are the company those are judged in; their own departures are not judged there.
   */
  readonly judged?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Articles read for comparison already, by id (on other threads: `articleTags` is pure); any other is read here. */
  readonly tags?: ReadonlyMap<string, ArticleTags>;
}

/** What the comparison of a bundle finds: the divergences, how each shared claim was told, and what they were judged against. */
export interface Comparison {
  readonly divergences: Divergence[];
  /** For each claim carried by two or more wordings: alike, in other words with no change found, or changed. */
  readonly told: ReadonlyMap<string, Told>;
  readonly baseline: BaselineUsed;
}

/** Tag every article once, collate each claim's wordings, judge every difference; findings become divergences. */
export function compareClaims(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, claims: readonly Claim[], options: CompareOptions = {}): Divergence[] {
  return compareStory(articles, mentions, claims, options).divergences;
}

/** As {@link compareClaims}, with how each claim was told and the baseline used. */
export function compareStory(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, claims: readonly Claim[], options: CompareOptions = {}): Comparison {
  const tagged = new Map<string, TaggedArticle>();
  const tagsOf = (article: Article, order: number): TaggedArticle => {
    let hit = tagged.get(article.id);
    if (!hit) {
      const given = options.tags?.get(article.id);
      hit = given ? { article, order, ...given } : tagArticle(article, mentions.get(article.id) ?? [], order);
      tagged.set(article.id, hit);
    }
    return hit;
  };
  const byId = new Map(articles.map((a, order) => [a.id, { article: a, order }]));
  const baseline = chooseSource(articles, options.baseline);
  const out: Divergence[] = [];
  const told = new Map<string, Told>();
  for (const claim of claims) {
    const variants = variantsOf(claim, byId, tagsOf);
    if (variants.length < 2) continue;
    const col = judgedOnly(collateClaim(claim, variants, baseline.article, baseline.label), options.judged?.get(claim.id));
    // tag lazily: the refiners ask about every article of the bundle
    for (const [id, { article, order }] of byId) if (!tagged.has(id)) tagsOf(article, order);
    const checked = refineFindings(CLAIM_CHECKS.flatMap((check) => check(col)), { tagged });
    // what one wording tells and the other's article tells nowhere, where no check typed those words
    const findings = [...checked, ...checkUntold(col, checked)];
    for (const f of findings) out.push(toDivergence(claim.id, f));
    // alike: no stretch where a wording's content words or tags differ (equivalent forms and order aside)
    told.set(claim.id, findings.length > 0 ? 'changed' : col.slots.length === 0 ? 'alike' : 'reworded');
  }
  for (const [id, { article, order }] of byId) if (!tagged.has(id)) tagsOf(article, order);
  dropRepeats(out);
  if (options.unique) out.push(...compareOutsideClaims(options.unique, claims, tagged, byId, out, baseline, options.judged));
  for (const h of compareHeadlines(articles, claims, tagged, baseline)) out.push({ ...toDivergence(h.claim, h.finding), id: `${h.claim}:headline:${h.finding.rule}:${h.article}:${h.finding.span.start}`, field: 'title' });
  return { divergences: out, told, baseline };
}

// A collation told which of its wordings are judged (the articles named), when only some are.
function judgedOnly(col: Collation, articles: ReadonlySet<string> | undefined): Collation {
  if (!articles) return col;
  return { ...col, judged: new Set(col.variants.filter((v) => articles.has(v.article.id)).map((v) => v.index)) };
}

/**
 * What the claims' comparison cannot see, read against the source: the outlet-only passages (what an outlet tells
 * alone, and loaded words in it: `checkOnlyHere`; a clause of the source's sentence left out: `checkDroppedClauses`;
 * their sentences the source tells in other words: `findRetold`), figures misprinted anywhere in an article
 * (`checkMisprints`), words of magnitude counting more than the source's figures (`checkMagnitudes`), and acts dated otherwise than the source dates them (`checkAnchoredDates`), unless a claim's
 * comparison (`found`) flagged those words as a changed number or date already. A finding
 * on a passage is filed under the passage's row (`passageRow`). `judged` names the parts of large claims
 * (`CompareOptions.judged`): no claim absorbed into another sentence is looked for in a part, whose claim's other
 * carriers would read as leaving it out (`compareAtScale` looks for those on the whole claims).
 */
export function compareOutsideClaims(unique: readonly Span[], claims: readonly Claim[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, found: readonly Divergence[], baseline: BaselineUsed, judged?: ReadonlyMap<string, ReadonlySet<string>>): Divergence[] {
  const out = [...checkOnlyHere(unique, tagged, baseline), ...checkDroppedClauses(unique, claims, tagged, baseline)].map(({ row, finding }) => toDivergence(row, finding));
  out.push(...compareRetold(unique, tagged, byId, baseline));
  out.push(...compareAbsorbed(judged ? claims.filter((c) => !judged.has(c.id)) : claims, unique, tagged, byId, baseline));
  out.push(...compareAnswers(claims, unique, tagged, byId, baseline));
  out.push(...compareDeniedActs(claims, unique, tagged, byId, baseline, [...found, ...out]));
  out.push(...compareDescriptors(claims, unique, tagged, baseline, [...found, ...out]));
  for (const { row, finding } of [...checkMisprints(tagged, baseline, claims, unique), ...checkMagnitudes(tagged, baseline, claims, unique), ...checkAnchoredDates(tagged, baseline, claims, unique)]) {
    const s = finding.span;
    if (![...found, ...out].some((d) => d.article === s.article && d.kind === finding.kind && d.start < s.end && s.start < d.end)) out.push(toDivergence(row, finding));
  }
  out.push(...compareFigures(claims, unique, tagged, byId, baseline, [...found, ...out]));
  return out;
}

/** Kinds a retold sentence is read for: what it changed in the telling, not the words it words otherwise. */
const RETOLD_KINDS: ReadonlySet<string> = new Set(['number', 'date', 'quantifier', 'hedge', 'meaning', 'entity', 'attribution', 'quote']);

/**
 * Each sentence of an outlet-only passage that the source tells in other words (`findRetold`) compared with the
 * source's sentence as one claim, through the same checks; its findings filed under the passage's row.
 */
function compareRetold(unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed): Divergence[] {
  const out: Divergence[] = [];
  for (const r of findRetold(unique, tagged, baseline)) {
    const id = passageRow(r.passage);
    out.push(...compareTwo({ id, text: r.there.text, articles: [], support: [] }, r.there, r.here, tagged, byId, baseline, (f) => RETOLD_KINDS.has(f.kind)));
  }
  return out;
}

// One sentence of an outlet compared with the source's wording as a claim of two, through the same checks: the findings
// on the outlet's words of the kinds asked for, filed under `claim`.
function compareTwo(claim: Claim, there: Span, here: Span, tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed, keep: (f: Finding) => boolean): Divergence[] {
  const two: Claim = { ...claim, articles: [there.article, here.article], support: [there, here] };
  const variants = variantsOf(two, byId, (a) => tagged.get(a.id)!);
  if (variants.length < 2) return [];
  const col = collateClaim(two, variants, baseline.article, baseline.label);
  return refineFindings(CLAIM_CHECKS.flatMap((check) => check(col)), { tagged })
    .filter((f) => f.span.article === here.article && keep(f)).map((f) => toDivergence(claim.id, f));
}

/**
 * Each claim an outlet leaves out but tells inside a sentence of its own (`findAbsorbed`), compared with the source's
 * wording as one claim, through the same checks: what the merged telling changed, filed under the claim.
 */
function compareAbsorbed(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed): Divergence[] {
  // (not who it credits: the merged sentence's credit governs its own clause, not always the one absorbed)
  return findAbsorbed(claims, unique, tagged, baseline)
    .flatMap((a) => compareTwo(a.claim, a.there, a.here, tagged, byId, baseline, (f) => RETOLD_KINDS.has(f.kind) && f.kind !== 'attribution'));
}

/**
 * Each outlet sentence telling a party's answer otherwise than the source's sentence with the same party's answer on
 * the same matter (`findAnswers`), compared as one claim: the answer changed, filed under the outlet sentence's row.
 */
function compareAnswers(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed): Divergence[] {
  return findAnswers(claims, unique, tagged, baseline)
    .flatMap((a) => compareTwo({ id: a.row, text: a.there.text, articles: [], support: [] }, a.there, a.here, tagged, byId, baseline, (f) => f.rule === 'response-changed'));
}

/**
 * Each outlet sentence telling as done an act the source's sentence denies, or the reverse (`findDeniedActs`),
 * compared as one claim: the denial added or dropped on that act, filed under the outlet sentence's row, unless that
 * act is flagged as a change of meaning already.
 */
function compareDeniedActs(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed, found: readonly Divergence[]): Divergence[] {
  return findDeniedActs(claims, unique, tagged, baseline).flatMap((a) => {
    if (found.some((d) => d.kind === 'meaning' && onSpan(d, a.verb))) return [];
    return compareTwo({ id: a.row, text: a.there.text, articles: [], support: [] }, a.there, a.here, tagged, byId, baseline, (f) => /^negation-(?:added|dropped)$/.test(f.rule) && onSpan(f.span, a.verb));
  });
}

/**
 * Each outlet sentence giving a measure another figure than the source's sentence gives it (`findChangedFigures`),
 * compared as one claim: the changed figure, filed under the outlet sentence's row, unless a number is flagged on it
 * already.
 */
function compareFigures(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, byId: ReadonlyMap<string, { article: Article; order: number }>, baseline: BaselineUsed, found: readonly Divergence[]): Divergence[] {
  return findChangedFigures(claims, unique, tagged, baseline).flatMap((c) => {
    if (found.some((d) => d.kind === 'number' && onSpan(d, c.figure))) return [];
    return compareTwo({ id: c.row, text: c.there.text, articles: [], support: [] }, c.there, c.here, tagged, byId, baseline, (f) => f.kind === 'number' && onSpan(f.span, c.figure));
  });
}

/**
 * Each outlet description of a person (post, rank, body) that none of the source's descriptions of that person allows
 * (`findChangedDescriptors`): an entity changed, filed under the outlet sentence's row, unless an entity change is
 * flagged on those words already.
 */
function compareDescriptors(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed, found: readonly Divergence[]): Divergence[] {
  const label = baseline.label ?? 'the source';
  return findChangedDescriptors(claims, unique, tagged, baseline).flatMap((c): Divergence[] => {
    if (found.some((d) => d.kind === 'entity' && onSpan(d, c.here))) return [];
    const message = c.rule === 'affiliation-changed' ? `puts ${c.person} at "${c.here.text}" where ${label} says "${c.there.text}"`
      : c.rule === 'rank-changed' ? `calls ${c.person} "${c.here.text}" where ${label} gives another rank: "${c.there.text}"`
      : `calls ${c.person} "${c.here.text}" where ${label} says "${c.there.text}"`;
    return [{ id: `${c.row}:${c.rule}:${c.here.article}:${c.here.start}`, claim: c.row, kind: 'entity', severity: 'medium', message, ...c.here, versus: [c.there], basis: 'source', actual: c.actual, expected: c.expected }];
  });
}

// A finding on words of a span.
function onSpan(d: { article: string; start: number; end: number }, s: Span): boolean {
  return d.article === s.article && d.start < s.end && s.start < d.end;
}

// A sentence two claims share (shareSentences seats it in both) is compared in each: the same words flagged the same
// way are one finding, kept at its first claim.
function dropRepeats(found: Divergence[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const d of found) {
    const key = `${d.article}\u0001${d.kind}\u0001${d.start}\u0001${d.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found[kept++] = d;
  }
  found.length = kept;
}

/** The wordings of a claim, one per article carrying it (a section heading the aligner matched left out). */
export function variantsOf(claim: Claim, byId: ReadonlyMap<string, { article: Article; order: number }>, tagsOf: (a: Article, order: number) => TaggedArticle): Variant[] {
  const ranges = new Map<string, { start: number; end: number }[]>();
  for (const s of claim.support) {
    const entry = byId.get(s.article);
    // a section heading the aligner matched labels reporting; it is no wording of the claim
    if (!entry || inHeading(entry.article, s)) continue;
    ranges.set(s.article, [...(ranges.get(s.article) ?? []), s]);
  }
  const out: Variant[] = [];
  for (const [id, spans] of ranges) {
    const { article, order } = byId.get(id)!;
    const t = tagsOf(article, order);
    const words = [...spans].sort((a, b) => a.start - b.start).map((s) => wordRange(t.words, s.start, s.end)).filter((r) => r.to > r.from);
    if (words.length > 0) out.push(makeVariant(out.length, t, words));
  }
  return out;
}

function toDivergence(claim: string, f: Finding): Divergence {
  return {
    id: `${claim}:${f.rule}:${f.span.article}:${f.span.start}`,
    claim, kind: f.kind, severity: f.severity, message: f.message,
    article: f.span.article, start: f.span.start, end: f.span.end, text: f.span.text, versus: f.versus,
    ...(f.basis !== undefined ? { basis: f.basis } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
  };
}
