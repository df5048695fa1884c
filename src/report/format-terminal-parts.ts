import pc from 'picocolors';
import type { Report, Severity, Span } from '../model/index.ts';
import type { ReportView } from './report-view.ts';
import { terminalSafe } from './terminal-safe.ts';

/** The colours the terminal writer uses; every function is the identity when colour is off. */
export type Paint = ReturnType<typeof pc.createColors>;

/** Colours on or off, whatever the environment says (the caller decided). */
export function paintFor(color: boolean): Paint {
  return pc.createColors(color);
}

/** Article-derived text as one safe line: whitespace runs (newlines, tabs, \r) become one space, controls are shown escaped. */
export function safeLine(text: string): string {
  return terminalSafe(text.replace(/\s+/g, ' ').trim());
}

/** Cut a line to `max` characters (code points), marking the cut with "…". */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** Article words as a short quotation: made safe, then cut to `max` characters. */
export function quoted(text: string, max: number): string {
  return `"${clip(safeLine(text), Math.max(4, max - 2))}"`;
}

/** Display length in code points (what `clip` counts). */
export function width(text: string): number {
  return Array.from(text).length;
}

/** Pad to `size` code points on the right (or on the left when `right` is set). */
export function pad(text: string, size: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}

/** A severity word, coloured by how serious it is. */
export function severityWord(severity: Severity | null, paint: Paint, size = 0): string {
  if (!severity) return paint.dim(pad('—', size));
  const word = pad(severity.toUpperCase(), size);
  if (severity === 'high') return paint.bold(paint.red(word));
  if (severity === 'medium') return paint.yellow(word);
  return paint.cyan(word);
}

/** The other outlets' words, one entry per distinct wording with the outlets that use it. */
export function groupVersus(versus: readonly Span[], labelOfArticle: (id: string) => string): { text: string; labels: string[] }[] {
  const groups = new Map<string, { text: string; labels: string[] }>();
  for (const span of versus) {
    const key = span.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const group = groups.get(key) ?? { text: span.text, labels: [] };
    const label = labelOfArticle(span.article);
    if (!group.labels.includes(label)) group.labels.push(label);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.labels.length - a.labels.length);
}

/** A list of outlet labels, cut after `max` with "+N". */
export function someLabels(labels: readonly string[], max: number): string {
  const shown = labels.slice(0, max).map((l) => clip(safeLine(l), 20));
  return labels.length > max ? `${shown.join(', ')} +${labels.length - max}` : shown.join(', ');
}

/** What every terminal section gets: the view, labels by article id, colours and the line width. */
export interface TerminalContext {
  readonly report: Report;
  readonly view: ReportView;
  readonly labelOf: (articleId: string) => string;
  readonly paint: Paint;
  readonly width: number;
}

/** As many items as fit in `max` characters, then "+N more"; never longer than `max`. */
export function fitList(items: readonly string[], max: number): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const rest = items.length - i - 1;
    const more = rest > 0 ? ` · +${rest} more` : '';
    const next = out ? `${out} · ${items[i]}` : items[i]!;
    if (width(next) + width(more) > max) {
      return out ? `${out} · +${items.length - i} more` : `${clip(next, max - width(more))}${more}`;
    }
    out = next;
  }
  return out;
}
