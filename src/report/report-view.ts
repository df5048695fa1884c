import type { Article, BaselineWhy, Claim, ClaimBaseline, CopyGroup, CopyHow, Divergence, DivergenceKind, Report, Severity, Span, Told } from '../model/index.ts';
import { comparePublished, onPassage, passageRow } from '../model/index.ts';

/**
 * The report as every writer shows it: outlets in publication order, one matrix row per claim (and per
 * outlet-only passage), divergences ranked by seriousness. A pure projection of the report data, so the
 * terminal, HTML, Markdown and CSV writers agree on every count.
 */
export interface ReportView {
  /** The story's title: the title of the earliest article that has one. */
  readonly title: string | null;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly outlets: readonly OutletView[];
  /** Distinct versions: an article and its exact or near-exact copies are one. */
  readonly versions: number;
  /** The copy groups, each version with the articles that ran it. */
  readonly copies: readonly CopyGroup[];
  readonly rows: readonly MatrixRow[];
  /** Every divergence, most serious first (severity, then how many outlets disagree with it). */
  readonly ranked: readonly Divergence[];
  readonly byKind: Readonly<Partial<Record<DivergenceKind, number>>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** What the wordings were judged against, in words ("the Reuters wire"; "most outlets: the bundle holds no wire copy"); null for a report that does not say. */
  readonly judgedAgainst: string | null;
  /**
   * The baseline version (an index into `outlets`), why it is the baseline, and how many shared claims it carries
   * (each judged against its wording; the others against most outlets); null when there is none.
   */
  readonly baseline: { readonly outlet: number; readonly why: BaselineWhy; readonly claims: number; readonly reason: string | null } | null;
}

/** One article of the bundle, with what it did to the shared story. */
export interface OutletView {
  readonly article: Article;
  /** A short name to head a column: the outlet, else the source file's name. */
  readonly label: string;
  /** Claims this article carries, of those at least two outlets carry. */
  readonly carried: number;
  /** Claims carried by most other outlets (a majority of the bundle's versions) that this one lacks. */
  readonly missing: number;
  /** Divergences that change a carried claim (every kind but added and dropped detail). */
  readonly changed: number;
  readonly dropped: number;
  /** Added details in shared claims, plus passages only this outlet has. */
  readonly added: number;
  readonly worst: Severity | null;
  /** Why this article is the baseline every other version is judged against, or null when it is not. */
  readonly baseline: BaselineWhy | null;
  /** The version this article ran word for word (or in part), or null when it is no copy. */
  readonly copyOf: { readonly version: string; readonly how: CopyHow; readonly share: number } | null;
}

export type CellState = 'kept' | 'changed' | 'missing' | 'only' | 'absent';

/** One outlet's side of one claim. */
export interface MatrixCell {
  readonly state: CellState;
  /** The outlet's words for the claim (kept, changed or only). */
  readonly span: Span | null;
  readonly divergences: readonly Divergence[];
  readonly kinds: readonly DivergenceKind[];
  readonly worst: Severity | null;
}

/** A claim carried by several outlets, or a passage only one outlet has. */
export interface MatrixRow {
  /** The claim id, or `unique:<article>:<start>` for an outlet-only passage. */
  readonly id: string;
  readonly kind: 'claim' | 'unique';
  /**
   * A claim as its baseline words it, where the baseline carries it (the wording every other is diffed and judged
   * against), else its representative wording; an outlet-only passage's words.
   */
  readonly text: string;
  /** Number of versions carrying it: outlets that ran one text count once. */
  readonly carriers: number;
  /**
   * One cell per outlet, in the order of `ReportView.outlets`. An outlet-only passage's cells are made when
   * first read: a big story has thousands of such rows, each as wide as the bundle.
   */
  readonly cells: readonly MatrixCell[];
  /** For an outlet-only passage, its outlet (an index into `ReportView.outlets`) and its words; null for a claim. */
  readonly only: { readonly outlet: number; readonly span: Span } | null;
  readonly worst: Severity | null;
  readonly kinds: readonly DivergenceKind[];
  readonly claim: Claim | null;
  /**
   * How the outlets carrying a shared claim tell it: alike (the same words up to equivalent forms), reworded
   * (other words, no change found), changed; null for an outlet-only passage or a claim one outlet carries.
   */
  readonly told: Told | null;
  /** What a shared claim's wordings were diffed and judged against (the baseline's wording, or most outlets); null otherwise. */
  readonly baseline: ClaimBaseline | null;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3 };

const CHANGE_EXCLUDES: ReadonlySet<DivergenceKind> = new Set(['detail_added', 'detail_dropped']);

/** Project a report onto what the writers show. */
export function reportView(report: Report): ReportView {
  const articles = [...report.articles].sort(byPublished);
  const divergencesOf = groupBy(report.divergences, (d) => `${d.claim}\u0000${d.article}`);
  const uniqueByArticle = groupBy(report.unique, (u) => u.article);
  const copies = report.copies ?? [];
  const versionOf = new Map<string, string>();
  const copyOf = new Map<string, OutletView['copyOf']>();
  for (const group of copies) for (const c of group.copies) {
    versionOf.set(c.article, group.version);
    copyOf.set(c.article, { version: group.version, how: c.how, share: c.share });
  }
  const versions = new Set(articles.map((a) => versionOf.get(a.id) ?? a.id)).size;
  const majority = Math.max(2, Math.ceil((versions - 1) / 2) + 1);

  const claimRows: MatrixRow[] = report.claims.map((claim) => {
    const carriers = new Set(claim.articles);
    const carrying = new Set(claim.articles.map((id) => versionOf.get(id) ?? id)).size;
    const spans = new Map<string, Span>();
    for (const s of claim.support) if (!spans.has(s.article)) spans.set(s.article, s);
    const cells = articles.map((a): MatrixCell => {
      if (!carriers.has(a.id)) return carrying >= majority ? MISSING : ABSENT;
      const span = spans.get(a.id) ?? null;
      const found = divergencesOf.get(`${claim.id}\u0000${a.id}`) ?? [];
      return cell(found.length > 0 ? 'changed' : 'kept', span, found);
    });
    const reference = claim.baseline?.article ? spans.get(claim.baseline.article)?.text : undefined;
    return claimRow(claim.id, reference ?? claim.text, carrying, cells, claim);
  });
  const uniqueRows: MatrixRow[] = articles.flatMap((owner, outlet) => (uniqueByArticle.get(owner.id) ?? []).map((span): MatrixRow => {
    const id = passageRow(span);
    // a finding in the passage itself is filed under the passage's row
    const found = divergencesOf.get(`${id}\u0000${owner.id}`) ?? [];
    let cells: readonly MatrixCell[] | null = null;
    return {
      id, kind: 'unique', text: span.text, carriers: 1, worst: worstOf(found), kinds: distinctKinds(found), claim: null, told: null, baseline: null,
      get cells() { return (cells ??= articles.map((a) => (a.id === owner.id ? cell('only', span, found) : ABSENT))); },
      only: { outlet, span },
    };
  }));
  const rows = [...claimRows, ...uniqueRows];

  const labels = distinctLabels(articles.map(labelOf));
  const baselineId = report.baseline?.article ?? null;
  const baselineWhy = report.baseline?.why ?? null;
  const baselineAt = articles.findIndex((a) => a.id === baselineId);
  const divergencesByArticle = groupBy(report.divergences, (d) => d.article);
  const outlets = articles.map((article, i): OutletView => {
    const mine = divergencesByArticle.get(article.id) ?? [];
    const cellsHere = claimRows.map((r) => r.cells[i]!);
    return {
      article,
      label: labels[i]!,
      carried: cellsHere.filter((c) => c.state === 'kept' || c.state === 'changed').length,
      missing: cellsHere.filter((c) => c.state === 'missing').length,
      changed: mine.filter((d) => !CHANGE_EXCLUDES.has(d.kind)).length,
      dropped: mine.filter((d) => d.kind === 'detail_dropped').length,
      // details added inside shared claims, and the passages only this outlet has (each once, whatever is found in it)
      added: mine.filter((d) => d.kind === 'detail_added' && !onPassage(d.claim)).length + (uniqueByArticle.get(article.id)?.length ?? 0),
      worst: worstOf(mine),
      baseline: article.id === baselineId ? baselineWhy : null,
      copyOf: copyOf.get(article.id) ?? null,
    };
  });

  const byKind: Partial<Record<DivergenceKind, number>> = {};
  const bySeverity: Record<Severity, number> = { low: 0, medium: 0, high: 0 };
  for (const d of report.divergences) {
    byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
    bySeverity[d.severity]++;
  }
  const dated = articles.map((a) => a.published).filter((p): p is string => p !== null);
  return {
    title: articles.find((a) => a.title)?.title ?? null,
    firstPublished: dated[0] ?? null,
    lastPublished: dated[dated.length - 1] ?? null,
    outlets,
    versions,
    copies,
    rows,
    ranked: [...report.divergences].sort((a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.versus.length - a.versus.length),
    byKind,
    bySeverity,
    judgedAgainst: judgedAgainst(report),
    baseline: baselineAt >= 0 && baselineWhy !== null
      ? { outlet: baselineAt, why: baselineWhy, claims: claimRows.filter((r) => r.baseline?.article === baselineId).length, reason: report.baseline?.reason ?? null }
      : null,
  };
}

const NO_SOURCE: Readonly<Record<string, string>> = {
  wire: 'most outlets: the bundle holds no wire copy',
  origin: 'most outlets: the bundle holds no wire copy',
  earliest: 'most outlets: no version is dated',
  article: 'most outlets',
  majority: 'most outlets, as asked',
};

function judgedAgainst({ baseline }: Report): string | null {
  if (!baseline) return null;
  if (baseline.label !== null) return baseline.label;
  // with no baseline, why most outlets judge: the reason the pipeline gave (none of that kind, nothing showed the origin)
  return baseline.reason && baseline.mode !== 'majority' ? `most outlets: ${baseline.reason}` : NO_SOURCE[baseline.mode]!;
}

/** The most serious severity among some divergences, or null when there are none. */
export function worstOf(divergences: readonly Divergence[]): Severity | null {
  let worst: Severity | null = null;
  for (const d of divergences) if (!worst || SEVERITY_RANK[d.severity] > SEVERITY_RANK[worst]) worst = d.severity;
  return worst;
}

/** A short label for an article: its outlet, else its source's file name. */
export function labelOf(article: Article): string {
  if (article.outlet?.trim()) return article.outlet.trim();
  const base = article.source.split(/[\\/]/).pop() ?? article.source;
  return base || article.id;
}

// Two articles of one outlet get numbered labels, so every column can be told apart.
function distinctLabels(labels: readonly string[]): string[] {
  const total = new Map<string, number>();
  for (const l of labels) total.set(l, (total.get(l) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    if (total.get(l) === 1) return l;
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return `${l} (${n})`;
  });
}

// The cells of an outlet that lacks a claim are all alike: one of each is shared (cells are read-only), so a
// big story's matrix holds no per-outlet copy of them.
const MISSING: MatrixCell = cell('missing', null, []);
const ABSENT: MatrixCell = cell('absent', null, []);

function cell(state: CellState, span: Span | null, divergences: readonly Divergence[]): MatrixCell {
  return { state, span, divergences, kinds: distinctKinds(divergences), worst: worstOf(divergences) };
}

function claimRow(id: string, text: string, carriers: number, cells: readonly MatrixCell[], claim: Claim): MatrixRow {
  const all = cells.flatMap((c) => c.divergences);
  const worst = worstOf(all);
  // a report written before claims said how they were told: a shared claim with no divergence counts as alike
  const told = carriers < 2 ? null : claim.told ?? (worst === null ? 'alike' : 'changed');
  return { id, kind: 'claim', text, carriers, cells, worst, kinds: distinctKinds(all), claim, told, only: null, baseline: claim.baseline ?? null };
}

function distinctKinds(divergences: readonly Divergence[]): DivergenceKind[] {
  return [...new Set(divergences.map((d) => d.kind))];
}

// Earliest first; undated articles keep their bundle order after the dated ones.
function byPublished(a: Article, b: Article): number {
  return comparePublished(a.published, b.published);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
