/** Batches a thread is given at least, so that one slower batch does not leave the other threads idle at the end. */
const BATCHES_PER_THREAD = 8;
/** Most items in one batch (one message each way). */
const MOST = 100;

/** `items` cut into consecutive batches for `threads` threads, in order. */
export function batchesOf<T>(items: readonly T[], threads: number): T[][] {
  const size = Math.max(1, Math.min(MOST, Math.ceil(items.length / (Math.max(1, threads) * BATCHES_PER_THREAD))));
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}
