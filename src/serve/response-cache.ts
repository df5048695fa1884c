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
export function responseCache(db: Sql, size = 256, maxBytes = 4 * 1024 * 1024): MiddlewareHandler {
  const kept = new Map<string, Kept>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = `${await storeGeneration(db)} ${c.req.url}`;
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
