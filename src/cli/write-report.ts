import type { Report } from '../model/index.ts';
import { jsonChunks } from '../report/format-json.ts';
import { writeChunks } from './write-chunks.ts';
import { formatTerminal } from '../report/format-terminal.ts';
import { formatHtml } from '../report/format-html.ts';
import { formatMarkdown } from '../report/format-markdown.ts';
import { formatCsv } from '../report/format-csv.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** Which outputs `analyze` was asked for. */
export interface ReportOutputs {
  readonly json?: boolean;
  readonly html?: string;
  readonly markdown?: string | boolean;
  readonly csv?: string;
  readonly verbose?: boolean;
  readonly color?: boolean;
}

type WriteFile = (path: string, data: string) => Promise<void>;

const EXIT_WRITE_FAILED = 1;
const EXIT_USAGE = 2;

/**
 * Write every requested output. Stdout gets one thing: the JSON document, the Markdown report (when
 * `--markdown` names no file) or else the terminal summary; files get the HTML, Markdown and CSV reports.
 */
export async function writeReport(report: Report, outputs: ReportOutputs, io: CliIo, writeFile: WriteFile): Promise<number> {
  const markdownToStdout = outputs.markdown === true;
  if (outputs.json && markdownToStdout) {
    io.stderr.write('wiretrace: --json and --markdown both print to stdout; give --markdown a file name\n');
    return EXIT_USAGE;
  }
  let exitCode = 0;
  const toFile = async (path: string, format: () => string): Promise<void> => {
    try {
      await writeFile(path, format());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      io.stderr.write(`wiretrace: ${stderrSafe(path)}: Cannot write the report (${code})\n`);
      exitCode = EXIT_WRITE_FAILED;
    }
  };
  if (outputs.html) await toFile(outputs.html, () => formatHtml(report));
  if (typeof outputs.markdown === 'string') await toFile(outputs.markdown, () => formatMarkdown(report));
  if (outputs.csv) await toFile(outputs.csv, () => formatCsv(report));
  if (outputs.json) await writeChunks(io.stdout, jsonChunks(report));
  else if (markdownToStdout) io.stdout.write(formatMarkdown(report));
  else io.stdout.write(formatTerminal(report, { color: (outputs.color ?? true) && io.stdoutIsTTY, verbose: outputs.verbose ?? false, ...(io.columns ? { width: io.columns } : {}) }));
  return exitCode;
}
