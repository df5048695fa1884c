import type { Divergence, Report, Span } from '../model/index.ts';
import { markdownQuote, markdownText } from './format-markdown-escape.ts';
import { kindLabel } from './kind-label.ts';
import { rankOrigins } from './rank-origins.ts';
import type { MatrixCell, MatrixRow, ReportView } from './report-view.ts';

/** What every Markdown section gets. */
export interface MarkdownContext {
  readonly report: Report;
  readonly view: ReportView;
  readonly labelOf: (articleId: string) => string;
}

/** One numbered divergence: severity, kind, outlet and message, then each side's words. */
export function divergenceItem({ labelOf }: MarkdownContext, d: Divergence, n: number): string {
  const head = `${n}. **${capital(d.severity)} · ${kindLabel(d.kind)}** — *${markdownText(labelOf(d.article))}*: ${markdownText(d.message)}`;
  // Nested items must start where the item's text does ("10. " is wider than "9. ").
  const indent = ' '.repeat(String(n).length + 2);
  const mine = `${indent}- ${markdownText(labelOf(d.article))}: ${markdownQuote(d.text, 200)}`;
  const theirs = groupWords(d.versus, labelOf).map((g) => `${indent}- ${g.labels.map(markdownText).join(', ')}: ${markdownQuote(g.text, 200)}`);
  return [head, mine, ...theirs].join('\n');
}

/** Claims down, outlets across; each cell kept, changed (by kind), missing, or blank. */
export function claimMatrix({ view, labelOf }: MarkdownContext): string {
  const rows = view.rows.filter((r) => r.kind === 'claim');
  if (rows.length === 0) return 'No claim is carried by two or more outlets.';
  const head = `| # | Claim | Outlets | Judged against | ${view.outlets.map((o) => markdownText(o.label)).join(' | ')} |`;
  const rule = `|--:|---|--:|---|${view.outlets.map(() => '---').join('|')}|`;
  const judged = (r: MatrixRow): string => (r.baseline === null ? '—' : r.baseline.article === null ? 'most outlets' : `${markdownText(labelOf(r.baseline.article))} (${r.baseline.why})`);
  const body = rows.map((r, i) => `| ${i + 1} | ${markdownQuote(r.text, 160)} | ${r.carriers} | ${judged(r)} | ${r.cells.map(cellText).join(' | ')} |`);
  return [head, rule, ...body, '', 'Judged against: the baseline version whose wording each claim is diffed and judged against, or most outlets where the baseline does not carry it. Cells: ✓ carried as the others tell it · ≠ changed (kinds of change) · ✗ missing (most outlets carry it) · blank: not carried.'].join('\n');
}

/** Every credited origin, wires first, with the outlets crediting it and their words. */
export function originsTable({ report, view, labelOf }: MarkdownContext): string {
  if (report.origins.length === 0) return 'No credited origins found.';
  const head = '| Origin | Kind | Credited by | Evidence |\n|---|---|---|---|';
  const rows = rankOrigins(report.origins).map((o) => {
    const by = `${o.articles.length} of ${view.outlets.length}: ${o.articles.map((id) => markdownText(labelOf(id))).join(', ')}`;
    const evidence = groupWords(o.evidence, labelOf).slice(0, 6)
      .map((g) => `${markdownQuote(g.text, 80)} (${g.labels.map(markdownText).join(', ')})`);
    return `| ${markdownText(o.name)} | ${o.kind} | ${by} | ${evidence.join('; ') || '—'} |`;
  });
  return [head, ...rows].join('\n');
}

// Distinct wordings (case and spacing aside), each with the outlets that use it, most used first.
function groupWords(spans: readonly Span[], labelOf: (id: string) => string): { text: string; labels: string[] }[] {
  const groups = new Map<string, { text: string; labels: string[] }>();
  for (const span of spans) {
    const key = span.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const group = groups.get(key) ?? { text: span.text, labels: [] };
    if (!group.labels.includes(labelOf(span.article))) group.labels.push(labelOf(span.article));
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.labels.length - a.labels.length);
}

function cellText(cell: MatrixCell): string {
  if (cell.state === 'kept') return '✓';
  if (cell.state === 'changed') return `≠ ${cell.kinds.map((k) => kindLabel(k)).join(', ')}`;
  if (cell.state === 'missing') return '✗';
  if (cell.state === 'only') return 'only here';
  return '';
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
