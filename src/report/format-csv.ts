import type { Report } from '../model/index.ts';
import { reportView, type MatrixCell } from './report-view.ts';

const BOM = '\uFEFF';
const CRLF = '\r\n';
// Controls but tab and line breaks (which CSV quotes), and bidi overrides: shown as \uXXXX.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The claim matrix as CSV for spreadsheets: one row per claim, one state column per outlet (headed by
 * its label, in publication order: "kept", "changed: number, hedge", "missing" or blank), then each
 * outlet's wording of the claim, then the divergence messages, then what the claim was judged against (the baseline
 * and why, or most outlets); the claim column gives the baseline's wording where the baseline carries it. RFC 4180 (CRLF, quoted fields, doubled
 * quotes) with a UTF-8 BOM so Excel reads accents; a cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading apostrophe; control characters are shown escaped.
 */
export function formatCsv(report: Report): string {
  const view = reportView(report);
  const labels = view.outlets.map((o) => o.label);
  const labelOf = new Map(view.outlets.map((o) => [o.article.id, o.label]));
  const header = ['#', 'claim id', 'claim', 'outlets carrying', 'worst severity', 'kinds of change',
    ...labels, ...labels.map((l) => `${l}: wording`), 'findings', 'judged against'];
  const rows = view.rows.filter((r) => r.kind === 'claim').map((row, i) => [
    String(i + 1),
    row.id,
    row.text,
    String(row.carriers),
    row.worst ?? '',
    row.kinds.join(', '),
    ...row.cells.map(cellState),
    ...row.cells.map((c) => c.span?.text ?? ''),
    row.cells.flatMap((c) => c.divergences).map((d) => `${labelOf.get(d.article) ?? d.article}: ${d.message}`).join('\n'),
    row.baseline === null ? '' : row.baseline.article === null ? 'most outlets' : `${labelOf.get(row.baseline.article) ?? row.baseline.article} (${row.baseline.why})`,
  ]);
  return BOM + [header, ...rows].map((fields) => fields.map(csvField).join(',') + CRLF).join('');
}

/**
 * One field: control characters and bidi overrides shown as `\uXXXX` (line breaks and tabs kept), so
 * the file is also safe to print; formula-guarded; quoted when it holds a quote, comma, line break or edge space.
 */
export function csvField(value: string): string {
  const visible = value.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const guarded = /^(?:[\t\r]|\s*[=+\-@])/.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function cellState(cell: MatrixCell): string {
  if (cell.state === 'changed') return `changed: ${cell.kinds.join(', ')}`;
  if (cell.state === 'absent') return '';
  return cell.state;
}
