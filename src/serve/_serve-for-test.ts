import assert from 'node:assert/strict';
import { openStore, type StoreOptions } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { startServer, type RunningServer, type ServerOptions } from './start-server.ts';

/** A server on 127.0.0.1 (a free port) over an open store, and how to ask it. */
export interface ServedStore {
  readonly db: SqlClient;
  readonly server: RunningServer;
  /** A GET (or any request) to a path of the server. */
  get(path: string, init?: RequestInit): Promise<Response>;
  /** A GET answered 200 with JSON: the body. */
  json<T = unknown>(path: string): Promise<T>;
  /** A POST of JSON. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Open a store and serve it on 127.0.0.1 for a test. */
export async function serveStore(store: StoreOptions, options: ServerOptions = {}): Promise<ServedStore> {
  const db = await openStore(store);
  const server = await startServer(db, { port: 0, ...options, onError: (error, path) => { console.error(`server error at ${path}:`, error); } });
  const get = (path: string, init?: RequestInit): Promise<Response> => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
  return {
    db,
    server,
    get,
    json: async <T,>(path: string): Promise<T> => {
      const response = await get(path);
      const text = await response.text();
      assert.equal(response.status, 200, `${path}: ${text.slice(0, 500)}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      return JSON.parse(text) as T;
    },
    post: (path, body, headers = {}) => get(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

/** Assert an answer is an API error of the one shape: `{error: {code, message}}`, nothing else. */
export async function assertApiError(response: Response, status: number, code: string): Promise<string> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message']);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  return body.error.message;
}
