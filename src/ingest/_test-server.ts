import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A handler keyed by path for the local test server. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** Start an HTTP server on 127.0.0.1 (any free port) for tests; `close` also drops hanging sockets. */
export async function startTestServer(routes: Readonly<Record<string, Route>>): Promise<{ base: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0] ?? '/'];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('nothing here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
