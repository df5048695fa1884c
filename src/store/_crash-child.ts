import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openStore, type StoreOptions } from './open-store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** How one `add` child ended: the keys it acknowledged (printed as stored), its analyses, and whether it was killed. */
export interface Child { readonly acked: string[]; readonly analysed: number; readonly killed: boolean; readonly code: number | null }

/** When to kill the child: a random moment after its `events`th line, or `ms` after it started (it may be opening the store), or never. */
export type Kill = { readonly afterEvent: number } | { readonly afterMs: number } | null;

/**
 * `wiretrace add --json` in a child process, killed with SIGKILL at the moment `kill` says. Every "stored" line it
 * printed before dying was acknowledged (printed after its commit).
 */
export function addInChild(inputs: readonly string[], flags: readonly string[], kill: Kill, random: () => number): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'add', '--json', '--no-embeddings', ...flags, ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let analysed = 0;
    let events = 0;
    let killed = false;
    let stderr = '';
    const killNow = (): void => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    if (kill !== null && 'afterMs' in kill) setTimeout(killNow, kill.afterMs);
    child.stderr.on('data', (chunk: Buffer) => { stderr += String(chunk); });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line) as { event: string; key?: string };
      if (event.event === 'stored') acked.push(event.key!);
      if (event.event === 'analysed') analysed++;
      if (kill !== null && 'afterEvent' in kill && ++events === kill.afterEvent) setTimeout(killNow, Math.floor(random() * 40));
    });
    child.on('error', reject);
    // 'exit' after the pid is reaped: the embedded store's lock names a process that is gone
    child.on('exit', (code) => {
      if (!killed && code !== 0) reject(new Error(`add exited ${code}: ${stderr}`));
      else resolve({ acked, analysed, killed: killed && code !== 0, code });
    });
  });
}

/** Every stored article: its key, and how many versions and story memberships it has. */
export async function storedArticles(options: StoreOptions): Promise<Map<string, { versions: number; members: number }>> {
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

/** A small seeded generator (mulberry32): the kill moments are reproducible from the seed a test prints. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
