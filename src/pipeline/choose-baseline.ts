import type { Article, BaselineUsed, Claim, CopyEdge, Origin } from '../model/index.ts';
import { comparePublished } from '../model/index.ts';
import { chooseSource, datedOf, nameOf, type Baseline } from '../compare/choose-source.ts';
import { sharedWordingHeld } from '../trace/copy-graph.ts';
import { isAcronymOf } from '../text/acronym.ts';

/** What tells whether the earliest version is the story's origin: whom the articles credit, who likely copied whom, and the claims whose wording is read. */
export interface OriginEvidence {
  readonly origins: readonly Origin[];
  readonly copying: readonly CopyEdge[];
  readonly claims: readonly Claim[];
}

/** Share of the other versions that must credit the earliest by name, or copy from it, for it to be the origin. */
const MOST_OTHERS = 0.5;
/** Share of the wording the others share among themselves (word 8-grams) the earliest must hold to be its origin. */
const HELD = 0.8;
/** Fewest 8-grams the others must share for that share to tell anything. */
const FEWEST_SHARED = 20;

/**
 * What every wording is judged against (issue 12, item 4). By default ("origin"): the wire's own copy when the bundle
 * holds one; else the earliest version when the evidence says the others took their text from it: most of the others
 * credit its outlet by name, or the copying estimate has most of them copy it, or it was published before every other
 * and holds the wording they share (what a rewrite of a source the bundle lacks would not all hold); else the majority.
 * The reason goes with it, for every view to say. Any other mode is taken as asked (`chooseSource`).
 */
export function chooseBaseline(articles: readonly Article[], baseline: Baseline, evidence: OriginEvidence): BaselineUsed {
  if (baseline !== 'origin') return chooseSource(articles, baseline);
  const wire = chooseSource(articles, 'wire');
  if (wire.article !== null) return wire;
  const dated = datedOf(articles);
  const first = dated[0];
  const others = articles.filter((a) => a !== first);
  if (!first) return { mode: 'origin', article: null, label: null, reason: 'no wire copy, and no version is dated to take as the origin' };
  if (others.length === 0) return { mode: 'origin', article: null, label: null, reason: 'no wire copy, and one version alone has no origin to be judged against' };
  const because = originReason(first, others, dated, articles, evidence);
  if (because) return { mode: 'origin', article: first.id, label: `the origin (${nameOf(first)})`, reason: `the origin: no wire copy, and ${because}` };
  return { mode: 'origin', article: null, label: null, reason: `no wire copy, and nothing shows the earliest version (${nameOf(first)}) is the origin the others took their text from` };
}

// Why the earliest version is the one the others derive from, in words; null when nothing shows it.
function originReason(first: Article, others: readonly Article[], dated: readonly Article[], articles: readonly Article[], evidence: OriginEvidence): string | null {
  const most = Math.max(1, Math.ceil(others.length * MOST_OTHERS));
  const crediting = creditedBy(first, evidence.origins);
  if (crediting.size >= most) return `${crediting.size} of ${others.length} others credit ${nameOf(first)} by name`;
  const copying = new Set(evidence.copying.filter((e) => e.from === first.id && e.to !== first.id).map((e) => e.to));
  if (copying.size >= most) return `the copying estimate has ${copying.size} of ${others.length} others copy its wording`;
  // published before every other, and holding what they share
  const second = dated[1];
  if (dated.length !== articles.length || !second || comparePublished(first.published, second.published) >= 0) return null;
  const { shared, held } = sharedWordingHeld(articles, evidence.claims, first.id);
  if (shared >= FEWEST_SHARED && held >= HELD * shared) return `published before every other, it holds ${Math.round((100 * held) / shared)}% of the wording they share`;
  return null;
}

// The other articles that credit the article's outlet by its name (or the name's acronym).
function creditedBy(article: Article, origins: readonly Origin[]): Set<string> {
  const out = new Set<string>();
  const outlet = article.outlet === null ? '' : plain(article.outlet);
  if (!outlet) return out;
  for (const origin of origins) {
    const name = plain(origin.name);
    if (!name || !(name === outlet || isAcronymOf(name, outlet) || isAcronymOf(outlet, name))) continue;
    for (const a of origin.articles) if (a !== article.id) out.add(a);
  }
  return out;
}

function plain(name: string): string {
  return name.toLowerCase().replace(/[\u2019']s\b/g, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
