import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { readBundle } from '../cli/read-bundle.ts';
import { openStore } from './open-store.ts';
import { addInChild, seeded, storedArticles } from './_crash-child.ts';
import { staleStories } from './stale-stories.ts';
import { backends } from './_backends.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputs = ['examples/harbor-bridge', 'fixtures/stories/grain-deal', 'fixtures/stories/drought-harvest', 'fixtures/stories/airline-strike'].map((p) => join(root, p));
const KILLS = 3;

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    test(`add killed with SIGKILL at ${KILLS} random moments loses nothing acknowledged and duplicates nothing`, { timeout: 600_000 }, async (t) => {
      const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
      t.diagnostic(`KILL_SEED=${seed}`);
      const random = seeded(seed);
      const store = await backend.fresh();
      const sink = new Writable({ write(_c, _e, done) { done(); } });
      const total = (await readBundle(inputs, {}, { stdout: sink, stderr: sink, stdin: new PassThrough(), stdoutIsTTY: false, stderrIsTTY: false })).length;
      const acked = new Set<string>();
      let analysedBefore = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        // the last kill comes during the analyses, the others while articles are stored
        const stored = (await storedArticles(store.options)).size;
        // (each input article prints one line, stored or unchanged, then each analysis one)
        const killAfter = kill === KILLS - 1 ? total + 1 : stored + 1 + Math.floor(random() * 5);
        const run = await addInChild(inputs, store.flags, { afterEvent: killAfter }, random);
        for (const key of run.acked) acked.add(key);
        analysedBefore += run.analysed;
        const after = await storedArticles(store.options);
        for (const key of acked) assert.deepEqual(after.get(key), { versions: 1, members: 1 }, `${key} after kill ${kill + 1}`);
        for (const [key, held] of after) assert.deepEqual(held, { versions: 1, members: 1 }, key);
      }
      const last = await addInChild(inputs, store.flags, null, random);
      assert.equal(last.killed, false);
      const final = await storedArticles(store.options);
      assert.equal(final.size, total);
      for (const key of acked) assert.ok(final.has(key), key);
      for (const [key, held] of final) assert.deepEqual(held, { versions: 1, members: 1 }, key);
      // the stories a killed run left unanalysed were analysed by the next
      const db = await openStore(store.options);
      try {
        assert.deepEqual(await staleStories(db), []);
        const analyses = await db.query<{ n: number; stories: number }>('select count(*)::integer as n, count(distinct story_id)::integer as stories from analyses');
        assert.deepEqual(analyses[0], { n: 4, stories: 4 });
      } finally {
        await db.close();
      }
      t.diagnostic(`acknowledged before the last run: ${acked.size}; analyses acknowledged by killed runs: ${analysedBefore}`);
    });
  });
}
