import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapOrdered } from './map-ordered.ts';

// A call that finishes when the test says so, so the order of finishing is fixed, not timed.
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

test('mapOrdered runs at most `limit` calls at once and yields in input order, whatever order they finish in', async () => {
  const gates = Array.from({ length: 10 }, gate);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const results = mapOrdered(gates.keys(), 3, async (i) => {
    started.push(i);
    running++;
    most = Math.max(most, running);
    await gates[i]!.promise;
    running--;
    return `item ${i}`;
  });
  const seen: string[] = [];
  const reading = (async () => { for await (const r of results) seen.push(r); })();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, [0, 1, 2], 'three started, the fourth waits for a slot');
  // The later ones finish first: nothing can be yielded until item 0 is done, and no fourth call starts.
  gates[2]!.open();
  gates[1]!.open();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(seen, []);
  assert.deepEqual(started, [0, 1, 2]);
  for (const g of [...gates].reverse()) g.open();
  await reading;
  assert.deepEqual(seen, Array.from({ length: 10 }, (_, i) => `item ${i}`));
  assert.equal(most, 3);
});

test('mapOrdered starts no more calls once the reader stops, and rethrows a failure in its turn', async () => {
  const started: number[] = [];
  for await (const i of mapOrdered([0, 1, 2, 3, 4, 5, 6, 7], 2, async (i) => { started.push(i); return i; })) {
    if (i === 1) break;
  }
  assert.ok(started.length <= 4, `started ${started.join(', ')}`);
  const failing = mapOrdered([0, 1, 2], 3, async (i) => {
    if (i === 2) throw new Error('third fails');
    return i;
  });
  const got: number[] = [];
  await assert.rejects(async () => { for await (const i of failing) got.push(i); }, /third fails/);
  assert.deepEqual(got, [0, 1]);
  await assert.rejects(mapOrdered([1], 0, async (i) => i).next(), RangeError);
});
