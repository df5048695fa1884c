import type { Report } from '../model/index.ts';
import { formatDate, formatDateRange } from './format-date-range.ts';
import { verboseSections } from './format-terminal-verbose.ts';
import { divergenceLines } from './format-terminal-divergence.ts';
import { clip, fitList, pad, paintFor, safeLine, severityWord, width, type TerminalContext } from './format-terminal-parts.ts';
import { rankOrigins } from './rank-origins.ts';
import { copyHowText } from './copy-how-text.ts';
import { reportView, SEVERITY_RANK, type OutletView } from './report-view.ts';
import { languageName } from './language-name.ts';
import { sharedText } from './anchor-text.ts';

/** Options for the terminal summary. */
export interface TerminalOptions {
  readonly color: boolean;
  readonly verbose: boolean;
  /** Columns to fit lines into: the terminal's width (default 100, at least 60). */
  readonly width?: number;
}

const TOP_DIVERGENCES = 8;
// A large bundle's summary shows the outlets that changed most; --verbose shows them all.
const MAX_OUTLET_ROWS = 14;

/**
 * The report on a terminal. By default a summary that fits a screen: the story, its credited origins,
 * one row per outlet, the most serious divergences with quoted evidence, likely copying. `verbose`
 * adds every divergence by claim, every outlet-only passage and every origin with its evidence.
 * Everything from the articles passes through `terminalSafe`; colour only when `color` is set.
 */
export function formatTerminal(report: Report, options: TerminalOptions): string {
  const view = reportView(report);
  const labels = new Map(view.outlets.map((o) => [o.article.id, o.label]));
  const ctx: TerminalContext = {
    report,
    view,
    labelOf: (id) => labels.get(id) ?? id,
    paint: paintFor(options.color),
    width: Math.max(60, options.width ?? 100),
  };
  if (view.versions < 2) return `${[header(ctx), tooFew(ctx), copyLines(ctx), notComparedLines(ctx), setAsideLines(ctx)].filter((s) => s.length > 0).map((s) => s.join('\n')).join('\n\n')}\n`;
  // the summary keeps to a screen: the baseline is named in the table and the divergences' heading; --verbose says it in full
  const sections = [header(ctx), [...originLines(ctx), ...(options.verbose ? baselineLines(ctx) : [])], outletTable(ctx, options.verbose ? Infinity : MAX_OUTLET_ROWS), copyLines(ctx)];
  if (options.verbose) sections.push(...verboseSections(ctx));
  else sections.push(topDivergences(ctx), copyingLines(ctx), hint(ctx));
  sections.push(notComparedLines(ctx), setAsideLines(ctx));
  return `${sections.filter((s) => s.length > 0).map((s) => s.join('\n')).join('\n\n')}\n`;
}

/** What one version cannot show: nothing to compare it with, said plainly (never "no divergences"). */
function tooFew({ view, paint }: TerminalContext): string[] {
  const what = view.outlets.length === 0 ? 'No article was read'
    : view.outlets.length === 1 ? 'Only one version was given'
      : `The ${view.outlets.length} articles are copies of one version`;
  return [paint.bold(`${what}: nothing to compare. Give two or more versions of the story.`)];
}

/** Exact and near-exact copies: each version with every outlet that ran it (a version counts once in a claim's carriers). */
function copyLines({ view, labelOf, paint, width: w }: TerminalContext): string[] {
  if (view.copies.length === 0) return [];
  const lines = view.copies.map((g) => `  ${clip(`${safeLine(labelOf(g.version))}, run by ${g.copies.map((c) => `${safeLine(labelOf(c.article))} (${copyHowText(c.how, c.share)})`).join(', ')}`, w - 2)}`);
  return [paint.bold(`Copies (${view.outlets.length} outlets, ${view.versions} versions: each version counts once in how many carry a claim)`), ...lines];
}

/**
 * What every wording is diffed and judged against: the baseline version and why it is one (the wire's copy, the
 * earliest, the one chosen), and how many shared claims it carries; else that most outlets judge, and why.
 */
function baselineLines({ view, paint, width: w }: TerminalContext): string[] {
  const shared = view.rows.filter((r) => r.kind === 'claim' && r.baseline !== null).length;
  if (view.baseline) {
    const { outlet, why, claims, reason } = view.baseline;
    const rest = shared - claims;
    const how = `each claim it carries (${claims} of ${shared}) is judged against its wording${rest > 0 ? `, the other ${rest} against most outlets` : ''}`;
    return [`${paint.dim('Baseline: ')}${clip(`${safeLine(view.outlets[outlet]!.label)} (${safeLine(reason ?? why)}): ${how}`, w - 10)}`];
  }
  return view.judgedAgainst ? [`${paint.dim('Baseline: ')}${clip(`none; every claim is judged against ${safeLine(view.judgedAgainst)}`, w - 10)}`] : [];
}

/** The story's articles in other languages, one line each: listed as the same story, never compared word by word. */
function notComparedLines({ report, paint, width: w }: TerminalContext): string[] {
  const others = report.notCompared ?? [];
  if (others.length === 0) return [];
  const compared = report.comparedLanguage ? languageName(report.comparedLanguage) : 'one language';
  const lines = others.slice(0, 10).map((a) => `  ${clip(safeLine([
    `${a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.source}: same story, not compared: ${languageName(a.language)}`,
    a.title ?? '(untitled)',
    sharedText(a.shared),
  ].filter(Boolean).join(' · ')), w - 2)}`);
  if (others.length > 10) lines.push(`  and ${others.length - 10} more`);
  return [paint.bold(`Same story in other languages (${others.length}; claims are compared in ${compared} only)`), ...lines];
}

/** The articles left out as another story, one line each: the outlet, its title, and the story it tells. */
function setAsideLines({ report, paint, width: w }: TerminalContext): string[] {
  const aside = report.setAside ?? [];
  if (aside.length === 0) return [];
  const lines = aside.slice(0, 10).map((a) => `  ${clip(safeLine(`${a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.source}: ${a.title ?? '(untitled)'} (story ${a.story})`), w - 2)}`);
  if (aside.length > 10) lines.push(`  and ${aside.length - 10} more`);
  return [paint.bold(`Not the same story (${aside.length} set aside; --keep-all compares them)`), ...lines];
}

function header({ view, report, paint, width: w }: TerminalContext): string[] {
  const title = view.title ? clip(safeLine(view.title), w) : '(untitled story)';
  const claims = view.rows.filter((r) => r.kind === 'claim').length;
  const { high, medium, low } = view.bySeverity;
  const outlets = `${view.outlets.length} ${view.outlets.length === 1 ? 'outlet' : 'outlets'}`;
  const facts = [
    view.versions < view.outlets.length ? `${outlets} (${view.versions} ${view.versions === 1 ? 'version' : 'versions'})` : outlets,
    formatDateRange(view.firstPublished, view.lastPublished) ?? 'undated',
    `${claims} ${claims === 1 ? 'claim' : 'claims'}`,
    report.divergences.length === 0
      ? 'no divergences'
      : `${report.divergences.length} divergences (${high} high, ${medium} medium, ${low} low)`,
  ];
  // one version has no claims to share and nothing to diverge from: saying "no divergences" would mislead
  if (view.versions < 2) facts.splice(2);
  const oneLine = facts.join(' · ');
  if (width(oneLine) <= w) return [paint.bold(title), paint.dim(oneLine)];
  return [paint.bold(title), paint.dim(facts.slice(0, 2).join(' · ')), paint.dim(facts.slice(2).join(' · '))];
}

/** Credited origins: wires (and outlets) on the first line, the most credited sources on the second. */
export function originLines({ report, view, paint, width: w }: TerminalContext): string[] {
  const ranked = rankOrigins(report.origins);
  const total = view.outlets.length;
  const agencies = ranked.filter((o) => o.kind === 'wire' || o.kind === 'outlet');
  const sources = ranked.filter((o) => o.kind !== 'wire' && o.kind !== 'outlet');
  const lines: string[] = [];
  const agencyText = agencies.length === 0
    ? 'no wire agency or outlet credited'
    : agencies.map((o) => `${safeLine(o.name)} (${o.kind}, ${o.articles.length} of ${total})`).join(' · ');
  lines.push(`${paint.dim('Credited: ')}${clip(agencyText, w - 10)}`);
  if (sources.length > 0) lines.push(`${paint.dim('Sources:  ')}${fitList(sources.map((o) => `${safeLine(o.name)} (${o.articles.length})`), w - 10)}`);
  return lines;
}

/**
 * One aligned row per outlet, in publication order. Past `maxRows` outlets, the earliest and those with
 * the most serious and most numerous changes are kept, and a last line counts the others.
 */
export function outletTable({ view, paint, width: w }: TerminalContext, maxRows: number): string[] {
  const shared = view.rows.filter((r) => r.kind === 'claim').length;
  const outlets = pickOutlets(view.outlets, maxRows);
  const dates = outlets.map((o) => formatDate(o.article.published) || '—');
  const dateSize = Math.max(9, ...dates.map(width));
  // the counts take 53 columns; a narrow terminal gets short headings and no date column rather than wrapped rows
  const narrow = w < dateSize + 2 + 53 + 10;
  const heads = narrow ? ['Miss', 'Chg', 'Drop', 'Add'] : ['Missing', 'Changed', 'Dropped', 'Added'];
  const sizes = narrow ? [4, 4, 4, 4] : [7, 7, 7, 5];
  const fixed = 7 + sizes.reduce((a, b) => a + b, 0) + 6 + 2 * (sizes.length + 2) + (narrow ? 0 : dateSize + 2);
  const labelMax = Math.max(6, Math.min(40, w - fixed));
  // the baseline is named as such: every other row is judged against it
  const labels = outlets.map((o) => {
    if (!o.baseline) return clip(safeLine(o.label), labelMax);
    // the fullest mark that leaves the name a few columns in a narrow terminal
    const mark = [` (baseline: ${o.baseline})`, ' (baseline)', ' (base)'].find((m) => labelMax - width(m) >= 6) ?? '';
    return `${clip(safeLine(o.label), labelMax - width(mark))}${mark}`;
  });
  const labelSize = Math.max(6, ...labels.map(width));
  const dateColumn = (text: string): string[] => (narrow ? [] : [text]);
  const head = [pad('Outlet', labelSize), ...dateColumn(pad('Published', dateSize)), pad('Claims', 7, true),
    ...heads.map((h, k) => pad(h, sizes[k]!, true)), 'Worst'].join('  ');
  const rows = outlets.map((o, i) => [
    pad(labels[i]!, labelSize),
    ...dateColumn(paint.dim(pad(dates[i]!, dateSize))),
    pad(`${o.carried}/${shared}`, 7, true),
    // Missing: the claims of the story this outlet left out, the Claims column's other side
    ...[shared - o.carried, o.changed, o.dropped, o.added].map((n, k) => pad(String(n), sizes[k]!, true)),
    severityWord(o.worst, paint),
  ].join('  '));
  const hidden = view.outlets.length - outlets.length;
  return hidden > 0
    ? [paint.dim(head), ...rows, paint.dim(`… and ${hidden} more outlets with fewer changes (--verbose lists every outlet)`)]
    : [paint.dim(head), ...rows];
}

function pickOutlets(outlets: readonly OutletView[], maxRows: number): readonly OutletView[] {
  if (outlets.length <= maxRows) return outlets;
  const weight = (o: OutletView): number => (o.worst ? SEVERITY_RANK[o.worst] * 1000 : 0) + o.changed + o.dropped + o.added;
  const chosen = new Set([outlets[0]!, ...[...outlets.slice(1)].sort((a, b) => weight(b) - weight(a)).slice(0, maxRows - 1)]);
  return outlets.filter((o) => chosen.has(o));
}

function topDivergences(ctx: TerminalContext): string[] {
  const { view, paint } = ctx;
  if (view.ranked.length === 0) return [paint.dim('No divergences: the outlets carrying each shared claim tell it the same way.')];
  const shown = view.ranked.slice(0, TOP_DIVERGENCES);
  const title = shown.length < view.ranked.length ? `Most serious divergences (${shown.length} of ${view.ranked.length})` : 'Divergences';
  const against = view.judgedAgainst ? paint.dim(clip(`, judged against ${safeLine(view.judgedAgainst)}${lacking(view)}`, Math.max(20, ctx.width - width(title)))) : '';
  return [paint.bold(title) + against, ...shown.flatMap((d) => divergenceLines(ctx, d, { quoteMax: 60, labelsMax: 2 }))];
}

/** The claims the baseline does not carry, judged by most outlets instead: " (most outlets in the 3 claims it lacks)". */
export function lacking(view: TerminalContext['view']): string {
  if (!view.baseline) return '';
  const rest = view.rows.filter((r) => r.kind === 'claim' && r.baseline !== null).length - view.baseline.claims;
  return rest > 0 ? ` (most outlets in the ${rest} ${rest === 1 ? 'claim' : 'claims'} it lacks)` : '';
}

function copyingLines({ report, labelOf, paint, width: w }: TerminalContext): string[] {
  if (report.copying.length === 0) return [];
  const edges = report.copying.map((e) =>
    `${safeLine(labelOf(e.from))} → ${safeLine(labelOf(e.to))} (${Math.round(e.score * 100)}% of its wording)`);
  return [`${paint.dim('Likely copying: ')}${fitList(edges, w - 16)}`];
}

function hint({ report, paint, width: w }: TerminalContext): string[] {
  const passages = report.unique.length;
  const all = `all ${report.divergences.length} divergences${passages > 0 ? ` and ${passages} outlet-only passages` : ''}`;
  const line = `--verbose for ${all}; --html report.html for the full report`;
  return width(line) <= w ? [paint.dim(line)] : [paint.dim(`--verbose for ${all};`), paint.dim('--html report.html for the full report')];
}
