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
  const shapes = claims.map((c) => shapeOf(c, wordings.get(c.id)!, keep));
  const compared = new Set(keep);
  for (const { claim, whole, context } of shapes) for (const a of whole ? wordings.get(claim.id)!.keys() : context) compared.add(a);
  const representatives = chooseRepresentatives(shapes, compared);
  const layouts = shapes.map((shape, k) => layOut(shape, representatives[k]!));
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

// A claim's distinct wordings with their carriers (bundle order, commonest first), and the company they are judged
// in: seats for the commonest wordings in proportion to how many carry them (largest remainders), each taken by
// carriers spread over the bundle, and the baseline when it carries the claim.
interface Shape {
  readonly claim: Claim;
  readonly whole: boolean;
  readonly keys: ReadonlyMap<string, readonly string[]>;
  readonly context: ReadonlySet<string>;
}

function shapeOf(claim: Claim, own: ReadonlyMap<string, Wording>, keep: readonly string[]): Shape {
  if (own.size <= COMPARE_WHOLE) return { claim, whole: true, keys: new Map(), context: new Set() };
  const found = new Map<string, string[]>();
  for (const w of own.values()) {
    const list = found.get(w.key);
    if (list) list.push(w.article);
    else found.set(w.key, [w.article]);
  }
  const keys = new Map([...found].sort((a, b) => b[1].length - a[1].length));
  const quota = [...keys.values()].map((c) => (c.length * COMPARE_CONTEXT) / own.size);
  const seats = quota.map(Math.floor);
  const left = COMPARE_CONTEXT - seats.reduce((x, y) => x + y, 0);
  quota.map((q, k) => [q - Math.floor(q), k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, left).forEach(([, k]) => { seats[k]! += 1; });
  const context = new Set<string>([...keys.values()].flatMap((c, k) => spread(c, seats[k]!)));
  for (const a of keep) if (own.has(a)) context.add(a);
  return { claim, whole: false, keys, context };
}

// The article each distinct wording is judged on: one already compared where one carries it (the claim's context, a
// whole claim's carrier, the baseline, another wording's representative), else its first carrier.
function chooseRepresentatives(shapes: readonly Shape[], compared: Set<string>): Map<string, string>[] {
  return shapes.map(({ keys, context }) => {
    const chosen = new Map<string, string>();
    for (const [key, carriers] of keys) {
      const rep = carriers.find((a) => context.has(a)) ?? carriers.find((a) => compared.has(a)) ?? carriers[0]!;
      compared.add(rep);
      chosen.set(key, rep);
    }
    return chosen;
  });
}

// The claim whole, or its context beside batches of distinct wordings, those the context holds first.
function layOut(shape: Shape, representative: ReadonlyMap<string, string>): Layout {
  const { claim, whole, context } = shape;
  if (whole) return { claim, whole, context, batches: [], extra: new Set() };
  const keys = [...representative.keys()].sort((a, b) => Number(!context.has(representative.get(a)!)) - Number(!context.has(representative.get(b)!)));
  const batches: Map<string, string>[] = [];
  for (let k = 0; k * COMPARE_BATCH < keys.length; k++) {
    batches.push(new Map(keys.slice(k * COMPARE_BATCH, (k + 1) * COMPARE_BATCH).map((key) => [key, representative.get(key)!])));
  }
  return { claim, whole, context, batches, extra: new Set() };
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
