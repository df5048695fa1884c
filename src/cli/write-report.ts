import type { Report } from '../model/index.ts';
import { formatJson } from '../report/format-json.ts';
import { formatTerminal } from '../report/format-terminal.ts';
import type { CliIo } from './cli-io.ts';

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

/** Write every requested output; the terminal summary when nothing else goes to stdout. */
export async function writeReport(report: Report, outputs: ReportOutputs, io: CliIo, writeFile: WriteFile): Promise<number> {
  let exitCode = 0;
  const toFile = async (path: string, data: string): Promise<void> => {
    try {
      await writeFile(path, data);
    } catch (error) {
      io.stderr.write(`wiretrace: ${path}: Cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      exitCode = 1;
    }
  };
  if (outputs.json) io.stdout.write(formatJson(report));
  else io.stdout.write(formatTerminal(report, { color: (outputs.color ?? true) && io.stdoutIsTTY, verbose: outputs.verbose ?? false }));
  return exitCode;
}
