import { divergenceLines } from './format-terminal-divergence.ts';
import { clip, quoted, safeLine, someLabels, type TerminalContext } from './format-terminal-parts.ts';
import { rankOrigins } from './rank-origins.ts';
import { claimBaselineText } from './claim-baseline-text.ts';
import { lacking } from './format-terminal.ts';

const QUOTE_MAX = 160;

/** The `--verbose` sections: every divergence by claim, agreed claims, outlet-only passages, origins and copying, with evidence. */
export function verboseSections(ctx: TerminalContext): string[][] {
  return [divergencesByClaim(ctx), toldClaims(ctx, 'alike'), toldClaims(ctx, 'reworded'), uniquePassages(ctx), origins(ctx), copying(ctx)];
}

function divergencesByClaim(ctx: TerminalContext): string[] {
  const { view, paint, labelOf } = ctx;
  const rows = view.rows.filter((r) => r.kind === 'claim' && r.worst !== null);
  if (rows.length === 0) return [paint.dim('No divergences: the outlets carrying each shared claim tell it the same way.')];
  // Everything is shown in full here: messages and evidence are cut only by QUOTE_MAX, not by the screen.
  const unclipped = { ...ctx, width: 1000 };
  const against = view.judgedAgainst ? paint.dim(`, judged against ${safeLine(view.judgedAgainst)}${lacking(view)}`) : '';
  const inClaims = rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.divergences.length, 0), 0);
  const lines = [paint.bold(`Divergences by claim (${inClaims} in ${rows.length} claims)`) + against];
  for (const row of rows) {
    const carriers = row.claim?.articles.map(labelOf) ?? [];
    // a copy counts once with its version; every outlet that ran it is still named
    const counted = row.carriers === carriers.length ? `${row.carriers}` : `${row.carriers} ${row.carriers === 1 ? 'version' : 'versions'} (${carriers.length} outlets)`;
    const against = claimBaselineText(row, view, labelOf);
    lines.push('', `${paint.bold('Claim')} ${quoted(row.text, QUOTE_MAX * 2)}`,
      paint.dim(`  carried by ${counted}: ${someLabels(carriers, 8)}`));
    if (against) lines.push(paint.dim(`  judged against ${safeLine(against)}`));
    for (const cell of row.cells) for (const d of cell.divergences) lines.push(...divergenceLines(unclipped, d, { quoteMax: QUOTE_MAX, labelsMax: 50 }).map((l) => `  ${l}`));
  }
  return lines;
}

const TOLD_HEADING = { alike: 'Claims told alike', reworded: 'Claims told in other words, no change found' } as const;

function toldClaims({ view, paint }: TerminalContext, told: keyof typeof TOLD_HEADING): string[] {
  const rows = view.rows.filter((r) => r.told === told);
  if (rows.length === 0) return [];
  return [paint.bold(`${TOLD_HEADING[told]} (${rows.length})`),
    ...rows.map((r) => `  ${paint.dim(`${r.carriers} ${view.versions < view.outlets.length ? 'versions' : 'outlets'}`)}  ${quoted(r.text, QUOTE_MAX)}`)];
}

function uniquePassages(ctx: TerminalContext): string[] {
  const { view, paint } = ctx;
  const rows = view.rows.filter((r) => r.kind === 'unique');
  if (rows.length === 0) return [];
  const unclipped = { ...ctx, width: 1000 };
  const lines = [paint.bold(`Passages only one outlet has (${rows.length})`)];
  view.outlets.forEach((outlet, i) => {
    const own = rows.filter((r) => r.only?.outlet === i);
    if (own.length === 0) return;
    lines.push(`  ${safeLine(outlet.label)}`);
    for (const r of own) {
      lines.push(`    ${quoted(r.text, QUOTE_MAX * 2)}`);
      // what the passage adds against the source, and the loaded words in it
      for (const d of r.cells[i]!.divergences) lines.push(...divergenceLines(unclipped, d, { quoteMax: QUOTE_MAX, labelsMax: 50 }).map((l) => `      ${l}`));
    }
  });
  return lines;
}

function origins({ report, view, paint, labelOf }: TerminalContext): string[] {
  if (report.origins.length === 0) return [paint.dim('No credited origins found.')];
  const lines = [paint.bold(`Credited origins (${report.origins.length})`)];
  for (const origin of rankOrigins(report.origins)) {
    lines.push(`  ${safeLine(origin.name)} ${paint.dim(`(${origin.kind}) credited by ${origin.articles.length} of ${view.outlets.length}`)}`);
    for (const id of origin.articles) {
      const words = [...new Set(origin.evidence.filter((e) => e.article === id).map((e) => quoted(e.text, 80)))];
      lines.push(`    ${safeLine(labelOf(id))}: ${words.join(', ') || paint.dim('(no quoted evidence)')}`);
    }
  }
  return lines;
}

function copying({ report, paint, labelOf, width }: TerminalContext): string[] {
  if (report.copying.length === 0) return [];
  const lines = [paint.bold('Likely copying')];
  for (const edge of report.copying) {
    lines.push(`  ${safeLine(labelOf(edge.from))} → ${safeLine(labelOf(edge.to))} ${paint.dim(`(${Math.round(edge.score * 100)}% of its wording repeats the source word for word)`)}`);
    for (const span of edge.evidence) lines.push(`    ${clip(quoted(span.text, QUOTE_MAX), width)}`);
  }
  return lines;
}
