import type { Report } from '../model/index.ts';
import { terminalSafe } from './terminal-safe.ts';

/** Options for the terminal summary. */
export interface TerminalOptions {
  readonly color: boolean;
  readonly verbose: boolean;
}

/** A summary of the report that fits a screen. */
export function formatTerminal(report: Report, options: TerminalOptions): string {
  const lines: string[] = [];
  lines.push(`${report.articles.length} articles, ${report.claims.length} shared claims, ${report.divergences.length} divergences`);
  for (const origin of report.origins.slice(0, options.verbose ? undefined : 5)) {
    lines.push(`  credited: ${origin.name} (${origin.articles.length} articles)`);
  }
  for (const d of report.divergences.slice(0, options.verbose ? undefined : 10)) {
    lines.push(`  [${d.severity}] ${d.kind}: ${d.message}`);
  }
  return terminalSafe(`${lines.join('\n')}\n`);
}
