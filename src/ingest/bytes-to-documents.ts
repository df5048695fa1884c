import type { RawMeta } from '../model/index.ts';
import type { ParsedItems } from './parse-jsonl.ts';
import { parseJsonl } from './parse-jsonl.ts';
import { parseFeed } from './parse-feed.ts';
import { decodeBytes } from './decode-bytes.ts';
import { sniffBinary } from './sniff-binary.ts';
import { sniffText } from './sniff-text.ts';
import { gunzipLimited } from './gunzip-limited.ts';
import { InputError } from './input-error.ts';
import { skippedItems } from './skipped-items.ts';

/** What is known about some bytes besides the bytes: where they came from and what the transport said. */
export interface BytesContext {
  /** The input as the user gave it; documents are named after it. */
  readonly source: string;
  /** A file name or URL path, for its extension. */
  readonly name: string;
  readonly contentType?: string | null;
  /** The charset the transport declared. */
  readonly charset?: string | null;
  /** Metadata the transport knows (a URL's final address). */
  readonly meta?: RawMeta;
  readonly maxBytes: number;
  /** Most items read from one container (feed items, JSON lines); the rest are named as skipped. */
  readonly maxItems?: number;
}

// A gzip inside a gzip is unpacked too, but not without end.
const MAX_GZIP_DEPTH = 3;

/** The first `maxItems` documents of a container; the rest are skipped with one problem naming the container. */
function capItems(items: ParsedItems, context: BytesContext): ParsedItems {
  const max = context.maxItems;
  if (max === undefined || items.documents.length <= max) return items;
  return {
    documents: items.documents.slice(0, max),
    problems: [...items.problems, skippedItems(context.source, items.documents[max]!.source, items.documents.length - max, max)],
  };
}

/** Turn the bytes of one input into documents: unpack gzip, refuse binary, decode, then read by kind. */
export function bytesToDocuments(bytes: Uint8Array, context: BytesContext, depth = 0): ParsedItems {
  const binary = sniffBinary(bytes, context.name);
  if (binary?.kind === 'gzip') {
    if (depth >= MAX_GZIP_DEPTH) throw new InputError('Not a supported type (gzip nested too deep)');
    const inner = gunzipLimited(bytes, context.maxBytes);
    // The transport's type and charset described the packed bytes, not what is inside.
    const unpacked: BytesContext = { ...context, name: context.name.replace(/\.t?gz$/i, ''), contentType: null, charset: null };
    return bytesToDocuments(inner, unpacked, depth + 1);
  }
  if (binary) throw new InputError(`Not a supported type (${binary.label})`);
  const { text } = decodeBytes(bytes, context.charset ?? null);
  if (text.trim() === '') throw new InputError('Input is empty');
  const sniffed = sniffText(text, context.name, context.contentType ?? null);
  switch (sniffed.kind) {
    case 'unsupported':
      throw new InputError(`Not a supported type (${sniffed.label})`);
    case 'jsonl':
      return capItems(parseJsonl(text, context.source), context);
    case 'feed':
      // The feed reader caps its items itself: reading an item's fields is the costly part.
      return parseFeed(text, context.source, context.maxItems);
    case 'html':
    case 'text':
      return { documents: [{ source: context.source, format: sniffed.kind, body: text, meta: context.meta ?? {} }], problems: [] };
  }
}
