import type { Article, BaselineUsed, Claim, Divergence, Mention, Span, Told } from '../model/index.ts';
import { compareOutsideClaims, compareStory, type CompareOptions, type Comparison } from '../compare/compare-claims.ts';
import { tagArticle } from '../compare/tag/tag-article.ts';
import { articleTags } from '../compare/tag/article-tags.ts';
import type { ArticleTags, TaggedArticle } from '../compare/tag/tagged-article.ts';
import { chooseSource } from '../compare/choose-source.ts';
import { comparesWhole, planComparison, type ClaimPart, type Wording } from './plan-comparison.ts';

/**
 * Compare a bundle's claims whatever the number of versions: a small bundle goes to the comparison as it is; in a
 * large one each claim's distinct wordings are judged once (`planComparison`) and every finding on a representative
 * is carried to each article with the same words, at the same words (a headline's to each same headline).
 */
export function compareAtScale(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, claims: readonly Claim[], options: CompareOptions = {}): Comparison {
  if (comparesWhole(claims)) return compareStory(articles, mentions, claims, options);
  const baseline = chooseSource(articles, options.baseline);
  const plan = planComparison(articles, claims, baseline.article === null ? [] : [baseline.article]);
  // the baseline is chosen on the whole bundle; with none found, the part compared is judged by its majority alike
  const given: CompareOptions = baseline.article === null ? { baseline: 'majority' } : options;
  // each part reads the findings of the wordings it judges only: the others' departures are not worked out there
  const judged = new Map(plan.parts.flatMap((p) => (p.judged === null ? [] : [[p.part.id, new Set(p.judged.values())] as const])));
  // every article compared is read once, here; outside the claims the same article is not read again, nor one compared
  // with its headline left out (an article's tags read its text, never its title: the threads' tags are given so too)
  const tags = options.tags ?? new Map(plan.articles.map((a) => [a.id, articleTags(a, mentions.get(a.id) ?? [])]));
  const found = compareStory(plan.articles, mentions, plan.parts.map((p) => p.part), { ...given, unique: [], judged, tags });
  const partOf = new Map(plan.parts.map((p) => [p.part.id, p]));
  const body = new Map<string, Divergence[]>(claims.map((c) => [c.id, []]));
  const headlines: Divergence[] = [];
  for (const d of found.divergences) {
    const p = partOf.get(d.claim);
    if (!p) continue;
    if (d.field === 'title') {
      headlines.push(...[d, ...(plan.sameTitle.get(d.article) ?? []).map((a) => ({ ...d, article: a }))].map((x) => renamed(x, p.part.id, p.claim.id)));
      continue;
    }
    const into = body.get(p.claim.id)!;
    if (p.judged === null) {
      into.push(d);
      continue;
    }
    const own = plan.wordings.get(p.claim.id)!;
    const wording = own.get(d.article);
    // a part judges its batch of wordings, each on its representative; the sample beside them is judged elsewhere
    if (!wording || p.judged.get(wording.key) !== d.article) continue;
    into.push(renamed(d, p.part.id, p.claim.id));
    // the same words in every copy, so the finding moves by the offset of the copy's wording
    for (const copy of copiesOf(own, wording)) {
      const moved = carried(d, wording, copy);
      if (moved) into.push(renamed(moved, p.part.id, p.claim.id));
    }
  }
  const divergences = dropRepeats(dropFlaggedMisprints(claims.flatMap((c) => body.get(c.id)!)));
  const own = options.unique ? outsideClaims(articles, mentions, claims, plan.articles, options.unique, divergences, baseline, tags) : [];
  return { divergences: [...divergences, ...own, ...headlines], told: toldOf(plan.parts, found.told, body), baseline };
}

// What the claims' comparison cannot see (compareOutsideClaims), read in the source and in the articles holding
// outlet-only passages, or with no source known in those and the articles compared: each tagged here (the comparison of
// the parts tagged a sample). A figure misprinted in an article with no passage of its own is left to its claims.
function outsideClaims(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, claims: readonly Claim[], compared: readonly Article[], unique: readonly Span[], found: readonly Divergence[], baseline: BaselineUsed, given?: ReadonlyMap<string, ArticleTags>): Divergence[] {
  const owners = new Set(unique.map((u) => u.article));
  const pool = baseline.article === null ? new Set([...compared.map((a) => a.id), ...owners]) : new Set([baseline.article, ...owners]);
  const tagged = new Map<string, TaggedArticle>();
  const byId = new Map<string, { article: Article; order: number }>();
  articles.forEach((article, order) => {
    if (!pool.has(article.id)) return;
    const read = given?.get(article.id);
    tagged.set(article.id, read ? { article, order, ...read } : tagArticle(article, mentions.get(article.id) ?? [], order));
    byId.set(article.id, { article, order });
  });
  return compareOutsideClaims(unique, claims, tagged, byId, found, baseline);
}

// (a finding's id names its rule: `<claim>:<rule>:<article>:<start>`)
const misprinted = (d: Divergence): boolean => /:figure-(?:misprinted|reframed):/.test(d.id);

// The other articles carrying a wording word for word, once per claim (each claim's copies are listed lazily).
const copyLists = new WeakMap<ReadonlyMap<string, Wording>, Map<string, Wording[]>>();
function copiesOf(own: ReadonlyMap<string, Wording>, wording: Wording): Wording[] {
  let byKey = copyLists.get(own);
  if (!byKey) {
    byKey = new Map();
    for (const w of own.values()) {
      const list = byKey.get(w.key);
      if (list) list.push(w);
      else byKey.set(w.key, [w]);
    }
    copyLists.set(own, byKey);
  }
  return (byKey.get(wording.key) ?? []).filter((w) => w.article !== wording.article);
}

// A finding on one wording, moved to the same words of a copy; none when it lies outside the wording.
function carried(d: Divergence, from: Wording, to: Wording): Divergence | null {
  const k = from.spans.findIndex((s) => s.start <= d.start && d.end <= s.end);
  if (k < 0) return null;
  const start = to.spans[k]!.start + (d.start - from.spans[k]!.start);
  return { ...d, article: to.article, start, end: start + (d.end - d.start) };
}

// A finding named after its claim and placed: the claim's id at the head of its id, its article and start at the end.
function renamed(d: Divergence, partId: string, claimId: string): Divergence {
  const cut = d.id.lastIndexOf(':', d.id.lastIndexOf(':') - 1);
  return { ...d, claim: claimId, id: `${claimId}${d.id.slice(partId.length, cut)}:${d.article}:${d.start}` };
}

// As the comparison does (`compareOutsideClaims`): a figure misprinted is not reported where a claim's comparison
// flagged those words as a changed number already; here that finding may have been carried from another copy.
function dropFlaggedMisprints(found: readonly Divergence[]): Divergence[] {
  const numbers = new Map<string, Divergence[]>();
  for (const d of found) {
    if (d.kind !== 'number' || misprinted(d)) continue;
    const list = numbers.get(d.article);
    if (list) list.push(d);
    else numbers.set(d.article, [d]);
  }
  return found.filter((d) => !misprinted(d) || !(numbers.get(d.article) ?? []).some((n) => n.start < d.end && d.start < n.end));
}

// As the comparison does: the same words of one article flagged the same way in two claims are one finding.
function dropRepeats(found: readonly Divergence[]): Divergence[] {
  const seen = new Set<string>();
  return found.filter((d) => {
    const key = `${d.article}\u0001${d.kind}\u0001${d.start}\u0001${d.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// How each claim was told: a claim compared whole as the comparison says; one compared in parts changed when a
// wording of it departs, else reworded when some part reads other words, else alike.
function toldOf(parts: readonly ClaimPart[], told: ReadonlyMap<string, Told>, body: ReadonlyMap<string, readonly Divergence[]>): Map<string, Told> {
  const out = new Map<string, Told>();
  for (const { claim, part, judged } of parts) {
    const t = told.get(part.id);
    if (t === undefined) continue;
    if (judged === null || (body.get(claim.id)?.length ?? 0) > 0) out.set(claim.id, judged === null ? t : 'changed');
    else if (t !== 'alike' || !out.has(claim.id)) out.set(claim.id, t === 'alike' ? 'alike' : 'reworded');
  }
  return out;
}
