/** Batches a thread is given at least, so that one slower batch does not leave the other threads idle at the end. */
const BATCHES_PER_THREAD = 8;
/** Most items in one batch (one message each way). */
const MOST = 100;

/** `items` cut into consecutive batches for `threads` threads, in order. */
function batchesOf<T>(items: readonly T[], threads: number): T[][] {
  const size = Math.max(1, Math.min(MOST, Math.ceil(items.length / (Math.max(1, threads) * BATCHES_PER_THREAD))));
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

/**
 * One result per item, in the items' order: the items cut into batches for `threads` threads, each batch sent at once
 * (`send` answers one result per item of its batch).
 */
export async function perItemInBatches<T, R>(items: readonly T[], threads: number, send: (batch: readonly T[]) => Promise<readonly R[]>): Promise<R[]> {
  const results = await Promise.all(batchesOf(items, threads).map(send));
  return results.flat();
}
