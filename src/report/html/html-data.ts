import { copyHowText } from '../copy-how-text.ts';
import type { DivergenceKind, Report, Severity, Span } from '../../model/index.ts';
import { reportView, type ReportView } from '../report-view.ts';
import { wordDiff } from './word-diff.ts';
import { isCloseWording, wordingCloseness } from './wording-closeness.ts';
import { isWebUrl } from './is-web-url.ts';
import { kindLabel } from '../kind-label.ts';
import { formatDateRange } from '../format-date-range.ts';
import { languageName } from '../language-name.ts';
import { sharedText } from '../anchor-text.ts';

/**
 * What the HTML report's script reads: the report view in compact form. Every article's text is
 * carried once; everything else points into it as [outlet index, start, end], so no view copies text.
 * Nothing is carried once per version that the script can derive: a cell's state and divergences come
 * from `divergences` (each names its row and outlet), an outlet's highlights from the rows, divergences
 * and origins, and each distinct wording of a claim has its word diff once, however many versions use it.
 * Strings that many versions repeat (outlet names, titles, bylines, messages, removed pieces) are written
 * once, in `strings`, and pointed at by index.
 */
export interface HtmlData {
  /** Strings shared by many versions, each once: the fields that say "an index into strings" point here. */
  readonly strings: readonly string[];
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
  /** Exact and near-exact copies: each version (an outlet index) with the outlets that ran it and how. */
  readonly copies: readonly { readonly version: number; readonly copies: readonly { readonly outlet: number; readonly how: string }[] }[];
  /** Articles left out as another story: who ran it, its title, the story it tells. */
  readonly setAside: readonly { readonly outlet: string; readonly title: string | null; readonly story: string }[];
  /**
   * The baseline version every wording is diffed and judged against (an outlet index), why ("wire copy", "earliest",
   * "chosen"), the evidence in words (`reason`) and how many shared claims it carries; null when there is none, and
   * `judgedAgainst` says what judges and why.
   */
  readonly baseline: { readonly outlet: number; readonly why: string; readonly claims: number; readonly reason: string | null } | null;
  readonly judgedAgainst: string | null;
  /** The language the versions were compared in, in words ("English"), or null when unknown. */
  readonly comparedLanguage: string | null;
  /** The story's articles in other languages: who ran it, its language in words, its title, what it shares. */
  readonly notCompared: readonly { readonly outlet: string; readonly language: string; readonly title: string | null; readonly shared: string }[];
}

export interface HtmlOutlet {
  readonly label: string;
  /** The outlet's name, title and byline: each an index into `strings`, or null. */
  readonly outlet: number | null;
  readonly title: number | null;
  readonly byline: number | null;
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
  /** Removed pieces as flat pairs [reason, text], each an index into `strings`. */
  readonly removed: readonly number[];
}

// Every kind, checked against the union so a new kind cannot be left without a label.
const KINDS = Object.keys({
  number: 1, date: 1, quantifier: 1, attribution: 1, hedge: 1, quote: 1, entity: 1, detail_added: 1, detail_dropped: 1, meaning: 1, framing: 1,
} satisfies Record<DivergenceKind, 1>) as DivergenceKind[];

export interface HtmlRow {
  readonly kind: 'claim' | 'unique';
  /** The claim's representative wording; empty for an outlet-only passage, whose words are its one cell's span. */
  readonly text: string;
  readonly carriers: number;
  readonly worst: Severity | null;
  readonly kinds: readonly DivergenceKind[];
  /** True when the outlets that lack it count as missing it (most outlets carry it); else they are absent. */
  readonly missing: boolean;
  /** How the carrying outlets tell a shared claim: alike, reworded (no change found), changed; null otherwise. */
  readonly told: 'alike' | 'reworded' | 'changed' | null;
  /**
   * The carrying outlets' cells, as columns: outlet indices `o` (ascending), each one's words `a`..`b`
   * in its text, and `k`, the index of its wording in `wordings` (-1 for an outlet-only passage).
   */
  readonly o: readonly number[];
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly k: readonly number[];
  /** Each distinct wording of a claim, as the cells' `k` point at it: its word diff and closeness to `base`'s words. */
  readonly wordings: readonly HtmlWording[];
  /**
   * The cell (an index into `o`) whose wording every other is diffed and judged against: the baseline's, when it
   * carries the claim; -1 when most outlets judge and wordings are diffed against the row's text.
   */
  readonly base: number;
}

export interface HtmlWording {
  /**
   * Word diff against the row's reference (the baseline's wording, else the row's text; see word-diff.ts), only for a
   * wording close to it (see wording-closeness.ts); null for a rewording, whose diff would strike and insert whole phrases.
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
  /** An index into `strings`: many versions making the same change get the same message. */
  readonly message: number;
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
  /** The copy's score as a whole percentage, as the report shows it. */
  readonly percent: number;
  /** Passages of `to`, as flat pairs [start, end]. */
  readonly evidence: readonly number[];
}

/** Project a report (and its view) onto the HTML report's data. */
export function htmlData(report: Report, view: ReportView = reportView(report)): HtmlData {
  const outletIndex = new Map(view.outlets.map((o, i) => [o.article.id, i]));
  const at = (articleId: string): number => outletIndex.get(articleId) ?? -1;
  const rowIndex = new Map(view.rows.map((r, i) => [r.id, i]));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (text: string): number => {
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      stringIndex.set(text, i);
    }
    return i;
  };
  const internOrNull = (text: string | null): number | null => (text === null ? null : intern(text));

  const rows = view.rows.map((row): HtmlRow => {
    const shared = { kind: row.kind, carriers: row.carriers, worst: row.worst, kinds: row.kinds, told: row.told };
    if (row.only) return { ...shared, text: '', missing: false, o: [row.only.outlet], a: [row.only.span.start], b: [row.only.span.end], k: [-1], wordings: [], base: -1 };
    // the baseline's wording where it carries the claim: what the comparison diffed and judged every other against
    const baseCell = row.baseline?.article ? row.cells[at(row.baseline.article)] : undefined;
    const base = baseCell?.span?.text ?? row.claim?.text ?? row.text;
    const o: number[] = [];
    const a: number[] = [];
    const b: number[] = [];
    const k: number[] = [];
    const wordings: HtmlWording[] = [];
    const wordingOf = new Map<string, number>();
    row.cells.forEach((c, i) => {
      if (!c.span) return;
      o.push(i);
      a.push(c.span.start);
      b.push(c.span.end);
      // versions that copy a wording word for word share its diff
      let at = wordingOf.get(c.span.text);
      if (at === undefined) {
        at = wordings.length;
        wordingOf.set(c.span.text, at);
        wordings.push(wordingAgainst(base, c.span.text));
      }
      k.push(at);
    });
    const baseAt = baseCell?.span ? o.indexOf(at(row.baseline!.article!)) : -1;
    return { ...shared, text: row.text, missing: row.cells.some((c) => c.state === 'missing'), o, a, b, k, wordings, base: baseAt };
  });

  const divergences = view.ranked.map((d): HtmlDivergence => ({
    o: at(d.article),
    row: rowIndex.get(d.claim) ?? -1,
    kind: d.kind,
    severity: d.severity,
    message: intern(d.message),
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
    percent: Math.round(c.score * 100),
    evidence: c.evidence.flatMap((s) => [s.start, s.end]),
  }));

  const outlets = view.outlets.map((o): HtmlOutlet => {
    const url = o.article.url;
    return {
      label: o.label,
      outlet: internOrNull(o.article.outlet),
      title: internOrNull(o.article.title),
      byline: internOrNull(o.article.byline),
      published: o.article.published,
      url,
      link: isWebUrl(url),
      source: o.article.source,
      language: o.article.language && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(o.article.language) ? o.article.language : null,
      counts: [o.carried, o.missing, o.changed, o.dropped, o.added],
      worst: o.worst,
      text: o.article.text,
      removed: o.article.removed.flatMap((r) => [intern(r.reason), intern(r.text)]),
    };
  });

  return {
    strings,
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
    copies: view.copies.map((g) => ({ version: at(g.version), copies: g.copies.map((c) => ({ outlet: at(c.article), how: copyHowText(c.how, c.share) })) })),
    setAside: (report.setAside ?? []).map((a) => ({ outlet: a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.source, title: a.title, story: a.story })),
    baseline: view.baseline,
    judgedAgainst: view.judgedAgainst,
    comparedLanguage: report.comparedLanguage ? languageName(report.comparedLanguage) : null,
    notCompared: (report.notCompared ?? []).map((a) => ({ outlet: a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.source, language: languageName(a.language), title: a.title, shared: sharedText(a.shared) })),
  };
}

function wordingAgainst(base: string, text: string): HtmlWording {
  const ops = wordDiff(base, text);
  const closeness = ops ? wordingCloseness(base, text, ops) : null;
  return { w: ops && closeness && isCloseWording(closeness) ? ops : null, p: closeness ? Math.round(closeness.share * 100) : -1 };
}

function triples(spans: readonly Span[], at: (articleId: string) => number): number[] {
  return spans.flatMap((s) => {
    const o = at(s.article);
    return o >= 0 ? [o, s.start, s.end] : [];
  });
}
