import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServedGeneration } from './response-cache.ts';
import type { Sql } from '../store/sql-client.ts';

// A database whose generation reads are answered by the test: each read is held until `answer` lets it go.
function heldStore(): { db: Sql; reads: number; answer: (v: number) => void; pending: () => number } {
  const waiting: ((row: { v: number; a: number }) => void)[] = [];
  const state = {
    reads: 0,
    db: {
      query: async <T,>() => {
        state.reads++;
        return [await new Promise<{ v: number; a: number }>((resolve) => waiting.push(resolve))] as T[];
      },
      exec: async () => undefined,
    } as Sql,
    answer: (v: number) => waiting.shift()!({ v, a: 0 }),
    pending: () => waiting.length,
  };
  return state;
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test('on a shared store, requests share generation reads, each one started after the request came', async () => {
  const store = heldStore();
  const generation = new ServedGeneration(store.db, false);
  const first = generation.current();
  await settle();
  // asked while the first read is under way: they wait for the next, one read for all of them
  const later = Array.from({ length: 50 }, () => generation.current());
  await settle();
  assert.equal(store.reads, 1);
  store.answer(1);
  assert.equal(await first, '1.0');
  await settle();
  assert.equal(store.reads, 2, 'the next read starts once the first is done');
  store.answer(2);
  assert.deepEqual(new Set(await Promise.all(later)), new Set(['2.0']), 'none of them is given the read that began before it');
  // nothing under way: a request reads at once
  const alone = generation.current();
  await settle();
  assert.equal(store.reads, 3);
  store.answer(3);
  assert.equal(await alone, '3.0');
});

test('a failed generation read fails its requests, and the next request reads again', async () => {
  let reads = 0;
  const db = { query: async () => { reads++; if (reads === 1) throw new Error('the connection was lost'); return [{ v: 7, a: 1 }]; }, exec: async () => undefined } as unknown as Sql;
  const generation = new ServedGeneration(db, false);
  await assert.rejects(generation.current(), /connection was lost/);
  assert.equal(await generation.current(), '7.1');
});

test('the only writer reads the generation once, and again after it wrote', async () => {
  const store = heldStore();
  const generation = new ServedGeneration(store.db, true);
  const a = generation.current();
  const b = generation.current();
  await settle();
  store.answer(4);
  assert.deepEqual([await a, await b, store.reads], ['4.0', '4.0', 1]);
  generation.changed();
  const c = generation.current();
  await settle();
  store.answer(5);
  assert.deepEqual([await c, store.reads], ['5.0', 2]);
});
