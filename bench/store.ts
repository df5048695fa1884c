// npm run bench:store — the store on its two backends, side by side on the same articles (issue 13). Prints figures;
// asserts nothing. For each round, PGlite then PostgreSQL (a throwaway cluster this bench starts on 127.0.0.1):
//   open: a new store (PGlite creates its cluster; both apply the migrations), then opening it again;
//   add: every article through `addArticle` (grouping into stories + one transaction per article), articles/s;
//   again: the same articles a second time (each found unchanged), articles/s;
//   list: reading every stored story back.
// Grouping alone (no store) is timed first, so the store's share of `add` shows. Analyses are not timed here: they
// are the pipeline's work, the same on both backends. `-- --articles N` (default 300), `-- --rounds N` (default 2).
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/index.ts';
import { expandInputs } from '../src/ingest/expand-inputs.ts';
import { readEntries } from '../src/ingest/read-entries.ts';
import { streamArticles } from '../src/pipeline/stream-articles.ts';
import { emptyGrouping, placeArticle } from '../src/stories/group-stories.ts';
import { addArticle } from '../src/store/add-article.ts';
import { listStories } from '../src/store/list-stories.ts';
import { openStore, type StoreOptions } from '../src/store/open-store.ts';
import { startTestPostgres } from '../src/store/_test-postgres.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({ options: { articles: { type: 'string' }, rounds: { type: 'string' } } });
const wanted = Number(flags.articles ?? 300);
const rounds = Number(flags.rounds ?? 2);

const storiesDir = join(root, 'fixtures/stories');
const folders = [join(root, 'examples/harbor-bridge'), ...readdirSync(storiesDir).map((d) => join(storiesDir, d)).filter((p) => statSync(p).isDirectory())];
const { entries } = await expandInputs(folders);
const articles: Article[] = [];
for await (const item of streamArticles(readEntries(entries, {}), { windowDocuments: 1 })) {
  if (item.kind === 'article') articles.push(item.article);
  if (articles.length >= wanted) break;
}
console.log(`${articles.length} articles from ${folders.length} story folders; ${rounds} rounds; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
let start = process.hrtime.bigint();
const alone = emptyGrouping();
for (const article of articles) await placeArticle(alone, article);
const groupingRate = articles.length / seconds(start);
console.log(`grouping alone (no store): ${groupingRate.toFixed(0)} articles/s`);

const server = await startTestPostgres();
if ('missing' in server) throw new Error(server.missing);
const dirs: string[] = [];
const fresh = async (backend: 'pglite' | 'postgres'): Promise<StoreOptions> => {
  if (backend === 'postgres') return { db: await server.createDatabase() };
  const data = await mkdtemp(join(tmpdir(), 'wiretrace-bench-store-'));
  dirs.push(data);
  return { data };
};

interface Figures { firstOpen: number; reopen: number; add: number; again: number; list: number }
const results: Record<string, Figures[]> = { pglite: [], postgres: [] };
try {
  for (let round = 1; round <= rounds; round++) {
    for (const backend of ['pglite', 'postgres'] as const) {
      const options = await fresh(backend);
      start = process.hrtime.bigint();
      await (await openStore(options)).close();
      const firstOpen = seconds(start);
      start = process.hrtime.bigint();
      const db = await openStore(options);
      const reopen = seconds(start);
      const grouping = emptyGrouping();
      start = process.hrtime.bigint();
      for (const article of articles) await addArticle(db, grouping, article);
      const add = articles.length / seconds(start);
      start = process.hrtime.bigint();
      for (const article of articles) await addArticle(db, grouping, article);
      const again = articles.length / seconds(start);
      start = process.hrtime.bigint();
      const stories = await listStories(db);
      const list = seconds(start);
      await db.close();
      results[backend]!.push({ firstOpen, reopen, add, again, list });
      console.log(`round ${round} ${backend.padEnd(8)} first open ${firstOpen.toFixed(2)} s, open ${reopen.toFixed(2)} s, add ${add.toFixed(1)} articles/s, again ${again.toFixed(1)} articles/s, list ${stories.length} stories ${list.toFixed(2)} s`);
    }
  }
} finally {
  await server.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (name: string, key: keyof Figures, unit: string, digits: number): void => {
  const p = median(results.pglite!.map((r) => r[key]));
  const q = median(results.postgres!.map((r) => r[key]));
  console.log(`| ${name} | ${p.toFixed(digits)} ${unit} | ${q.toFixed(digits)} ${unit} | ${(p / q).toFixed(2)} |`);
};
console.log('\nmedian of the rounds | PGlite | PostgreSQL 15 | PGlite / PostgreSQL');
console.log('|---|---|---|---|');
row('first open (create + migrate)', 'firstOpen', 's', 2);
row('open again', 'reopen', 's', 2);
row('add (group + store)', 'add', 'articles/s', 1);
row('add again (all unchanged)', 'again', 'articles/s', 1);
row('list every story', 'list', 's', 2);
