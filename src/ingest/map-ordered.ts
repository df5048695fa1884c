/**
 * `fn` over `items`, at most `limit` calls running or finished-but-unread at once, results yielded
 * in the items' order as soon as each one and all before it are done. A slow item holds back the
 * ones after it (order is the point) but never lets more than `limit` results pile up, so memory
 * stays bounded by `limit` whatever the number of items. Stopping the loop early starts no more calls.
 */
export async function* mapOrdered<T, R>(items: Iterable<T>, limit: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Concurrency limit must be a positive whole number, not ${limit}`);
  const source = items[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  let index = 0;
  const startNext = (): void => {
    const next = source.next();
    if (next.done === true) return;
    const call = fn(next.value, index++);
    // A call may fail while an earlier one is awaited; it is rethrown when its turn comes, not reported as unhandled.
    call.catch(() => undefined);
    pending.push(call);
  };
  for (let i = 0; i < limit; i++) startNext();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    startNext();
    yield result;
  }
}
