import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { readBundle } from '../cli/read-bundle.ts';
import { openStore, type StoreOptions } from './open-store.ts';
import { staleStories } from './stale-stories.ts';
import { backends } from './_backends.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputs = ['examples/harbor-bridge', 'fixtures/stories/grain-deal', 'fixtures/stories/drought-harvest', 'fixtures/stories/airline-strike'].map((p) => join(root, p));
const KILLS = 3;

interface Child { readonly acked: string[]; readonly analysed: number; readonly killed: boolean; readonly code: number | null }

// `wiretrace add --json` in a child process, killed with SIGKILL a random moment after the `killAfter`th event it
// acknowledged (stored or analysed; never, when null). Every "stored" line it printed before dying was acknowledged.
function addInChild(flags: readonly string[], killAfter: number | null, random: () => number): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'add', '--json', '--no-embeddings', ...flags, ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let analysed = 0;
    let events = 0;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += String(chunk); });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line) as { event: string; key?: string };
      if (event.event === 'stored') acked.push(event.key!);
      if (event.event === 'analysed') analysed++;
      if (killAfter !== null && ++events === killAfter && !killed) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40));
      }
    });
    child.on('error', reject);
    // 'exit' after the pid is reaped: the embedded store's lock names a process that is gone
    child.on('exit', (code) => {
      if (!killed && code !== 0) reject(new Error(`add exited ${code}: ${stderr}`));
      else resolve({ acked, analysed, killed, code });
    });
  });
}

// Every stored article: its key, and how many versions and story memberships it has.
async function storedArticles(options: StoreOptions): Promise<Map<string, { versions: number; members: number }>> {
  const db = await openStore(options);
  try {
    const rows = await db.query<{ key: string; versions: number; members: number }>(
      `select a.key, count(v.id)::integer as versions, count(m.version_id)::integer as members
       from articles a left join versions v on v.article_id = a.id left join story_members m on m.version_id = v.id group by a.key`);
    return new Map(rows.map((r) => [r.key, { versions: r.versions, members: r.members }]));
  } finally {
    await db.close();
  }
}

// A small seeded generator (mulberry32): the kill moments are reproducible from the seed the test prints.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
        const run = await addInChild(store.flags, killAfter, random);
        for (const key of run.acked) acked.add(key);
        analysedBefore += run.analysed;
        const after = await storedArticles(store.options);
        for (const key of acked) assert.deepEqual(after.get(key), { versions: 1, members: 1 }, `${key} after kill ${kill + 1}`);
        for (const [key, held] of after) assert.deepEqual(held, { versions: 1, members: 1 }, key);
      }
      const last = await addInChild(store.flags, null, random);
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
