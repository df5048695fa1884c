import type { InputEntry } from './expand-inputs.ts';
import type { IngestOptions } from './ingest.ts';
import type { ParsedItems } from './parse-jsonl.ts';
import { mapOrdered } from './map-ordered.ts';
import { INGEST_DEFAULTS, readEntry } from './read-entry.ts';

/** What one input gave: its documents and its problems. */
export interface ReadEntry extends ParsedItems {
  readonly entry: InputEntry;
}

/**
 * Read inputs as a stream: up to `options.concurrency` at once (default 4; URLs wait on the network,
 * files are quick either way), each input's result yielded in input order as soon as it and those
 * before it are read. At most that many inputs are held at a time, whatever the number of inputs.
 */
export function readEntries(entries: readonly InputEntry[], options: IngestOptions = {}): AsyncGenerator<ReadEntry> {
  return mapOrdered(entries, options.concurrency ?? INGEST_DEFAULTS.concurrency, async (entry) => ({ entry, ...(await readEntry(entry, options)) }));
}
