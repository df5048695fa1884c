import type { InputProblem } from '../model/index.ts';
import type { IngestOptions } from '../ingest/ingest.ts';
import type { BuildOptions } from '../pipeline/build-articles.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from './stderr-safe.ts';

/** Options shared by every command that reads inputs. */
export interface ReadOptions {
  readonly allowPrivate?: boolean;
  readonly timeout?: number;
  readonly maxBytes?: number;
  readonly maxItems?: number;
  /** Per input, in seconds. */
  readonly maxSeconds?: number;
  readonly maxChars?: number;
  readonly followSymlinks?: boolean;
  /** Inputs read at once. */
  readonly concurrency?: number;
}

/** How the ingest stage reads, from the command's options. */
export function ingestOptionsOf(options: ReadOptions, io: CliIo): IngestOptions {
  return {
    ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
    ...(options.timeout !== undefined && { timeoutMs: options.timeout }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
    ...(options.followSymlinks !== undefined && { followSymlinks: options.followSymlinks }),
    ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
    stdin: io.stdin,
  };
}

/** The cleaning budgets, from the command's options. */
export function buildOptionsOf(options: ReadOptions): BuildOptions {
  return {
    ...(options.maxSeconds !== undefined && { maxMs: options.maxSeconds * 1000 }),
    ...(options.maxChars !== undefined && { maxChars: options.maxChars }),
  };
}

/** A problem with an input as the one line shown on stderr: the input, then the reason, both escaped. */
export function problemLine(problem: InputProblem): string {
  const reason = problem.reason.replace(/\s+/g, ' ').trim();
  return `wiretrace: ${stderrSafe(problem.input)}: ${stderrSafe(reason)}\n`;
}
