import type { Divergence } from '../model/index.ts';
import {
  clip, fitList, groupVersus, pad, quoted, safeLine, severityWord, someLabels, width, type TerminalContext,
} from './format-terminal-parts.ts';
import { kindLabel } from './kind-label.ts';

const INDENT = '        ';

/**
 * Two lines for a divergence: severity, kind and message; then the outlet's words against the
 * others' (each distinct wording with the outlets that use it), every quotation cut to fit `quoteMax`,
 * with at most `labelsMax` outlet labels per wording.
 */
export function divergenceLines(
  { labelOf, paint, width: w }: TerminalContext,
  d: Divergence,
  { quoteMax, labelsMax }: { readonly quoteMax: number; readonly labelsMax: number },
): string[] {
  const first = `${severityWord(d.severity, paint, 6)}  ${pad(kindLabel(d.kind), 14)}  `;
  const message = clip(safeLine(d.message), w - 24);
  const label = clip(safeLine(labelOf(d.article)), 24);
  const room = w - INDENT.length - width(label) - 2;
  const mine = `${label}: ${quoted(d.text, Math.min(quoteMax, d.versus.length > 0 ? room - 40 : room))}`;
  const others = groupVersus(d.versus, labelOf).map((g) => `${quoted(g.text, Math.min(quoteMax, 40))} (${someLabels(g.labels, labelsMax)})`);
  // on a narrow terminal the others' words get what is left of the line, and none when too little is
  const roomForOthers = w - INDENT.length - width(mine) - 11;
  const evidence = others.length > 0 && roomForOthers >= 10
    ? `${mine}${paint.dim(' · others: ')}${fitList(others, roomForOthers)}`
    : mine;
  return [`${first}${message}`, `${INDENT}${evidence}`];
}
