/** The interval of a feed added without one: 15 minutes. */
export const DEFAULT_INTERVAL = 15 * 60;

/** The longest wait after errors, unless the feed's own interval is longer: a dead feed is still tried four times a day. */
export const BACKOFF_CAP_SECONDS = 6 * 3600;

/**
 * Seconds until a feed is polled again: its interval after an answer; after `failures` errors in a row, the interval
 * doubled for each (2x, 4x, 8x, ...), capped at six hours (or the interval, when longer).
 */
export function nextDelay(intervalSeconds: number, failures: number): number {
  if (failures <= 0) return intervalSeconds;
  const cap = Math.max(intervalSeconds, BACKOFF_CAP_SECONDS);
  return Math.min(cap, intervalSeconds * 2 ** Math.min(failures, 30));
}
