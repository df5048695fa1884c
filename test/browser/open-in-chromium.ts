import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Chromium the browser tests drive: Debian's, unless WIRETRACE_CHROMIUM names another. */
export const CHROMIUM_PATH = process.env.WIRETRACE_CHROMIUM || '/usr/bin/chromium';

/**
 * Why the browser tests skip, or false when they run. Without Chromium they skip with this message,
 * except in CI (env CI set), where they run and fail: a missing browser must not pass silently there.
 */
export const chromiumSkip: string | false = existsSync(CHROMIUM_PATH) || process.env.CI
  ? false
  : `Chromium not found at ${CHROMIUM_PATH}: run "node scripts/ensure-chromium.mjs" (as root) or set WIRETRACE_CHROMIUM`;

/** What a page did while it was open, besides rendering. */
export interface PageEvents {
  /** Every alert/confirm/prompt/beforeunload dialog, as "type: message" (each is dismissed). */
  readonly dialogs: string[];
  /** Every request other than the page's own file, and every WebSocket opened. */
  readonly requests: string[];
  /** Console messages of type error (CSP violations show up here). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
}

/** An HTML string opened in Chromium from a file:// URL, with the events recorded since it loaded. */
export interface OpenedHtml {
  readonly page: Page;
  readonly url: string;
  readonly events: PageEvents;
  /** Close the page's context and delete its temporary file. */
  close(): Promise<void>;
}

/** Start headless Chromium; the error names the executable when it cannot start. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (run "node scripts/ensure-chromium.mjs" or set WIRETRACE_CHROMIUM)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
}

/** Write `html` to a temporary file, open it in a fresh context of `browser` (scripts on unless told) and record what it does. */
export async function openHtml(
  browser: Browser,
  html: string,
  options: { readonly viewport?: { width: number; height: number }; readonly javaScriptEnabled?: boolean } = {},
): Promise<OpenedHtml> {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-browser-'));
  const file = join(dir, 'page.html');
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const events: PageEvents = { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    if (request.url() !== url) events.requests.push(`${request.method()} ${request.url()}`);
  });
  page.on('websocket', (socket) => events.requests.push(`WS ${socket.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') events.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => events.pageErrors.push(error.message));
  // Nothing may leave the machine: any request but the page itself is recorded above and aborted here.
  await context.route((target) => target.href !== url, (route) => route.abort());
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    events,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
