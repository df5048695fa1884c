import type { IngestOptions } from '../ingest/ingest.ts';
import type { BuildOptions } from '../pipeline/build-articles.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
export { problemLine } from '../report/problem-line.ts';
import { nameOutlet, parseOutletNames, unusedOutletNames, type OutletName } from './outlet-names.ts';
import type { RawDocument } from '../model/index.ts';

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
  /** `--outlet FILE=NAME`, as given (read by `outletNamesOf`). */
  readonly outlet?: readonly string[];
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

/** The outlets the user named with `--outlet` (already checked by the option's parser). */
export function outletNamesOf(options: ReadOptions): OutletName[] {
  const names = parseOutletNames(options.outlet ?? []);
  return 'problem' in names ? [] : names;
}

/**
 * Each input's documents with the outlets the user named (nothing changes when none was named); once the inputs are
 * read, one line on stderr for each name that no document was read from.
 */
export async function* withOutletNames<T extends { readonly documents: readonly RawDocument[] }>(reads: AsyncIterable<T> | Iterable<T>, options: ReadOptions, io: CliIo): AsyncGenerator<T> {
  const names = outletNamesOf(options);
  const unused = new Set(names);
  for await (const read of reads) {
    if (names.length === 0) {
      yield read;
      continue;
    }
    const missed = new Set(unusedOutletNames(names, read.documents));
    for (const n of names) if (!missed.has(n)) unused.delete(n);
    yield { ...read, documents: read.documents.map((d) => nameOutlet(d, names)) };
  }
  for (const n of unused) io.stderr.write(`wiretrace: --outlet ${stderrSafe(JSON.stringify(`${n.input}=${n.name}`))}: no article was read from ${stderrSafe(JSON.stringify(n.input))}\n`);
}
