import type { InputProblem, RawDocument } from '../model/index.ts';
import { expandInputs, type InputEntry } from './expand-inputs.ts';
import { readFile } from './read-file.ts';
import { readStream } from './read-stream.ts';
import { fetchUrl } from './fetch-url.ts';
import { bytesToDocuments } from './bytes-to-documents.ts';
import { charsetOfContentType } from './find-declared-charset.ts';
import { InputError } from './input-error.ts';
import type { ParsedItems } from './parse-jsonl.ts';

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
  /** Follow links found in a directory or by a glob that lead out of it; default false. */
  readonly followSymlinks?: boolean;
  /** Read for the input "-"; default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
  readonly onProgress?: (done: number, total: number, input: string) => void;
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, maxItems: 500 } as const;
// Inputs read at once: URLs wait on the network, files are quick either way.
const CONCURRENCY = 4;

/**
 * Read files, directories, globs, URLs and "-" (standard input) into raw documents. An input that
 * cannot be read becomes a problem naming it; the other inputs go on. Documents keep input order.
 */
export async function ingest(
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<{ documents: RawDocument[]; problems: InputProblem[] }> {
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: options.followSymlinks ?? false });
  const results: ParsedItems[] = new Array<ParsedItems>(entries.length);
  let next = 0;
  let done = 0;
  options.onProgress?.(0, entries.length, entries[0]?.input ?? '');
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index] as InputEntry;
      results[index] = await readEntry(entry, options);
      options.onProgress?.(++done, entries.length, entry.input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  return {
    documents: results.flatMap((r) => r.documents),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
  };
}

async function readEntry(entry: InputEntry, options: IngestOptions): Promise<ParsedItems> {
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const maxItems = options.maxItems ?? DEFAULTS.maxItems;
  try {
    switch (entry.kind) {
      case 'file':
        return bytesToDocuments(await readFile(entry.path, maxBytes), { source: entry.input, name: entry.path, maxBytes, maxItems });
      case 'stdin': {
        const bytes = await readStream(options.stdin ?? process.stdin, maxBytes);
        if (bytes.length === 0) throw new InputError('Standard input is empty');
        return bytesToDocuments(bytes, { source: entry.input, name: '', maxBytes, maxItems });
      }
      case 'url': {
        const fetched = await fetchUrl(entry.input, {
          allowPrivate: options.allowPrivate ?? false,
          timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
          maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
          maxBytes,
        });
        return bytesToDocuments(fetched.bytes, {
          source: entry.input,
          name: new URL(fetched.url).pathname,
          contentType: fetched.contentType,
          charset: charsetOfContentType(fetched.contentType),
          meta: { url: fetched.url, ...(fetched.language && { language: fetched.language }) },
          maxBytes,
          maxItems,
        });
      }
    }
  } catch (error) {
    if (error instanceof InputError) return { documents: [], problems: [{ input: entry.input, reason: withHint(entry, error.message) }] };
    // One odd input must not stop a batch; the reason still says what went wrong.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { documents: [], problems: [{ input: entry.input, reason: `Cannot read this input (${message})` }] };
  }
}

/** A missing "file" that looks like a web address was probably meant as one. */
function withHint(entry: InputEntry, reason: string): string {
  const looksLikeHost = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#]|$)/i.test(entry.input);
  return entry.kind === 'file' && reason === 'File not found' && looksLikeHost && !/\.(?:txt|html?|jsonl|xml|json|gz)$/i.test(entry.input)
    ? `${reason} (for a web page, start the address with https://)`
    : reason;
}
