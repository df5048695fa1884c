import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { backends, runCli } from '../store/_backends.ts';
import { openStore, type StoreOptions } from '../store/open-store.ts';
import { staleStories } from '../store/stale-stories.ts';
import { startAnalysisThread } from '../pipeline/start-analysis-thread.ts';
import type { StaleStory } from '../store/stale-stories.ts';
import { analyseWhenIdle } from './analyse-idle.ts';
import { serveStore } from './_serve-for-test.ts';

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
    test('stories left stale by add --no-analyse are analysed on the analysis thread once no request runs, as add analyses them here', async () => {
      const later = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', '--no-analyse', ...later.flags, ...inputs)).code, 0);
      const db = await openStore(later.options);
      let drained!: (n: number) => void;
      const done = new Promise<number>((resolve) => { drained = resolve; });
      const thread = startAnalysisThread();
      const analyser = analyseWhenIdle(db, { quietMs: 20, pollMs: 20, thread, onDrained: (n) => drained(n) });
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
        await thread.stop();
        await db.close();
      }
      const now = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', ...now.flags, ...inputs)).code, 0);
      assert.deepEqual(await analysesOf(later.options), await analysesOf(now.options));
    });

    test('the server answers requests while a story is analysed', async () => {
      const stale = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', '--no-analyse', ...stale.flags, ...inputs)).code, 0);
      let started!: (story: StaleStory) => void;
      const analysing = new Promise<StaleStory>((resolve) => { started = resolve; });
      const analysed: string[] = [];
      let drained!: () => void;
      const done = new Promise<void>((resolve) => { drained = resolve; });
      const served = await serveStore(stale.options, { analyseIdle: { quietMs: 20, pollMs: 20, onStarted: (story) => started(story), onAnalysed: (story) => analysed.push(story.key), onDrained: () => drained() } });
      try {
        const story = await analysing;
        const list = await served.json<{ total: number }>('/api/stories');
        assert.equal(list.total, 2);
        // answered before the story's analysis ended: the request did not wait for it
        assert.ok(!analysed.includes(story.key), `the request waited for the analysis of ${story.key}`);
        await done;
        assert.deepEqual((await staleStories(served.db)).length, 0);
      } finally {
        await served.close();
      }
    });

    test('a failing analysis is reported, nothing of it is stored, and the server goes on answering', async () => {
      const stale = await backend.fresh();
      assert.equal((await runCli('add', '--no-embeddings', '--no-analyse', ...stale.flags, ...inputs)).code, 0);
      const warnings: string[] = [];
      let warned!: () => void;
      const failed = new Promise<void>((resolve) => { warned = resolve; });
      const thread = startAnalysisThread({ source: "throw new Error('module missing');" });
      const served = await serveStore(stale.options, { analyseIdle: { quietMs: 20, pollMs: 20, thread, warn: (message) => { warnings.push(message); warned(); } } });
      try {
        await failed;
        assert.match(warnings[0]!, /^background analysis: The analysis thread failed: module missing/);
        assert.equal((await served.json<{ total: number }>('/api/stories')).total, 2);
        assert.ok(Array.isArray((await served.json<{ outlets: unknown[] }>('/api/outlets')).outlets));
        assert.equal((await staleStories(served.db)).length, 2);
        assert.deepEqual(await served.db.query('select id from analyses'), []);
      } finally {
        await served.close();
        await thread.stop();
      }
    });
  });
}
