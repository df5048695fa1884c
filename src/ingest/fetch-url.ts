import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { InputError } from './input-error.ts';
import { checkedLookup, refusal, type AddressPolicy } from './checked-lookup.ts';
import { readStream } from './read-stream.ts';
import { formatSize } from './format-size.ts';
import { describeNetworkError } from './describe-network-error.ts';

/** Limits for one URL. */
export interface FetchOptions {
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Which addresses may be connected to when private ones are not allowed (default: public only). */
  readonly addressPolicy?: AddressPolicy;
}

/** A fetched body (decompressed) with what the server said about it. */
export interface Fetched {
  /** The address after redirects. */
  readonly url: string;
  readonly bytes: Buffer;
  readonly contentType: string | null;
  readonly language: string | null;
  /** The validators a conditional GET sends back (`ETag`, `Last-Modified`), when the server gave them. */
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** What a conditional GET was told when nothing changed since the validators it sent (HTTP 304). */
export interface NotModified {
  readonly notModified: true;
  readonly url: string;
}

/** The validators of an earlier answer, sent as `If-None-Match` and `If-Modified-Since`. */
export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

// Media types worth reading; a missing type is left to content sniffing.
// What is read is decided by its content (`sniffText`: a feed is a feed served as application/x-rss+xml, text/plain or
// anything else); only media types that are never text are refused before their bytes are read.
const REFUSED = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|x-zip-compressed|x-7z-compressed|x-rar-compressed|x-tar|msword|wasm|vnd\.)/;

/**
 * Fetch a URL with a timeout covering every hop and the body, a size limit on the decompressed body,
 * a redirect limit, a content-type check and, unless allowed, a refusal of non-public addresses.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  const fetched = await fetchIfChanged(input, {}, options);
  if ('notModified' in fetched) throw new InputError('HTTP 304 Not Modified');
  return fetched;
}

/**
 * As {@link fetchUrl}, as a conditional GET: with the validators of an earlier answer, a server that has nothing new
 * answers 304 and no body is read. An `abort` signal ends the request early (as a timeout does).
 */
export async function fetchIfChanged(input: string, validators: Validators, options: FetchOptions & { readonly signal?: AbortSignal }): Promise<Fetched | NotModified> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const stop = (): void => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const conditional = validators.etag || validators.lastModified;
  try {
    return await follow(parseUrl(input), options, controller.signal, conditionalHeaders(validators), Boolean(conditional));
  } catch (error) {
    if (options.signal?.aborted) throw new InputError('Stopped before it was read', { cause: error });
    if (controller.signal.aborted) throw new InputError(`Timed out after ${options.timeoutMs} ms`, { cause: error });
    if (error instanceof InputError) throw error;
    throw new InputError(describeNetworkError(error), { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

function conditionalHeaders(validators: Validators): Record<string, string> {
  return {
    ...(validators.etag && { 'if-none-match': validators.etag }),
    ...(validators.lastModified && { 'if-modified-since': validators.lastModified }),
  };
}

async function follow(start: URL, options: FetchOptions, signal: AbortSignal, headers: Readonly<Record<string, string>>, conditional: boolean): Promise<Fetched | NotModified> {
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    seen.add(url.href);
    const response = await request(url, options, signal, headers);
    const status = response.statusCode ?? 0;
    if (status === 304 && conditional) {
      response.destroy();
      return { notModified: true, url: url.href };
    }
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      // Destroyed, not drained: a redirect or error body could be endless, and the timer stops below.
      response.destroy();
      const next = parseUrl(new URL(location, url).href);
      if (seen.has(next.href)) throw new InputError(`Redirect loop at ${next.href}`);
      if (hop + 1 > options.maxRedirects) throw new InputError(`Too many redirects (more than ${options.maxRedirects})`);
      url = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new InputError(`HTTP ${status} ${response.statusMessage || http.STATUS_CODES[status] || ''}`.trim());
    }
    return readBody(response, url, options);
  }
}

function parseUrl(text: string): URL {
  if (!URL.canParse(text)) throw new InputError('Not a valid URL');
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`Unsupported URL scheme "${url.protocol}"`);
  return url;
}

function request(url: URL, options: FetchOptions, signal: AbortSignal, extra: Readonly<Record<string, string>>): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const policy = options.allowPrivate ? null : options.addressPolicy ?? refusal;
  // Address literals skip DNS, so they are checked here; names are checked when resolved.
  const literalRefusal = policy && isIP(host) ? policy(host) : null;
  if (literalRefusal) return Promise.reject(new InputError(literalRefusal));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      signal,
      // No shared connection pool, so a socket opened under one address policy never serves another.
      agent: false,
      headers: {
        'user-agent': 'wiretrace/0.1 (news story comparison)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        ...extra,
      },
      ...(policy && { lookup: checkedLookup(policy) }),
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

async function readBody(response: http.IncomingMessage, url: URL, options: FetchOptions): Promise<Fetched> {
  const contentType = response.headers['content-type'] ?? null;
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType && REFUSED.test(mediaType)) {
    response.destroy();
    throw new InputError(`Not a supported content type (${mediaType})`);
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    response.destroy();
    throw new InputError(`Larger than the size limit (${formatSize(options.maxBytes)})`);
  }
  const bytes = await readStream(decoded(response), options.maxBytes);
  if (bytes.length === 0) throw new InputError('Empty response');
  const language = response.headers['content-language']?.split(',')[0]?.trim() || null;
  const header = (name: string): string | null => {
    const value = response.headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || null;
  };
  return { url: url.href, bytes, contentType, language, etag: header('etag'), lastModified: header('last-modified') };
}

/** The body with its Content-Encoding removed, so the size limit applies to what is unpacked. */
function decoded(response: http.IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const unpack = ({ gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress } as const)[encoding as 'gzip'];
  if (!unpack) {
    if (encoding === 'identity' || encoding === '') return response;
    response.destroy();
    throw new InputError(`Unsupported content encoding (${encoding})`);
  }
  const stream = unpack();
  // pipeline turns a body cut short into an error instead of a stream that never ends.
  pipeline(response, stream, () => undefined);
  return stream;
}
