import { createRequire } from 'node:module';
import { fetchUrl, type FetchOptions } from '../ingest/fetch-url.ts';
import { decodeBytes } from '../ingest/decode-bytes.ts';
import { InputError } from '../ingest/input-error.ts';

/** What robots-parser (a CommonJS module) gives for one robots.txt. */
interface Robots {
  isDisallowed(url: string, agent?: string): boolean | undefined;
  getCrawlDelay(agent?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

/**
 * Whether a page may be fetched, and if not, why; when it may, how long to wait first so that fetches from its site
 * keep the robots.txt's `Crawl-delay` apart (each allowed verdict takes the site's next slot).
 */
export type RobotsVerdict = { readonly allowed: true; readonly waitMs: number } | { readonly allowed: false; readonly reason: string; readonly retry: boolean };

/** The name wiretrace's rules are looked up under in a robots.txt (its user agent starts with it). */
export const ROBOTS_AGENT = 'wiretrace';
/** How long one site's robots.txt is kept before it is read again; one that could not be read is tried again sooner. */
const KEEP_MS = 24 * 3600 * 1000;
const RETRY_MS = 15 * 60 * 1000;
/** The longest Crawl-delay kept to, in seconds: a site asking for more is fetched from once a minute. */
const MAX_CRAWL_DELAY = 60;
/** Read no more of a robots.txt than this (RFC 9309 asks crawlers to read at least 500 KiB). */
const MAX_BYTES = 512 * 1024;

type Rules = { readonly kind: 'parsed'; readonly robots: Robots } | { readonly kind: 'all' } | { readonly kind: 'none'; readonly why: string };

/**
 * A check of pages against their site's robots.txt (RFC 9309), read once a day per site through the same fetch (and
 * address rules) as every URL: rules for "wiretrace" (else "*") decide; a robots.txt that is missing or refused with
 * a 4xx allows everything; one that cannot be read (a 5xx, a network error, a timeout) disallows the site, as the
 * RFC asks, until it is tried again 15 minutes later.
 */
export function robotsRules(fetchOptions: FetchOptions, now: () => number = Date.now): (url: string) => Promise<RobotsVerdict> {
  const sites = new Map<string, { readonly at: number; readonly rules: Promise<Rules>; keep: number }>();
  const nextSlot = new Map<string, number>();
  const slot = (origin: string, delaySeconds: number | undefined): number => {
    const delay = Math.min(MAX_CRAWL_DELAY, Math.max(0, Number(delaySeconds) || 0)) * 1000;
    const start = Math.max(now(), nextSlot.get(origin) ?? 0);
    nextSlot.set(origin, start + delay);
    return start - now();
  };
  return async (url) => {
    const origin = new URL(url).origin;
    let site = sites.get(origin);
    if (!site || now() - site.at > site.keep) {
      site = { at: now(), rules: readRules(origin, { ...fetchOptions, maxBytes: Math.min(fetchOptions.maxBytes, MAX_BYTES) }), keep: KEEP_MS };
      sites.set(origin, site);
    }
    const rules = await site.rules;
    if (rules.kind === 'none') site.keep = RETRY_MS;
    if (rules.kind === 'all') return { allowed: true, waitMs: 0 };
    if (rules.kind === 'none') return { allowed: false, reason: `its site's robots.txt could not be read (${rules.why}), so the site is not fetched from`, retry: true };
    if (rules.robots.isDisallowed(url, ROBOTS_AGENT) === true) return { allowed: false, reason: 'disallowed by its site\'s robots.txt', retry: false };
    return { allowed: true, waitMs: slot(origin, rules.robots.getCrawlDelay(ROBOTS_AGENT)) };
  };
}

async function readRules(origin: string, fetchOptions: FetchOptions): Promise<Rules> {
  const where = `${origin}/robots.txt`;
  try {
    const fetched = await fetchUrl(where, fetchOptions);
    return { kind: 'parsed', robots: robotsParser(where, decodeBytes(fetched.bytes).text) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (/^Empty response$/.test(error.message)) return { kind: 'all' };
    const status = Number(/^HTTP (\d{3})/.exec(error.message)?.[1]);
    if (status >= 400 && status < 500) return { kind: 'all' };
    return { kind: 'none', why: error.message };
  }
}
