import type { MatrixRow, ReportView } from './report-view.ts';

/**
 * What a shared claim's wordings were judged against, in words: "Reuters (wire copy)", or "most outlets" with why
 * (the baseline does not carry it, or there is none); null for a row judged against nothing (one version).
 */
export function claimBaselineText(row: MatrixRow, view: ReportView, labelOf: (articleId: string) => string): string | null {
  const baseline = row.baseline;
  if (!baseline) return null;
  if (baseline.article !== null) return `${labelOf(baseline.article)} (${baseline.why})`;
  return view.baseline ? `most outlets (${view.outlets[view.baseline.outlet]!.label}, the baseline, does not carry it)` : 'most outlets';
}
