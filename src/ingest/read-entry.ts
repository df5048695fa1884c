import type { ParsedItems } from './parse-jsonl.ts';
import type { IngestOptions } from './ingest.ts';
import type { InputEntry } from './expand-inputs.ts';
import { readFile } from './read-file.ts';
import { readStream } from './read-stream.ts';
import { fetchUrl } from './fetch-url.ts';
import { fetchedMeta } from './fetched-meta.ts';
import { bytesToDocuments } from './bytes-to-documents.ts';
import { charsetOfContentType } from './find-declared-charset.ts';
import { InputError } from './input-error.ts';

/** The limits an input is read under unless the options say otherwise. */
export const INGEST_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, maxItems: 500, concurrency: 4 } as const;

/** Read one input into raw documents; whatever goes wrong becomes a problem naming it, never an exception. */
export async function readEntry(entry: InputEntry, options: IngestOptions): Promise<ParsedItems> {
  const maxBytes = options.maxBytes ?? INGEST_DEFAULTS.maxBytes;
  const maxItems = options.maxItems ?? INGEST_DEFAULTS.maxItems;
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
          timeoutMs: options.timeoutMs ?? INGEST_DEFAULTS.timeoutMs,
          maxRedirects: options.maxRedirects ?? INGEST_DEFAULTS.maxRedirects,
          maxBytes,
        });
        return bytesToDocuments(fetched.bytes, {
          source: entry.input,
          name: new URL(fetched.url).pathname,
          contentType: fetched.contentType,
          charset: charsetOfContentType(fetched.contentType),
          meta: fetchedMeta(entry.input, fetched),
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
