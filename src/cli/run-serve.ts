import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import { isLoopback, startServer } from '../serve/start-server.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from './stderr-safe.ts';

/** Where `serve` listens, its store, and how it reads pasted URLs. */
export interface ServeOptions extends StoreOptions {
  readonly port?: number;
  readonly host?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: number;
  readonly maxBytes?: number;
}

/**
 * `wiretrace serve`: open the store and serve the API and the web app until the process is told to stop (SIGINT or
 * SIGTERM, or `stop` aborting). Binds 127.0.0.1 by default; any other address needs `WIRETRACE_TOKEN`, which every
 * request must then carry. Resolves to the exit code: 1 when the store cannot be opened or the port taken, 2 when a
 * non-loopback address is asked for without a token.
 */
export async function runServe(options: ServeOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, stop?: AbortSignal): Promise<number> {
  const host = options.host ?? '127.0.0.1';
  const token = env.WIRETRACE_TOKEN || undefined;
  if (!isLoopback(host) && token === undefined) {
    io.stderr.write(`wiretrace: --host ${stderrSafe(JSON.stringify(host))}: another machine could reach it; set WIRETRACE_TOKEN to a secret every request must carry, or serve on 127.0.0.1\n`);
    return 2;
  }
  let db;
  try {
    db = await openStore(options, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  let server;
  try {
    server = await startServer(db, {
      host, port: options.port ?? 8080,
      ...(token !== undefined && { token }),
      urls: { allowPrivate: options.allowPrivate ?? false, ...(options.timeout !== undefined && { timeoutMs: options.timeout }), ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) },
      onError: (error, path) => io.stderr.write(`wiretrace: ${stderrSafe(path)}: ${stderrSafe(error instanceof Error ? error.stack ?? error.message : String(error))}\n`),
    });
  } catch (error) {
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(`wiretrace: cannot listen on ${stderrSafe(host)}:${options.port ?? 8080}: ${stderrSafe(code ?? String(error))}\n`);
    return 1;
  }
  io.stdout.write(`wiretrace: serving ${stderrSafe(db.location)} at ${server.url}/ (API at ${server.url}/api, OpenAPI at ${server.url}/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.addEventListener('abort', done, { once: true });
  });
  await server.close();
  await db.close();
  return 0;
}
