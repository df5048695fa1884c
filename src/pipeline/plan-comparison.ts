import type { Article, Claim, Span } from '../model/index.ts';
import { readHeadlines } from './read-headlines.ts';

/** A claim carried by at most this many articles is compared whole, every wording judged in its own right. */
export const COMPARE_WHOLE = 64;
/** Carriers of a larger claim, spread over the bundle, in whose company its distinct wordings are judged. */
export const COMPARE_CONTEXT = 24;
/** Distinct wordings of a larger claim judged in one part of it. */
export const COMPARE_BATCH = 40;

/** One article's wording of a claim: its spans in text order, and what makes two wordings the same. */
export interface Wording {
  readonly article: string;
  readonly spans: readonly Span[];
  readonly key: string;
}

/** A claim as the comparison is given it: the whole claim, or one part of a larger one. */
export interface ClaimPart {
  readonly claim: Claim;
  /** What the comparison reads: the claim itself, or a part (id `<claim>~<k>`) holding fewer of its wordings. */
  readonly part: Claim;
  /** For a part: each wording judged there (by key) and the article whose findings stand for every copy of it. */
  readonly judged: ReadonlyMap<string, string> | null;
}

/** What the comparison of a large bundle reads, and how its findings reach every article. */
export interface ComparisonPlan {
  /**
   * The articles compared, in bundle order: every wording's representative, the context samples, the baseline;
   * the title only on the one article that reads it for all with that headline.
   */
  readonly articles: readonly Article[];
  readonly parts: readonly ClaimPart[];
  /** Each claim's wordings by article. */
  readonly wordings: ReadonlyMap<string, ReadonlyMap<string, Wording>>;
  /** The articles whose headline is read on another, by the article that reads it. */
  readonly sameTitle: ReadonlyMap<string, readonly string[]>;
}

/** True when a bundle is small enough that every claim is compared whole: the plan changes nothing then. */
export function comparesWhole(claims: readonly Claim[]): boolean {
  return claims.every((c) => new Set(c.support.map((s) => s.article)).size <= COMPARE_WHOLE);
}

// How one claim is read: whole, or as the context sample beside batches of distinct wordings (each key with the
// article judged for it), plus articles that must be among its wordings for their headlines' sake.
interface Layout {
  readonly claim: Claim;
  readonly whole: boolean;
  readonly context: ReadonlySet<string>;
  readonly batches: readonly ReadonlyMap<string, string>[];
  readonly extra: Set<string>;
}

/**
 * Plan the comparison of a bundle whose claims may be carried by thousands of articles. A claim carried by at most
 * {@link COMPARE_WHOLE} articles is compared whole. A larger one is read as its distinct wordings (the same words,
 * published the same day): each is judged once, on one representative, in the company of a spread sample of the
 * claim's carriers (so a wording most outlets carry still outnumbers a rare one), and its findings are then carried
 * over to every article with the same words. A claim with very many distinct wordings is judged in parts of
 * {@link COMPARE_BATCH} wordings, each beside the same sample. Headlines are read once per distinct headline
 * (`readHeadlines`). The cost then grows with the distinct wordings, not with the copies, and no part grows with
 * the bundle. `keep` names articles that must be compared (the baseline).
 */
export function planComparison(articles: readonly Article[], claims: readonly Claim[], keep: readonly string[]): ComparisonPlan {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const wordings = new Map(claims.map((c) => [c.id, wordingsOf(c, byId)]));
  const layouts = claims.map((c) => layOut(c, wordings.get(c.id)!, keep));
  const compared = new Set(keep);
  for (const l of layouts) for (const a of members(l, wordings.get(l.claim.id)!)) compared.add(a);
  const headlines = readHeadlines(articles, wordings, compared);
  // an article that reads a headline for others is among the wordings of each claim the headline could tell, so the
  // comparison can read the headline against its own story
  const layoutOf = new Map(layouts.map((l) => [l.claim.id, l]));
  for (const [holder, told] of headlines.tells) {
    for (const id of told) {
      const l = layoutOf.get(id)!;
      if (!l.whole && !l.context.has(holder) && !l.batches.some((b) => [...b.values()].includes(holder))) l.extra.add(holder);
    }
  }
  const parts = layouts.flatMap(partsOf);
  for (const p of parts) for (const a of p.part.articles) compared.add(a);
  const given = articles.filter((a) => compared.has(a.id)).map((a) => (a.title === null || headlines.holders.has(a.id) ? a : { ...a, title: null }));
  return { articles: given, parts, wordings, sameTitle: headlines.copies };
}

// The context sample (and the baseline when it carries the claim) and the distinct wordings in batches, those the
// sample already holds first, each judged on one article (one of the sample's when it holds the wording).
function layOut(claim: Claim, own: ReadonlyMap<string, Wording>, keep: readonly string[]): Layout {
  const carriers = [...own.keys()];
  if (carriers.length <= COMPARE_WHOLE) return { claim, whole: true, context: new Set(carriers), batches: [], extra: new Set() };
  const context = new Set([...spread(carriers, COMPARE_CONTEXT), ...keep.filter((a) => own.has(a))]);
  const representative = new Map<string, string>();
  for (const a of [...context, ...carriers]) if (!representative.has(own.get(a)!.key)) representative.set(own.get(a)!.key, a);
  const keys = [...representative.keys()];
  const batches: Map<string, string>[] = [];
  for (let k = 0; k * COMPARE_BATCH < keys.length; k++) {
    batches.push(new Map(keys.slice(k * COMPARE_BATCH, (k + 1) * COMPARE_BATCH).map((key) => [key, representative.get(key)!])));
  }
  return { claim, whole: false, context, batches, extra: new Set() };
}

function members(l: Layout, own: ReadonlyMap<string, Wording>): string[] {
  return l.whole ? [...own.keys()] : [...l.context, ...l.batches.flatMap((b) => [...b.values()])];
}

function partsOf(l: Layout): ClaimPart[] {
  if (l.whole) return [{ claim: l.claim, part: l.claim, judged: null }];
  return l.batches.map((judged, k) => {
    const inside = new Set([...l.context, ...judged.values(), ...(k === 0 ? l.extra : [])]);
    const part: Claim = { ...l.claim, id: `${l.claim.id}~${k}`, articles: l.claim.articles.filter((a) => inside.has(a)), support: l.claim.support.filter((s) => inside.has(s.article)) };
    return { claim: l.claim, part, judged };
  });
}

/** Each article's wording of a claim, in bundle order: the claim's spans of that article in text order. */
function wordingsOf(claim: Claim, byId: ReadonlyMap<string, Article>): Map<string, Wording> {
  const spans = new Map<string, Span[]>();
  for (const s of claim.support) {
    const list = spans.get(s.article);
    if (list) list.push(s);
    else spans.set(s.article, [s]);
  }
  const out = new Map<string, Wording>();
  for (const [article, list] of spans) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    // the day matters: a weekday or "yesterday" names another date in a copy published another day
    const day = byId.get(article)?.published?.slice(0, 10) ?? '';
    out.set(article, { article, spans: sorted, key: `${day}\u0001${sorted.map((s) => s.text).join('\u0002')}` });
  }
  return out;
}

/** Evenly spaced picks, all of them when there are few. */
function spread<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  const step = items.length / most;
  return Array.from({ length: most }, (_, k) => items[Math.floor(k * step)]!);
}
