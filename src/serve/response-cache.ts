import type { MiddlewareHandler } from 'hono';
import { storeGeneration } from '../store/store-generation.ts';
import type { Sql } from '../store/sql-client.ts';

interface Kept {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer;
}

/**
 * Answers to GET requests kept by URL and store generation (`storeGeneration`): a page or API answer is a pure
 * function of the stored rows, so it is served again until a version or an analysis is added. The last `size`
 * answers are kept, each up to `maxBytes`; only 200s. A kept answer whose ETag the request's If-None-Match holds is a 304.
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
      c.res = new Response(hit.body.slice(0), { status: hit.status, headers: hit.headers });
      return;
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > maxBytes) return;
    kept.set(key, { status: c.res.status, headers: [...c.res.headers], body });
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
 * for every request. One per client (`servedGeneration`), so every server on it sees the others' writes.
 */
export class ServedGeneration {
  #known: Promise<string> | null = null;
  constructor(private readonly db: Sql, private readonly onlyWriter: boolean) {}

  /** The generation now. */
  current(): Promise<string> {
    if (!this.onlyWriter) return storeGeneration(this.db);
    this.#known ??= storeGeneration(this.db);
    return this.#known;
  }

  /** The server wrote to the store (or may have): read the generation again next time. */
  changed(): void {
    this.#known = null;
  }
}

const generations = new WeakMap<Sql, ServedGeneration>();

/** The one `ServedGeneration` of a store client; `onlyWriter` when this process alone writes to the store. */
export function servedGeneration(db: Sql, onlyWriter: boolean): ServedGeneration {
  let generation = generations.get(db);
  if (!generation) generations.set(db, generation = new ServedGeneration(db, onlyWriter));
  return generation;
}
