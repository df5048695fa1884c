import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { readBundle } from '../cli/read-bundle.ts';
import type { Article } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { streamArticles } from '../pipeline/stream-articles.ts';
import { readVersions } from './read-versions.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';
import { openStore, StoreOpenError, type StoreOptions } from './open-store.ts';
import type { StoredStory } from './list-stories.ts';
import { backends, runCli } from './_backends.ts';
import { ReportCache } from '../serve/report-cache.ts';
import { findStory } from './read-story.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const harbor = join(root, 'examples/harbor-bridge');
const grain = join(root, 'fixtures/stories/grain-deal');

interface Event { readonly event: string; readonly story?: string; readonly version?: number; readonly key?: string; readonly claims?: number; readonly findings?: number }
const events = (stdout: string): Event[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Event);

async function counts(options: StoreOptions): Promise<Record<string, number>> {
  const db = await openStore(options);
  try {
    const out: Record<string, number> = {};
    for (const table of ['articles', 'versions', 'stories', 'story_members', 'analyses', 'removed_pieces']) {
      out[table] = (await db.query<{ n: number }>(`select count(*)::integer as n from ${table}`))[0]!.n;
    }
    return out;
  } finally {
    await db.close();
  }
}

// The Coastline Daily rewrite of the example, as a page at one URL that is edited after publication.
async function editedPage(dir: string): Promise<{ first: string; second: string }> {
  const text = await readFile(join(harbor, '02-coastline-daily.txt'), 'utf8');
  const body = `${text.trim()}\n\nThe authority said it would publish a revised schedule next month.`;
  const item = (t: string): string => `${JSON.stringify({ url: 'https://coastline.example/harbor-bridge', outlet: 'Coastline Daily Online', title: 'Harbor bridge work halted', text: t })}\n`;
  const first = join(dir, 'first.jsonl');
  const second = join(dir, 'second.jsonl');
  await writeFile(first, item(body));
  await writeFile(second, item(body.replace('revised schedule next month', 'revised schedule next year')));
  return { first, second };
}

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    let store: { options: StoreOptions; flags: readonly string[] };

    test('opening a new store applies every migration once; opening it again applies none', async (t) => {
      store = await backend.fresh();
      const db = await openStore(store.options);
      try {
        const applied = await db.query<{ version: number }>('select version from schema_migrations order by version');
        assert.deepEqual(applied.map((r) => r.version), MIGRATIONS.map((m) => m.version));
        assert.deepEqual(await migrate(db, MIGRATIONS), []);
      } finally {
        await db.close();
      }
    });

    test('add stores each article once, groups the two stories and stores an analysis of each', async (t) => {
      const missing = join(root, 'no-such-folder');
      const run = await runCli('add', '--json', '--no-embeddings', ...store.flags, harbor, missing, grain);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /no-such-folder/);
      const seen = events(run.stdout);
      const stored = seen.filter((e) => e.event === 'stored');
      assert.equal(stored.length, 12);
      assert.ok(stored.every((e) => e.version === 1));
      assert.equal(new Set(stored.map((e) => e.story)).size, 2);
      const analysed = seen.filter((e) => e.event === 'analysed');
      assert.equal(analysed.length, 2);
      assert.deepEqual(await counts(store.options), { ...await counts(store.options), articles: 12, versions: 12, stories: 2, story_members: 12, analyses: 2 });

      // the stored analysis is the analysis `analyze` makes of the same articles (each article named by its source)
      const sink = new Writable({ write(_c, _e, done) { done(); } });
      const articles = await readBundle([harbor], {}, { stdout: sink, stderr: sink, stdin: new PassThrough(), stdoutIsTTY: false, stderrIsTTY: false });
      const report = await analyzeArticles(articles, { embedBudget: 0 });
      const db = await openStore(store.options);
      try {
        const [row] = await db.query<{ claims: unknown[]; findings: unknown[] }>(
          `select claims, findings from analyses a join stories s on s.id = a.story_id
           where s.key = (select v.ref from versions v join articles a on a.id = v.article_id where a.source = $1)`, [join(harbor, '01-wire.txt')]);
        const refs = await db.query<{ ref: string; source: string }>('select v.ref, a.source from versions v join articles a on a.id = v.article_id');
        const bySource = (json: unknown, ids: ReadonlyMap<string, string>): unknown =>
          JSON.parse(JSON.stringify(json).replace(/"([0-9a-f]{12})"/g, (whole, id: string) => (ids.has(id) ? JSON.stringify(ids.get(id)) : whole)));
        const storedIds = new Map(refs.map((r) => [r.ref, r.source]));
        const analyzeIds = new Map(articles.map((a) => [a.id, a.source]));
        assert.deepEqual(bySource(row!.claims, storedIds), bySource(report.claims, analyzeIds));
        assert.deepEqual(bySource(row!.findings, storedIds), bySource(report.divergences, analyzeIds));
      } finally {
        await db.close();
      }
    });

    test('each stored version reads back as the article that was added: text, metadata, removed pieces, source map', async (t) => {
      const { entries } = await expandInputs([harbor, grain]);
      const added: Article[] = [];
      for await (const item of streamArticles(readEntries(entries, {}), { windowDocuments: 1 })) if (item.kind === 'article') added.push(item.article);
      const db = await openStore(store.options);
      try {
        const ids = await db.query<{ id: number }>('select id from versions order by id');
        const stored = await readVersions(db, ids.map((r) => r.id));
        assert.equal(stored.length, 12);
        assert.ok(added.some((a) => a.removed.length > 0));
        assert.deepEqual(stored, added);
      } finally {
        await db.close();
      }
    });

    test('adding the same inputs again stores nothing and analyses nothing', async (t) => {
      const before = await counts(store.options);
      const run = await runCli('add', '--json', '--no-embeddings', ...store.flags, grain, harbor);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(events(run.stdout).map((e) => e.event), Array(12).fill('unchanged'));
      assert.deepEqual(await counts(store.options), before);
    });

    test('a page seen again with changed text is a new version in its story, and the story is analysed again', async (t) => {
      const { first, second } = await editedPage(await mkdtemp(join(tmpdir(), 'wiretrace-pages-')));
      const one = events((await runCli('add', '--json', '--no-embeddings', ...store.flags, first)).stdout);
      const harborStory = one.find((e) => e.event === 'stored')!.story;
      assert.deepEqual(one.map((e) => [e.event, e.version]), [['stored', 1], ['analysed', undefined]]);
      const two = await runCli('add', '--json', '--no-embeddings', ...store.flags, second);
      assert.equal(two.code, 0, two.stderr);
      const edited = events(two.stdout);
      assert.deepEqual(edited.map((e) => [e.event, e.version, e.story]), [['stored', 2, harborStory], ['analysed', undefined, harborStory]]);
      assert.equal(edited[0]!.key, 'https://coastline.example/harbor-bridge');
      // the edit is a finding of its own, stored with the version: the paragraph's word diff
      const edits = (edited[0] as unknown as { edits: { rule: string; words?: { op: string; text: string }[] }[] }).edits;
      const reworded = edits.find((e) => e.rule === 'paragraph-reworded')!;
      assert.deepEqual(reworded.words!.filter((w) => w.op !== '=').map((w) => `${w.op}${w.text}`), ['-month', '+year']);
      const shown = await runCli('versions', ...store.flags, 'https://coastline.example/harbor-bridge');
      assert.match(shown.stdout, /version 2 .*: \d+ edits? since version 1\n.*\n.*paragraph-reworded: A paragraph was reworded: removed "month", added "year"\n.*\[-month-\]\{\+year\+\}/);
      const again = events((await runCli('add', '--json', '--no-embeddings', ...store.flags, first, second)).stdout);
      assert.deepEqual(again.map((e) => [e.event, e.version]), [['unchanged', 1], ['unchanged', 2]]);
      const list = await runCli('list', '--json', ...store.flags);
      const stories = events(list.stdout) as unknown as StoredStory[];
      const story = stories.find((s) => s.id === harborStory)!;
      assert.equal(story.articles.length, 7);
      assert.equal(story.versions, 8);
      assert.equal(story.edits, edits.length);
      assert.equal(story.analysis?.versions, 7);
      assert.equal(story.analysis?.current, true);
      assert.equal(stories.length, 2);
    });

    test('a later version stored before the store kept edits gets them on the next add, once', async () => {
      const db = await openStore(store.options);
      let kept: unknown[];
      try {
        kept = (await db.query<{ edits: unknown }>('select edits from version_diffs order by version_id')).map((r) => r.edits);
        assert.equal(kept.length, 1);
        await db.query('delete from version_diffs');
      } finally {
        await db.close();
      }
      const run = await runCli('add', '--json', '--no-embeddings', ...store.flags, join(harbor, '01-wire.txt'));
      assert.equal(run.code, 0, run.stderr);
      const again = await openStore(store.options);
      try {
        assert.deepEqual((await again.query<{ edits: unknown }>('select edits from version_diffs order by version_id')).map((r) => r.edits), kept);
      } finally {
        await again.close();
      }
    });

    test('each story keeps its latest time: the last publication, else arrival, of the versions in it', async () => {
      const db = await openStore(store.options);
      try {
        const rows = await db.query<{ key: string; latest: Date | null; expected: Date }>(
          `select s.key, s.latest, max(coalesce(v.published, v.added_at)) as expected
           from stories s join story_members m on m.story_id = s.id join versions v on v.id = m.version_id
           group by s.id order by s.id`);
        assert.equal(rows.length, 2);
        for (const row of rows) assert.equal(row.latest?.getTime(), row.expected.getTime(), row.key);
      } finally {
        await db.close();
      }
    });

    test('each version holds its story\'s id, as its membership does; a store from before migration 7 gets them on open', async () => {
      const mismatched = `select v.id from versions v left join story_members m on m.version_id = v.id
                          where v.story_id is null or v.story_id is distinct from m.story_id`;
      const db = await openStore(store.options);
      try {
        assert.ok((await db.query<{ n: number }>('select count(*)::integer as n from versions'))[0]!.n > 10);
        assert.deepEqual(await db.query(mismatched), []);
        // the store as migration 6 left it: no story ids, no matching_stories
        await db.transaction(async (tx) => {
          await tx.query('drop function matching_stories(text)');
          await tx.query('alter table versions drop column story_id');
          await tx.query('delete from schema_migrations where version = 7');
        });
      } finally {
        await db.close();
      }
      const again = await openStore(store.options);
      try {
        assert.deepEqual((await again.query<{ version: number }>('select max(version) as version from schema_migrations'))[0]!.version, 7);
        assert.deepEqual(await again.query(mismatched), []);
      } finally {
        await again.close();
      }
    });

    test('list shows each stored story with its outlets and its analysis', async (t) => {
      const run = await runCli('list', ...store.flags);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^2 stories from 13 articles\n/);
      assert.match(run.stdout, /7 articles · 4 Mar 2026 · English\n.*Coastline Daily.*\n\s+8 versions, \d+ edits? between them · analysed \S+ \S+ UTC: \d+ claims, \d+ findings\n/);
    });

    test('a story told in several languages: its main language compared, which one kept with the analysis, the others listed as not compared', async () => {
      const mixed = await backend.fresh();
      const languages = join(root, 'fixtures/languages');
      const added = await runCli('add', '--no-embeddings', '--json', ...mixed.flags, harbor, join(languages, 'de-hafenkurier.txt'), join(languages, 'es-diario-del-puerto.txt'));
      assert.equal(added.code, 0, added.stderr);
      const story = events(added.stdout).find((e) => e.event === 'analysed')!.story!;
      const db = await openStore(mixed.options);
      try {
        const stored = await new ReportCache(db).report((await findStory(db, story))!);
        const report = stored!.report;
        assert.equal(report.comparedLanguage, 'en');
        assert.deepEqual((report.notCompared ?? []).map((a) => [a.source.replace(/.*\//, ''), a.language]).sort(), [['de-hafenkurier.txt', 'de'], ['es-diario-del-puerto.txt', 'es']]);
        const aside = new Set((report.notCompared ?? []).map((a) => a.id));
        assert.equal(report.articles.length, 6);
        assert.ok(report.articles.every((a) => !aside.has(a.id)));
        assert.ok(report.claims.every((c) => c.articles.every((id) => !aside.has(id))), 'no claim holds their words');
        assert.equal((JSON.parse(stored!.json) as { comparedLanguage?: string }).comparedLanguage, 'en');
      } finally {
        await db.close();
      }
    });

    test('add --no-analyse stores and groups only; the next add analyses the stories it left', async () => {
      const later = await backend.fresh();
      const stored = await runCli('add', '--json', '--no-embeddings', '--no-analyse', ...later.flags, harbor, grain);
      assert.equal(stored.code, 0, stored.stderr);
      assert.deepEqual(new Set(events(stored.stdout).map((e) => e.event)), new Set(['stored']));
      assert.equal((await counts(later.options)).analyses, 0);
      // on a terminal it says the analysis waits, not that none was needed
      const again = await runCli('add', '--no-embeddings', '--no-analyse', ...later.flags, grain);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /analysis left for later/);
      assert.doesNotMatch(again.stdout, /0 stories analysed/);
      const analysed = events((await runCli('add', '--json', '--no-embeddings', ...later.flags, harbor)).stdout);
      const fromHarbor = events(stored.stdout).filter((e) => (e as { source?: string }).source?.startsWith(harbor)).length;
      assert.ok(fromHarbor > 0);
      assert.deepEqual(analysed.filter((e) => e.event !== 'analysed').map((e) => e.event), Array(fromHarbor).fill('unchanged'));
      assert.equal(analysed.filter((e) => e.event === 'analysed').length, 2);
      assert.equal((await counts(later.options)).analyses, 2);
    });

    test('matching_versions finds the versions a query matches, sequential scans off inside it alone', async () => {
      const db = await openStore(store.options);
      try {
        for (const q of ['bridge', 'halting', 'bridge -piles', '"harbor bridge"', 'bridge or wheat', 'zzyzx']) {
          const direct = await db.reader.query<{ id: number }>(
            `select id from versions where search @@ (websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1)) order by id`, [q]);
          const found = await db.reader.query<{ id: number }>('select v as id from matching_versions($1) as v order by v', [q]);
          assert.deepEqual(found, direct, q);
        }
        assert.ok((await db.reader.query('select v from matching_versions($1) as v', ['bridge'])).length > 0);
        const [fn] = await db.reader.query<{ config: string[] }>(`select proconfig as config from pg_proc where proname = 'matching_versions'`);
        assert.deepEqual(fn?.config, ['enable_seqscan=off']);
        assert.equal((await db.reader.query<{ s: string }>(`select current_setting('enable_seqscan') as s`))[0]!.s, 'on');
      } finally {
        await db.close();
      }
    });

    test('matching_stories finds the stories of the versions a query matches, sequential scans off inside it alone', async () => {
      const db = await openStore(store.options);
      try {
        for (const q of ['bridge', 'halting', 'bridge -piles', '"harbor bridge"', 'bridge or wheat', 'wheat -grain', 'zzyzx']) {
          const direct = await db.reader.query<{ id: number }>(
            `select distinct m.story_id as id from versions v join story_members m on m.version_id = v.id
             where v.search @@ (websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1)) order by 1`, [q]);
          const found = await db.reader.query<{ id: number }>('select s as id from matching_stories($1) as s order by s', [q]);
          assert.deepEqual(found, direct, q);
        }
        assert.equal((await db.reader.query('select s from matching_stories($1) as s', ['bridge or wheat'])).length, 2);
        const [fn] = await db.reader.query<{ config: string[] }>(`select proconfig as config from pg_proc where proname = 'matching_stories'`);
        assert.deepEqual(fn?.config, ['enable_seqscan=off']);
      } finally {
        await db.close();
      }
    });

    if (backend.name === 'postgres') test('readers run the first 200 statement texts as named statements, the rest unnamed', async () => {
      const listed = 'select statement from pg_prepared_statements';
      const db = await openStore(store.options);
      try {
        // a named statement is kept by the connection it ran on, and so lists itself there
        assert.ok((await db.reader.query<{ statement: string }>(listed)).some((r) => r.statement === listed));
        for (let k = 1; k < 200; k++) await db.reader.query(`select ${k} as n`);
        assert.equal((await db.reader.query<{ n: number }>('select 200 as n'))[0]!.n, 200);
        const unnamed = `${listed} where true`;
        assert.ok(!(await db.reader.query<{ statement: string }>(unnamed)).some((r) => r.statement === unnamed), 'past 200 texts: unnamed');
        assert.ok((await db.reader.query<{ statement: string }>(listed)).some((r) => r.statement === listed), 'a named one runs again');
      } finally {
        await db.close();
      }
    });

    test('readers see what the writer committed, and a reader\'s transaction keeps its settings to itself', async () => {
      const db = await openStore(store.options);
      try {
        const stories = async (on: { query: typeof db.query }): Promise<number> => (await on.query<{ n: number }>('select count(*)::integer as n from stories'))[0]!.n;
        assert.equal(await stories(db.reader), await stories(db));
        const inside = await db.reader.transaction(async (tx) => {
          await tx.exec('set local enable_seqscan = off');
          return (await tx.query<{ s: string }>(`select current_setting('enable_seqscan') as s`))[0]!.s;
        });
        assert.equal(inside, 'off');
        for (let k = 0; k < 6; k++) assert.equal((await db.reader.query<{ s: string }>(`select current_setting('enable_seqscan') as s`))[0]!.s, 'on');
        if (backend.name === 'postgres') {
          // while the writer's connection is busy in a transaction, readers answer side by side on their own
          let writerDone = false;
          const writer = db.transaction(async (tx) => { await tx.query('select pg_sleep(1.5)'); writerDone = true; });
          const read = await Promise.all(Array.from({ length: 3 }, () => stories(db.reader)));
          assert.equal(writerDone, false, 'the readers waited for the writer');
          assert.deepEqual(read, [read[0], read[0], read[0]]);
          await writer;
        }
      } finally {
        await db.close();
      }
    });

    test('a store written by a newer wiretrace is refused in one line', async (t) => {
      const db = await openStore(store.options);
      await db.query(`insert into schema_migrations (version, name) values (999, 'future')`);
      await db.close();
      await assert.rejects(openStore(store.options), (error: unknown) => error instanceof StoreOpenError && /newer wiretrace \(schema 999/.test(error.message));
      const run = await runCli('list', ...store.flags);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^wiretrace: store "[^"]+": cannot bring its schema up to date: it was written by a newer wiretrace \(schema 999, this one knows up to \d+\)\n$/);
    });
  });
}

test('a store that cannot be reached or is in use is named in one line', async () => {
  const refused = await runCli('list', '--db', 'postgres://someone:secret@127.0.0.1:1/nothing');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^wiretrace: store "postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing": cannot open it: .*ECONNREFUSED.*\n$/);
  assert.doesNotMatch(refused.stderr, /secret/);
  const wrong = await runCli('list', '--db', 'mysql://x');
  assert.match(wrong.stderr, /a database URL starts with postgres:\/\//);
  const data = await mkdtemp(join(tmpdir(), 'wiretrace-store-'));
  await writeFile(join(data, 'lock'), `${process.ppid}\n`);
  const locked = await runCli('list', '--data', data);
  assert.equal(locked.code, 1);
  assert.match(locked.stderr, /: cannot open it: it is open in another wiretrace process \(pid \d+\)\n$/);
});
