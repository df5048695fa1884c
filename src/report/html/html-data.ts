import type { Article, DivergenceKind, Report, Severity, Span } from '../../model/index.ts';
import { reportView, type CellState, type ReportView } from '../report-view.ts';
import { flattenSpans, type MarkedRange } from './flatten-spans.ts';
import { wordDiff } from './word-diff.ts';
import { isCloseWording, wordingCloseness } from './wording-closeness.ts';
import { isWebUrl } from './is-web-url.ts';
import { kindLabel } from '../kind-label.ts';
import { formatDateRange } from '../format-date-range.ts';

/**
 * What the HTML report's script reads: the report view in compact form. Every article's text is
 * carried once; everything else points into it as [outlet index, start, end], so no view copies text.
 */
export interface HtmlData {
  readonly title: string | null;
  readonly first: string | null;
  readonly last: string | null;
  /** The publication dates in words, as the terminal summary says them, or null when undated. */
  readonly dateRange: string | null;
  readonly byKind: Readonly<Partial<Record<DivergenceKind, number>>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Each divergence kind in words, as the other writers say it. */
  readonly kindLabels: Readonly<Record<DivergenceKind, string>>;
  readonly outlets: readonly HtmlOutlet[];
  readonly rows: readonly HtmlRow[];
  /** Divergences, most serious first. */
  readonly divergences: readonly HtmlDivergence[];
  readonly origins: readonly HtmlOrigin[];
  readonly copying: readonly HtmlCopy[];
}

export interface HtmlOutlet {
  readonly label: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** True only for an absolute http(s) URL: the only kind shown as a link. */
  readonly link: boolean;
  readonly source: string;
  /** A BCP 47 language tag for the text, when the article gives a well-formed one. */
  readonly language: string | null;
  /** carried, missing, changed, dropped, added (as in the report view). */
  readonly counts: readonly [number, number, number, number, number];
  readonly worst: Severity | null;
  readonly text: string;
  /** Removed pieces as [reason, text]. */
  readonly removed: readonly (readonly [string, string])[];
  /** Marks as flat pairs [type, ref]: type 0 claim (ref: row), 1 divergence, 2 outlet-only (ref: row), 3 credit (ref: origin). */
  readonly marks: readonly number[];
  /** Highlight segments of the text: [start, end, mark index, mark index, ...]. */
  readonly segments: readonly (readonly number[])[];
}

/** Cell states by code: index into this list. */
export const CELL_STATES: readonly CellState[] = ['kept', 'changed', 'missing', 'only', 'absent'];
// Every kind, checked against the union so a new kind cannot be left without a label.
const KINDS = Object.keys({
  number: 1, date: 1, quantifier: 1, attribution: 1, hedge: 1, quote: 1, entity: 1, detail_added: 1, detail_dropped: 1, meaning: 1, framing: 1,
} satisfies Record<DivergenceKind, 1>) as DivergenceKind[];
export const MARK_CLAIM = 0;
export const MARK_DIVERGENCE = 1;
export const MARK_ONLY = 2;
export const MARK_CREDIT = 3;

export interface HtmlRow {
  readonly id: string;
  readonly kind: 'claim' | 'unique';
  readonly text: string;
  readonly carriers: number;
  readonly worst: Severity | null;
  readonly kinds: readonly DivergenceKind[];
  /** True when the outlets that lack it count as missing it (most outlets carry it); else they are absent. */
  readonly missing: boolean;
  /** How the carrying outlets tell a shared claim: alike, reworded (no change found), changed; null otherwise. */
  readonly told: 'alike' | 'reworded' | 'changed' | null;
  /** The carrying outlets' cells. */
  readonly cells: readonly HtmlCell[];
}

export interface HtmlCell {
  readonly o: number;
  /** Index into CELL_STATES. */
  readonly s: number;
  readonly a: number;
  readonly b: number;
  /** Indices into `divergences`. */
  readonly d: readonly number[];
  /**
   * Word diff against the row's text (see word-diff.ts), only for a wording close to it (see
   * wording-closeness.ts); null for a rewording, whose diff would strike and insert whole phrases.
   */
  readonly w: readonly number[] | null;
  /** Percentage of words shared with the row's text; -1 when not computed. */
  readonly p: number;
}

export interface HtmlDivergence {
  readonly o: number;
  readonly row: number;
  readonly kind: DivergenceKind;
  readonly severity: Severity;
  readonly message: string;
  readonly a: number;
  readonly b: number;
  /** 1 when `a`/`b` are positions in the outlet's title (a headline finding), else 0. */
  readonly t: 0 | 1;
  /** The others' words as flat triples [outlet, start, end]. */
  readonly versus: readonly number[];
}

export interface HtmlOrigin {
  readonly name: string;
  readonly kind: string;
  readonly outlets: readonly number[];
  /** Flat triples [outlet, start, end]. */
  readonly evidence: readonly number[];
}

export interface HtmlCopy {
  readonly from: number;
  readonly to: number;
  readonly score: number;
  /** Passages of `to`, as flat pairs [start, end]. */
  readonly evidence: readonly number[];
}

/** Project a report (and its view) onto the HTML report's data. */
export function htmlData(report: Report, view: ReportView = reportView(report)): HtmlData {
  const outletIndex = new Map(view.outlets.map((o, i) => [o.article.id, i]));
  const at = (articleId: string): number => outletIndex.get(articleId) ?? -1;
  const rowIndex = new Map(view.rows.map((r, i) => [r.id, i]));
  const divergenceIndex = new Map(view.ranked.map((d, i) => [d, i]));

  const rows = view.rows.map((row): HtmlRow => {
    const base = row.claim?.text ?? row.text;
    const cells: HtmlCell[] = [];
    row.cells.forEach((c, o) => {
      if (!c.span) return;
      const ops = row.kind === 'claim' ? wordDiff(base, c.span.text) : null;
      const closeness = ops ? wordingCloseness(base, c.span.text, ops) : null;
      cells.push({
        o,
        s: CELL_STATES.indexOf(c.state),
        a: c.span.start,
        b: c.span.end,
        d: c.divergences.map((d) => divergenceIndex.get(d) ?? -1).filter((i) => i >= 0),
        w: ops && closeness && isCloseWording(closeness) ? ops : null,
        p: closeness ? Math.round(closeness.share * 100) : -1,
      });
    });
    return {
      id: row.id,
      kind: row.kind,
      text: row.text,
      carriers: row.carriers,
      worst: row.worst,
      kinds: row.kinds,
      missing: row.cells.some((c) => c.state === 'missing'),
      told: row.told,
      cells,
    };
  });

  const divergences = view.ranked.map((d): HtmlDivergence => ({
    o: at(d.article),
    row: rowIndex.get(d.claim) ?? -1,
    kind: d.kind,
    severity: d.severity,
    message: d.message,
    a: d.start,
    b: d.end,
    t: d.field === 'title' ? 1 : 0,
    versus: triples(d.versus, at),
  }));
  const origins = report.origins.map((o) => ({
    name: o.name,
    kind: o.kind,
    outlets: o.articles.map(at).filter((i) => i >= 0).sort((x, y) => x - y),
    evidence: triples(o.evidence, at),
  }));
  const copying = report.copying.map((c) => ({
    from: at(c.from),
    to: at(c.to),
    score: c.score,
    evidence: c.evidence.flatMap((s) => [s.start, s.end]),
  }));

  const outlets = view.outlets.map((o, i): HtmlOutlet => {
    const { marks, segments } = highlights(i, o.article, rows, divergences, origins);
    const url = o.article.url;
    return {
      label: o.label,
      outlet: o.article.outlet,
      title: o.article.title,
      byline: o.article.byline,
      published: o.article.published,
      url,
      link: isWebUrl(url),
      source: o.article.source,
      language: o.article.language && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(o.article.language) ? o.article.language : null,
      counts: [o.carried, o.missing, o.changed, o.dropped, o.added],
      worst: o.worst,
      text: o.article.text,
      removed: o.article.removed.map((r) => [r.reason, r.text] as const),
      marks,
      segments,
    };
  });

  return {
    title: view.title,
    first: view.firstPublished,
    last: view.lastPublished,
    dateRange: formatDateRange(view.firstPublished, view.lastPublished),
    byKind: view.byKind,
    bySeverity: view.bySeverity,
    kindLabels: Object.fromEntries(KINDS.map((k) => [k, kindLabel(k)])) as Record<DivergenceKind, string>,
    outlets,
    rows,
    divergences,
    origins,
    copying,
  };
}

function highlights(
  outlet: number,
  article: Article,
  rows: readonly HtmlRow[],
  divergences: readonly HtmlDivergence[],
  origins: readonly HtmlOrigin[],
): { marks: number[]; segments: number[][] } {
  const marks: number[] = [];
  const ranges: MarkedRange[] = [];
  const add = (type: number, ref: number, start: number, end: number): void => {
    if (start < 0 || end > article.text.length || start >= end) return;
    ranges.push({ start, end, mark: marks.length / 2 });
    marks.push(type, ref);
  };
  rows.forEach((row, r) => {
    for (const c of row.cells) if (c.o === outlet) add(row.kind === 'claim' ? MARK_CLAIM : MARK_ONLY, r, c.a, c.b);
  });
  divergences.forEach((d, i) => {
    if (d.o === outlet && d.t === 0) add(MARK_DIVERGENCE, i, d.a, d.b);
  });
  origins.forEach((o, i) => {
    for (let k = 0; k < o.evidence.length; k += 3) if (o.evidence[k] === outlet) add(MARK_CREDIT, i, o.evidence[k + 1]!, o.evidence[k + 2]!);
  });
  const segments = flattenSpans(ranges).map((s) => [s.start, s.end, ...s.marks]);
  return { marks, segments };
}

function triples(spans: readonly Span[], at: (articleId: string) => number): number[] {
  return spans.flatMap((s) => {
    const o = at(s.article);
    return o >= 0 ? [o, s.start, s.end] : [];
  });
}
