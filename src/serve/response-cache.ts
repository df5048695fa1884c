import type { Context, MiddlewareHandler } from 'hono';
import { storeGeneration } from '../store/store-generation.ts';
import type { Sql, SqlClient } from '../store/sql-client.ts';

interface Kept {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: Uint8Array<ArrayBuffer>;
}

// The bytes a handler answered with, which it keeps itself (`answerKept`): kept as they are, not read back.
const handed = new WeakMap<Request, Uint8Array<ArrayBuffer>>();

/**
 * A 200 answer of bytes its handler keeps and never writes to (a story's serialised answer): the response cache keeps
 * these same bytes instead of reading the answer back into a copy of its own, so 256 URLs of one story hold it once.
 */
export function answerKept(c: Context, body: Uint8Array<ArrayBuffer>, contentType: string): Response {
  handed.set(c.req.raw, body);
  return c.body(body, 200, { 'content-type': contentType });
}

/**
 * Answers to GET requests kept by URL and store generation (`storeGeneration`): a page or API answer is a pure
 * function of the stored rows, so it is served again until a version or an analysis is added. The last `size`
 * answers are kept, each up to `maxBytes`; only 200s. A kept answer whose ETag the request's If-None-Match holds is a 304.
 * The body is kept as bytes and answered as bytes: the Node adapter writes a body of bytes (or a string) to the socket
 * as it is, where a cloned response's body would be read through a web stream, chunk by chunk (a third of a request's
 * time on a 100 KB story).
 */
export function responseCache(db: Sql, size = 256, maxBytes = 4 * 1024 * 1024, generation: () => Promise<string> = () => storeGeneration(db)): MiddlewareHandler {
  const kept = new Map<string, Kept>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = `${await generation()} ${c.req.url}`;
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      // an answer with an entity tag the client already holds: nothing to send again
      const tag = hit.headers.find(([name]) => name === 'etag')?.[1];
      if (tag !== undefined && holdsTag(c.req.header('if-none-match'), tag)) {
        c.res = new Response(null, { status: 304, headers: hit.headers.filter(([name]) => name !== 'content-type' && name !== 'content-length') });
        return;
      }
      c.res = new Response(hit.body, { status: hit.status, headers: hit.headers });
      return;
    }
    await next();
    if (c.res.status !== 200) return;
    const { status, headers } = c.res;
    let body = handed.get(c.req.raw);
    if (body === undefined) {
      // read once and answered from the bytes read (never written to, so the kept answer can share them)
      body = new Uint8Array(await c.res.arrayBuffer());
      // cleared first: Hono rebuilds a response set over another from its body, which would be a stream again
      c.res = undefined;
      c.res = new Response(body, { status, headers });
    }
    if (body.byteLength > maxBytes) return;
    kept.set(key, { status, headers: [...headers], body });
    while (kept.size > size) kept.delete(kept.keys().next().value!);
  };
}

/** Whether an If-None-Match header holds an entity tag. */
export function holdsTag(ifNoneMatch: string | undefined, tag: string): boolean {
  return ifNoneMatch?.split(',').some((t) => t.trim() === tag) ?? false;
}

/**
 * The store generation as the servers of one store client read it. Where this process is the store's only writer (the
 * embedded store is open in one process at a time) it is read once and again only after a write through it
 * (`changed`), so a kept answer costs no query; on a shared PostgreSQL store, where other processes write, it is read
 * for every request, on the readers' connections (never queued behind the writer's), and requests share reads: one
 * that asks while a read is under way waits for the next read, which starts once that one is done and answers every
 * request that asked meanwhile. Each request so gets a generation read after it arrived (never an older one), and 50
 * requests at once cost two reads, not 50 round trips. One per client (`servedGeneration`), so every server on it sees
 * the others' writes.
 */
export class ServedGeneration {
  #known: Promise<string> | null = null;
  #reading: Promise<string> | null = null;
  #next: Promise<string> | null = null;
  constructor(private readonly db: Sql, private readonly onlyWriter: boolean) {}

  /** The generation now. */
  current(): Promise<string> {
    if (this.onlyWriter) return this.#known ??= storeGeneration(this.db);
    if (this.#reading === null) return this.#read();
    // a read under way may have started before this request came: the next one, shared by all who wait for it
    return this.#next ??= this.#reading.then(() => undefined, () => undefined).then(() => {
      this.#next = null;
      return this.#read();
    });
  }

  /** The server wrote to the store (or may have): read the generation again next time. */
  changed(): void {
    this.#known = null;
  }

  #read(): Promise<string> {
    const read = storeGeneration(this.db);
    this.#reading = read;
    const done = (): void => {
      if (this.#reading === read) this.#reading = null;
    };
    read.then(done, done);
    return read;
  }
}

const generations = new WeakMap<SqlClient, ServedGeneration>();

/** The one `ServedGeneration` of a store client; `onlyWriter` when this process alone writes to the store. */
export function servedGeneration(db: SqlClient, onlyWriter: boolean): ServedGeneration {
  let generation = generations.get(db);
  if (!generation) generations.set(db, generation = new ServedGeneration(onlyWriter ? db : db.reader, onlyWriter));
  return generation;
}
