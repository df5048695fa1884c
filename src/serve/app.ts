import { timingSafeEqual } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { html } from '../web/html.ts';
import { page, WEB_CSP } from '../web/page.ts';
import { webRoutes } from '../web/web-routes.ts';
import { ApiError, errorBody, type ErrorCode } from './api-error.ts';
import { apiRoutes } from './api.ts';
import { responseCache } from './response-cache.ts';
import type { ServeContext } from './serve-context.ts';

/** How the app guards itself. */
export interface AppOptions {
  /** When set, every request needs it: `Authorization: Bearer <token>`, or Basic with it as the password (a browser). */
  readonly token?: string;
  /** Largest request body, in bytes (default 8 MiB). */
  readonly maxBody?: number;
  /** Told of each unexpected error (a bug), with the request's path. */
  readonly onError?: (error: unknown, path: string) => void;
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The server's one app: the API under `/api` (its OpenAPI document at `/openapi.json`) and the web app beside it.
 * Errors are answered in one place: `{error: {code, message}}` under `/api`, a page elsewhere.
 */
export function createApp(ctx: ServeContext, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono();
  app.use('*', securityHeaders);
  if (options.token) app.use('*', requireToken(options.token));
  // a form posted from another site is refused (its Origin is not ours); JSON needs CORS, which is never granted, and
  // so does any method but GET, HEAD and POST (a page can send a DELETE elsewhere only after a preflight, never answered)
  const forms = csrf();
  app.use('*', (c, next) => (c.req.method === 'POST' ? forms(c, next) : next()));
  const limit = bodyLimit({
    maxSize: options.maxBody ?? 8 * 1024 * 1024,
    onError: () => { throw new ApiError(413, 'payload_too_large', `The request body is over ${Math.round((options.maxBody ?? 8 * 1024 * 1024) / 1024)} KiB`); },
  });
  // a GET's or HEAD's body is never read; asking for it would build a whole web Request for every read
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)));
  // reads are answered again from memory until the store changes
  const cache = responseCache(ctx.db, undefined, undefined, ctx.generation && (() => ctx.generation!.current()));
  for (const path of ['/api/stories', '/api/stories/*', '/api/outlets', '/api/outlets/*', '/', '/stories/*', '/outlets', '/outlets/*']) app.use(path, cache);
  app.route('/api', apiRoutes(ctx));
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'wiretrace', version: '0.1.0',
      description: 'Stored news stories: how each outlet told them, claim by claim. Every error is `{error: {code, message}}`.',
    },
  });
  app.route('/', webRoutes(ctx));

  app.notFound((c) => answer(c, new ApiError(404, 'not_found', `Nothing is at ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return answer(c, error);
    if (error instanceof HTTPException) {
      const code: ErrorCode = error.status === 401 ? 'unauthorized' : error.status === 403 ? 'forbidden' : error.status === 413 ? 'payload_too_large' : 'bad_request';
      const status = ([400, 401, 403, 404, 409, 413, 422] as const).find((s) => s === error.status) ?? 400;
      return answer(c, new ApiError(status, code, error.message || `HTTP ${error.status}`));
    }
    options.onError?.(error, c.req.path);
    return answer(c, new ApiError(500, 'internal', 'The server failed on this request; it is a bug, and it was logged'));
  });
  return app;
}

function answer(c: Context, error: ApiError): Response {
  const api = c.req.path.startsWith('/api/') || c.req.path === '/api';
  if (api) return c.json(errorBody(error.code, error.message), error.status);
  const title = error.status === 404 ? 'Not found' : error.status === 401 ? 'Token needed' : 'Cannot show this';
  const headers: Record<string, string> = { 'content-security-policy': WEB_CSP };
  if (error.status === 401) headers['www-authenticate'] = 'Basic realm="wiretrace", charset="UTF-8"';
  return c.html(page(title, html`<h1>${title}</h1><p class="error" role="alert">${error.message}</p><p><a href="/">All stories</a></p>`).text, error.status, headers);
}

// Every answer: no sniffing, no referrer, and the web app's CSP unless the route set its own.
const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('x-content-type-options', 'nosniff');
  c.res.headers.set('referrer-policy', 'no-referrer');
  if (!c.res.headers.has('content-security-policy')) {
    const type = c.res.headers.get('content-type') ?? '';
    c.res.headers.set('content-security-policy', type.startsWith('text/html') ? WEB_CSP : API_CSP);
  }
};

function requireToken(token: string): MiddlewareHandler {
  const expected = Buffer.from(token, 'utf8');
  const matches = (given: string): boolean => {
    const bytes = Buffer.from(given, 'utf8');
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };
  return async (c, next) => {
    const given = credentialOf(c.req.header('authorization') ?? '');
    if (given !== undefined && matches(given)) return next();
    throw new ApiError(401, 'unauthorized', 'This server needs its token (WIRETRACE_TOKEN): send "Authorization: Bearer <token>"');
  };
}

/** The secret an Authorization header carries: a bearer token, or a Basic login's password (a browser's prompt). */
export function credentialOf(header: string): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (bearer !== undefined) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)?.[1];
  if (basic === undefined) return undefined;
  const login = Buffer.from(basic, 'base64').toString('utf8');
  return login.slice(login.indexOf(':') + 1);
}
