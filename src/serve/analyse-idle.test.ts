import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { backends, runCli } from '../store/_backends.ts';
import { openStore, type StoreOptions } from '../store/open-store.ts';
import { staleStories } from '../store/stale-stories.ts';
import { analyseWhenIdle } from './analyse-idle.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputs = [join(root, 'examples/harbor-bridge'), join(root, 'fixtures/stories/grain-deal')];

async function analysesOf(options: StoreOptions): Promise<{ story: string; claims: unknown; findings: unknown }[]> {
  const db = await openStore(options);
  try {
    return await db.query(`select s.key as story, a.claims, a.findings from analyses a join stories s on s.id = a.story_id order by s.key`);
  } finally {
    await db.close();
  }
}

for (const backend of backends()) {
  describe(`background analysis on ${backend.name}`, () => {
    test('stories left stale by add --no-analyse are analysed once no request runs, as add analyses them', async () => {
      const later = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', '--no-analyse', ...later.flags, ...inputs)).code, 0);
      const db = await openStore(later.options);
      let drained!: (n: number) => void;
      const done = new Promise<number>((resolve) => { drained = resolve; });
      const analyser = analyseWhenIdle(db, { quietMs: 20, pollMs: 20, onDrained: (n) => drained(n) });
      try {
        // a request running: nothing is analysed
        const end = analyser.enter();
        await sleep(1500);
        assert.equal((await staleStories(db)).length, 2);
        end();
        assert.equal(await done, 2);
        assert.deepEqual(await staleStories(db), []);
      } finally {
        await analyser.stop();
        await db.close();
      }
      const now = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', ...now.flags, ...inputs)).code, 0);
      assert.deepEqual(await analysesOf(later.options), await analysesOf(now.options));
    });
  });
}
