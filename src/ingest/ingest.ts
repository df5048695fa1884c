import type { InputProblem, RawDocument } from '../model/index.ts';
import { expandInputs } from './expand-inputs.ts';
import { readEntries } from './read-entries.ts';

/** How inputs are read. */
export interface IngestOptions {
  /** Allow loopback, private and link-local addresses for URLs (a local mirror). */
  readonly allowPrivate?: boolean;
  /** Per-URL timeout covering redirects and the body; default 15000. */
  readonly timeoutMs?: number;
  /** Largest input accepted, also after decompression; default 10 MiB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Most items read from one feed or JSON Lines input; default 500. */
  readonly maxItems?: number;
  /** Inputs read at once; default 4. */
  readonly concurrency?: number;
  /** Follow links found in a directory or by a glob that lead out of it; default false. */
  readonly followSymlinks?: boolean;
  /** Read for the input "-"; default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
  readonly onProgress?: (done: number, total: number, input: string) => void;
}

/**
 * Read files, directories, globs, URLs and "-" (standard input) into raw documents. An input that
 * cannot be read becomes a problem naming it; the other inputs go on. Documents keep input order.
 */
export async function ingest(
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<{ documents: RawDocument[]; problems: InputProblem[] }> {
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: options.followSymlinks ?? false });
  const documents: RawDocument[] = [];
  const readProblems: InputProblem[] = [];
  let done = 0;
  options.onProgress?.(0, entries.length, entries[0]?.input ?? '');
  for await (const read of readEntries(entries, options)) {
    documents.push(...read.documents);
    readProblems.push(...read.problems);
    options.onProgress?.(++done, entries.length, read.entry.input);
  }
  return { documents, problems: [...problems, ...readProblems] };
}
