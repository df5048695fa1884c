import type { InputProblem, RawDocument } from '../model/index.ts';
import type { InputEntry } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { readJsonItem } from '../ingest/read-json-item.ts';
import { isWebUrl } from '../report/html/is-web-url.ts';

/** How the server reads URLs: the CLI's limits and the same refusal of loopback and private addresses. */
export interface UrlOptions {
  readonly allowPrivate: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

/** Pasted articles (the JSON Lines fields: text or html, title, outlet, url, published, language, byline). */
export type PastedItem = Readonly<Record<string, unknown>>;

/**
 * Pasted articles and URLs as raw documents, in the order given (pasted first), with a problem for each that cannot
 * be read. Only http(s) URLs are fetched, by the ingest stage with its limits and address checks: never a file.
 */
export async function readPasted(items: readonly PastedItem[], urls: readonly string[], options: UrlOptions): Promise<{ documents: RawDocument[]; problems: InputProblem[] }> {
  const documents: RawDocument[] = [];
  const problems: InputProblem[] = [];
  items.forEach((item, i) => {
    const source = `pasted #${i + 1}`;
    const read = readJsonItem(item, source);
    if ('document' in read) documents.push(read.document);
    else problems.push({ input: source, reason: read.reason });
  });
  const entries: InputEntry[] = [];
  for (const url of urls) {
    if (isWebUrl(url)) entries.push({ kind: 'url', input: url });
    else problems.push({ input: url, reason: 'Not an http:// or https:// URL' });
  }
  for await (const read of readEntries(entries, {
    allowPrivate: options.allowPrivate,
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  })) {
    documents.push(...read.documents);
    problems.push(...read.problems);
  }
  return { documents, problems };
}
