import { createAdaptorServer } from '@hono/node-server';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startAnalysisThread } from '../pipeline/start-analysis-thread.ts';
import { analyseWhenIdle, type IdleAnalysis } from './analyse-idle.ts';
import { createApp, type AppOptions } from './app.ts';
import { ReportCache } from './report-cache.ts';
import { SummaryCache } from './summary-cache.ts';
import { servedGeneration } from './response-cache.ts';
import type { ServeContext } from './serve-context.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { UrlOptions } from './read-pasted.ts';

/** A listening server: its address, and how to stop it (the store stays open: its opener closes it). */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** How long closing waits for the requests being answered (a report rebuilt, a page fetched) before dropping them. */
const CLOSE_GRACE_MS = 10_000;

/** Where to listen and how to guard: `host` 127.0.0.1 and a free port by default. */
export interface ServerOptions extends AppOptions {
  readonly host?: string;
  readonly port?: number;
  readonly urls?: UrlOptions;
  /** The job queue, when workers do the storing (`serve --workers`). */
  readonly queue?: ServeContext['queue'];
  /** Analyse the stale stories in the background while no request runs (`analyseWhenIdle`); off when not given. */
  readonly analyseIdle?: IdleAnalysis;
}

/** True for an address only this machine reaches: loopback (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Serve the app over a store on `host:port`; resolves once listening. */
export async function startServer(db: SqlClient, options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // the embedded store is open in this process alone: the server is its only writer
  const generation = servedGeneration(db, db.kind === 'pglite');
  // stories are analysed on a thread of their own, so requests are answered meanwhile (started with the first story)
  const analysis = startAnalysisThread();
  const ctx: ServeContext = { db, reports: new ReportCache(db.reader), summaries: new SummaryCache(), urls: options.urls ?? { allowPrivate: false }, generation, analysis, ...(options.queue && { queue: options.queue }) };
  // the embedded store has no autovacuum to gather the planner's statistics, and without them its plans are poor
  await db.exec('analyze');
  const app = createApp(ctx, options);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  // a slow client cannot hold a connection open for ever
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const idle = options.analyseIdle;
  const analyser = idle && analyseWhenIdle(db, {
    thread: analysis,
    ...idle,
    onAnalysed: (story, saved) => {
      generation.changed();
      idle.onAnalysed?.(story, saved);
    },
  });
  if (analyser) {
    server.on('request', (_request, response: ServerResponse) => {
      response.once('close', analyser.enter());
    });
  }
  // the requests being answered: on close they finish before the connections go, so none reads a store closed under it
  let answering = 0;
  server.on('request', (_request, response: ServerResponse) => {
    answering++;
    response.once('close', () => { answering--; });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: async () => {
      await analyser?.stop();
      // no new connection, idle ones closed; the requests being answered get a few seconds to finish
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const until = Date.now() + CLOSE_GRACE_MS;
      while (answering > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
      server.closeAllConnections();
      await closed;
      await analysis.stop();
    },
  };
}
