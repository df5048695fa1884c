import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from './open-store.ts';
import { addInChild, seeded, storedArticles } from './_crash-child.ts';
import { staleStories } from './stale-stories.ts';
import { backends } from './_backends.ts';
import { writeManyArticles } from './_many-articles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The figures (500 articles, 20 kills) on PostgreSQL; on the embedded store, whose every restart opens PGlite
// again (2-3 s), 120 articles and 5 kills, so the suite stays short: CRASH_FULL=1 runs 500/20 there too (180 s at
// load 5 on 2 cores, beside 75 s on PostgreSQL).
const FULL = { articles: 500, kills: 20 };
const SIZES = { postgres: FULL, pglite: process.env.CRASH_FULL ? FULL : { articles: 120, kills: 5 } } as const;
// every fourth kill comes at a random time after the start, which may fall while the store is opened or migrated
const TIMED_EVERY = 4;

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

for (const backend of backends()) {
  const { articles: ARTICLES, kills: KILLS } = SIZES[backend.name];
  describe(`store on ${backend.name}`, () => {
    test(`${ARTICLES} articles added while add is killed with SIGKILL ${KILLS} times: every acknowledged article stored once, nothing twice`, { timeout: 900_000 }, async (t) => {
      const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
      t.diagnostic(`KILL_SEED=${seed}`);
      const random = seeded(seed);
      const dir = await mkdtemp(join(tmpdir(), 'wiretrace-many-'));
      dirs.push(dir);
      const files = await writeManyArticles(dir, ARTICLES, join(root, 'fixtures/stories'));
      const store = await backend.fresh();
      const acked = new Set<string>();
      let killed = 0;
      const started = Date.now();
      for (let kill = 0; kill < KILLS; kill++) {
        // each input prints one line (stored or unchanged): past those already acknowledged, up to 2.5x the share of one run
        const kind = kill % TIMED_EVERY === TIMED_EVERY - 1
          ? { afterMs: Math.floor(random() * 3000) }
          : { afterEvent: acked.size + 1 + Math.floor(random() * (2.5 * ARTICLES / KILLS)) };
        const run = await addInChild([dir], store.flags, kind, random);
        for (const key of run.acked) {
          assert.ok(!acked.has(key), `${key} acknowledged twice`);
          acked.add(key);
        }
        if (run.killed) killed++;
      }
      t.diagnostic(`${killed} of ${KILLS} runs killed before they finished; ${acked.size} articles acknowledged by them; ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const last = await addInChild([dir], store.flags, null, random);
      assert.equal(last.killed, false);
      for (const key of last.acked) assert.ok(!acked.has(key), `${key} acknowledged twice`);
      const final = await storedArticles(store.options);
      assert.equal(final.size, files.length);
      for (const key of acked) assert.ok(final.has(key), `acknowledged ${key} lost`);
      for (const [key, held] of final) assert.deepEqual(held, { versions: 1, members: 1 }, key);
      const db = await openStore(store.options);
      try {
        assert.deepEqual(await staleStories(db), []);
        const counts = (await db.query<{ articles: number; versions: number; members: number }>(
          `select (select count(*) from articles)::integer as articles, (select count(*) from versions)::integer as versions,
                  (select count(*) from story_members)::integer as members`))[0];
        assert.deepEqual(counts, { articles: ARTICLES, versions: ARTICLES, members: ARTICLES });
      } finally {
        await db.close();
      }
      t.diagnostic(`all ${ARTICLES} stored once each; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    });
  });
}
