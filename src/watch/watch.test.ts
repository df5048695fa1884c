import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ArticleHistory } from '../model/index.ts';
import type { StoredFeed } from '../store/feed-list.ts';
import type { StoredStory } from '../store/list-stories.ts';
import { openStore } from '../store/open-store.ts';
import { backends, runCli } from '../store/_backends.ts';
import { startFeedSite, type FeedSite } from './_feed-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const flood = {
  title: 'Flood kills at least 40 in river valley',
  paragraphs: [
    'At least 40 people were killed when the Marra river burst its banks on Tuesday, police in the valley town of Selby said.',
    '"We will not resign," the regional minister told reporters outside the assembly on Wednesday, as criticism grew.',
    'The government has faced criticism for cutting the flood defence budget by a third last year.',
    'Rescue teams were still searching the lower valley for survivors late on Wednesday, officials said.',
  ],
};
const edited = {
  title: 'Minister may have misjudged flood defences, critics say',
  paragraphs: [
    'Some 25 people were killed when the Marra river burst its banks on Tuesday, police in the valley town of Selby said.',
    '"We will consider our options," the regional minister told reporters outside the assembly on Wednesday, as criticism grew.',
    'Rescue teams were still searching the lower valley for survivors late on Wednesday, officials said.',
  ],
};
// the same story told again on another page: grouped with the first, so the story is analysed
const floodFollowUp = {
  title: 'Valley flood toll reaches 40 as rescuers search for survivors',
  paragraphs: [
    'At least 40 people were killed when the Marra river burst its banks on Tuesday, police in Selby said on Wednesday.',
    'Rescue teams were searching the lower valley for survivors late on Wednesday, officials said, as the water began to fall.',
    'The regional minister told reporters outside the assembly that he would not resign.',
  ],
};
const strike = {
  title: 'Port strike enters third week as talks stall',
  paragraphs: [
    'Dock workers at the port of Halden extended their strike into a third week on Monday after talks with employers stalled.',
    'The union says its members have not had a pay rise in four years, while the employers say a 3% offer is final.',
    'Shipping lines have begun diverting container vessels to neighbouring ports, a spokesperson for the port said.',
  ],
};
const ferry = {
  title: 'Ferry runs aground off Kessel island, all 212 passengers safe',
  paragraphs: [
    'A passenger ferry ran aground off Kessel island early on Friday, and all 212 passengers were brought ashore by lifeboat, the coastguard said.',
    'The vessel, operated by Norland Lines, had left the mainland port of Brask an hour earlier in high winds.',
  ],
};
const secret = {
  title: 'Draft budget leaked ahead of vote',
  paragraphs: ['A draft of the regional budget was published online on Thursday, two days before the assembly was due to vote on it.'],
};

const json = (stdout: string): Record<string, unknown>[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

// Feeds that must not stop the others: one answers 500, one never answers, one sends 50 MB, one is an XML bomb.
function addBadFeeds(site: FeedSite): string[] {
  site.routes.set('/error.xml', (_req, res) => { res.writeHead(500).end('down'); });
  site.routes.set('/hang.xml', () => undefined);
  site.routes.set('/huge.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const more = (): void => {
      while (sent < 50 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) { res.once('drain', more); return; }
      }
      res.end();
    };
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
    more();
  });
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  site.routes.set('/bomb.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]><rss version="2.0"><channel><title>&l9;</title><item><title>&l9;</title><link>${site.base}/bomb-page</link><description>&l9;</description></item></channel></rss>`);
  });
  site.routes.set('/robots.txt', (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'); });
  return ['/error.xml', '/hang.xml', '/huge.xml', '/bomb.xml'].map((p) => `${site.base}${p}`);
}

for (const backend of backends()) {
  describe(`watch on ${backend.name}`, () => {
    let site: FeedSite;
    let store: Awaited<ReturnType<typeof backend.fresh>>;
    const watch = (...args: string[]): ReturnType<typeof runCli> => runCli('watch', '--once', '--json', '--allow-private', '--no-embeddings', '--timeout', '1500', ...store.flags, ...args);
    const feeds = async (): Promise<Map<string, StoredFeed>> => new Map((json((await runCli('feeds', 'list', '--json', ...store.flags)).stdout) as unknown as StoredFeed[]).map((f) => [f.url.replace(site.base, ''), f]));

    before(async () => {
      site = await startFeedSite();
      site.pages.set('/flood', { ...flood });
      site.pages.set('/strike', { ...strike });
      site.pages.set('/private/budget', { ...secret });
      site.pages.set('/flood-toll', { ...floodFollowUp });
      site.listed.push('/flood', '/strike', '/private/budget', '/flood-toll');
      store = await backend.fresh();
    });
    after(() => site.close());

    test('new items are stored; feeds that fail, hang, send 50 MB or an XML bomb do not stop the others; robots.txt is honoured', { timeout: 180_000 }, async () => {
      const bad = addBadFeeds(site);
      const run = await watch(`${site.base}/feed.xml`, ...bad.slice(0, 3));
      assert.equal(run.code, 0, run.stderr);
      // a feed that cannot be read when it is given is named and not added
      for (const path of ['/error.xml', '/hang.xml', '/huge.xml']) assert.match(run.stderr, new RegExp(`${path}: `));
      const events = json(run.stdout);
      const stored = events.filter((e) => e.event === 'stored').map((e) => e.key);
      assert.deepEqual(stored.sort(), [`${site.base}/flood`, `${site.base}/flood-toll`, `${site.base}/strike`]);
      // grouped as add groups: the two flood pages are one story, analysed once both are in
      const floodStory = events.find((e) => e.key === `${site.base}/flood`)!.story;
      assert.equal(events.find((e) => e.key === `${site.base}/flood-toll`)!.story, floodStory);
      assert.deepEqual(events.filter((e) => e.event === 'analysed').map((e) => [e.story, e.versions]), [[floodStory, 2]]);
      const skipped = events.find((e) => e.event === 'skipped')!;
      assert.equal(skipped.url, `${site.base}/private/budget`);
      assert.match(String(skipped.reason), /disallowed by its site's robots\.txt/);
      assert.ok(!site.requests.some((r) => r.path === '/private/budget'), 'the disallowed page was fetched');
      // the bad feeds on the watch list are polled beside the good one, whose new item is picked up: each fails on its own
      await runCli('feeds', 'add', '--allow-private', ...store.flags, join(await opml(site, bad)));
      site.pages.set('/ferry', { ...ferry });
      site.listed.unshift('/ferry');
      const second = await watch();
      assert.equal(second.code, 0, second.stderr);
      assert.deepEqual(json(second.stdout).filter((e) => e.event === 'stored').map((e) => e.key), [`${site.base}/ferry`]);
      const failed = new Map(json(second.stdout).filter((e) => e.event === 'failed').map((e) => [String(e.feed).replace(site.base, ''), String(e.error)]));
      assert.match(failed.get('/error.xml') ?? '', /HTTP 500/);
      assert.match(failed.get('/hang.xml') ?? '', /Timed out after 1500 ms/);
      assert.match(failed.get('/huge.xml') ?? '', /size limit/);
      const listed = await feeds();
      assert.equal(listed.get('/feed.xml')!.lastStatus, '200');
      assert.equal(listed.get('/feed.xml')!.failures, 0);
      for (const path of ['/error.xml', '/hang.xml', '/huge.xml']) {
        assert.equal(listed.get(path)!.failures, 1, path);
        assert.match(listed.get(path)!.lastError ?? '', /\S/);
      }
      // the XML bomb is read without expanding it: an error, or items whose entities are left as they are
      assert.ok(listed.get('/bomb.xml')!.lastPoll !== null);
    });

    test('a feed that has not changed is answered 304 and no page is fetched; errors back off exponentially, capped', async () => {
      const before = site.requests.length;
      const run = await watch();
      assert.equal(run.code, 0, run.stderr);
      const asked = site.requests.slice(before);
      assert.deepEqual(asked.filter((r) => r.path === '/feed.xml').map((r) => r.status), [304]);
      assert.ok(!asked.some((r) => r.path === '/flood' || r.path === '/strike'));
      const listed = await feeds();
      const failing = listed.get('/error.xml')!;
      assert.equal(failing.failures, 2);
      // 15 minutes doubled for each error in a row
      assert.equal((Date.parse(failing.nextRun) - Date.parse(failing.lastPoll!)) / 1000, 15 * 60 * 4);
      assert.equal((Date.parse(listed.get('/feed.xml')!.nextRun) - Date.parse(listed.get('/feed.xml')!.lastPoll!)) / 1000, 15 * 60);
    });

    test('an article edited after publication is stored as a second version, with its edits found and shown', async () => {
      site.pages.set('/flood', { ...edited });
      const run = await watch();
      assert.equal(run.code, 0, run.stderr);
      const version = json(run.stdout).find((e) => e.event === 'stored')!;
      assert.equal(version.key, `${site.base}/flood`);
      assert.equal(version.version, 2);
      // its story is analysed again, on its new version
      assert.deepEqual(json(run.stdout).filter((e) => e.event === 'analysed').map((e) => [e.story, e.versions]), [[version.story, 2]]);
      const rules = (version.edits as { rule: string }[]).map((e) => e.rule);
      for (const rule of ['headline-softened', 'figure-changed', 'paragraph-removed', 'quote-changed']) assert.ok(rules.includes(rule), `${rule} in ${rules.join(', ')}`);
      const shown = await runCli('versions', ...store.flags, `${site.base}/flood`);
      assert.equal(shown.code, 0, shown.stderr);
      assert.match(shown.stdout, /version 2 .*: \d+ edits since version 1/);
      assert.match(shown.stdout, /headline-softened: The headline was softened: "Flood kills at least 40 in river valley" is now "Minister may have misjudged/);
      assert.match(shown.stdout, /figure-changed: A figure changed: "40" is now "25"/);
      const history = JSON.parse((await runCli('versions', '--json', ...store.flags, `${site.base}/flood`)).stdout) as ArticleHistory;
      assert.deepEqual(history.versions.map((v) => v.number), [1, 2]);
      assert.deepEqual(history.versions[0]!.edits, []);
      assert.deepEqual(history.versions[1]!.edits.map((e) => e.rule), rules);
      const list = json((await runCli('list', '--json', ...store.flags)).stdout) as unknown as StoredStory[];
      assert.equal(list.find((s) => s.title === edited.title)!.edits, rules.length);
      const missing = await runCli('versions', ...store.flags, `${site.base}/nowhere`);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /no stored article has this URL/);
    });

    test('pages still listed are revisited with a conditional GET: an unchanged page costs a 304', async () => {
      const before = site.requests.length;
      await new Promise((r) => setTimeout(r, 1100));
      const run = await watch('--revisit', '1s');
      assert.equal(run.code, 0, run.stderr);
      const pages = site.requests.slice(before).filter((r) => r.path === '/flood' || r.path === '/strike');
      assert.deepEqual(pages.map((r) => r.status), [304, 304]);
    });

    test('feeds add, list and remove; OPML lists; private addresses refused without --allow-private', async () => {
      const refused = await runCli('feeds', 'add', ...store.flags, `${site.base}/feed.xml`);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /Refused loopback address 127\.0\.0\.1 \(use --allow-private\)/);
      const notFeed = await runCli('feeds', 'add', '--allow-private', ...store.flags, `${site.base}/strike`);
      assert.match(notFeed.stderr, /Not an RSS or Atom feed, nor an OPML list \(it reads as html\)/);
      const removed = await runCli('feeds', 'remove', ...store.flags, `${site.base}/error.xml`, `${site.base}/hang.xml`);
      assert.equal(removed.code, 0, removed.stderr);
      const shown = await runCli('feeds', 'list', ...store.flags);
      assert.doesNotMatch(shown.stdout, /error\.xml|hang\.xml/);
      assert.match(shown.stdout, /feed\.xml\n {2}every 15m · last poll .* UTC: (ok|not modified) · next .* · 5 items/);
      const again = await runCli('feeds', 'add', '--allow-private', '--interval', '1h', ...store.flags, `${site.base}/feed.xml`);
      assert.match(again.stdout, /Added 0 feeds \(1 already watched\)/);
      assert.equal((await feeds()).get('/feed.xml')!.intervalSeconds, 3600);
      const bad = await runCli('watch', '--interval', 'soon', ...store.flags);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /"soon" is not an interval/);
    });
  });
}

describe('watch in a process of its own', () => {
  const [pglite] = backends();
  test('SIGTERM stops a running watch cleanly: exit 0, the store closed and unlocked', { timeout: 180_000 }, async () => {
    const site = await startFeedSite();
    site.pages.set('/strike', { ...strike });
    site.listed.push('/strike');
    const store = await pglite!.fresh();
    try {
      const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'watch', '--json', '--allow-private', '--no-embeddings', '--interval', '1h', ...store.flags, `${site.base}/feed.xml`], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => { stderr += String(c); });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          if ((JSON.parse(line) as { event: string }).event === 'polled') resolve();
        });
        child.on('exit', () => reject(new Error(`watch exited before polling: ${stderr}`)));
      });
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      assert.match(stderr, /SIGTERM: stopping/);
      const db = await openStore(store.options);
      try {
        assert.equal((await db.query<{ n: number }>('select count(*)::integer as n from versions'))[0]!.n, 1);
      } finally {
        await db.close();
      }
    } finally {
      await site.close();
    }
  });
});

describe('a page reached through a redirect', () => {
  const [pglite] = backends();
  test('is stored under the address the feed gave, its final address kept; renamed when edited, it is still one article with two versions', { timeout: 180_000 }, async () => {
    const site = await startFeedSite();
    const store = await pglite!.fresh();
    const moved = (to: string) => (_req: unknown, res: import('node:http').ServerResponse): void => { res.writeHead(301, { location: to }).end(); };
    try {
      // the feed links /story/123, which the site redirects to the page's current name
      site.pages.set('/story/123', { ...flood });
      site.pages.set('/flood-kills-40', { ...flood });
      site.routes.set('/story/123', moved('/flood-kills-40'));
      site.listed.push('/story/123');
      const watch = (): ReturnType<typeof runCli> => runCli('watch', '--once', '--json', '--allow-private', '--no-embeddings', ...store.flags, `${site.base}/feed.xml`);
      const first = await watch();
      assert.equal(first.code, 0, first.stderr);
      // edited, the page is renamed after its new headline, the old names redirected there
      site.pages.set('/story/123', { ...edited });
      site.pages.set('/minister-may-have-misjudged', { ...edited });
      site.routes.set('/story/123', moved('/minister-may-have-misjudged'));
      site.routes.set('/flood-kills-40', moved('/minister-may-have-misjudged'));
      const second = await watch();
      assert.equal(second.code, 0, second.stderr);
      const stored = json(second.stdout).find((e) => e.event === 'stored')!;
      assert.deepEqual([stored.key, stored.version], [`${site.base}/story/123`, 2]);
      assert.ok((stored.edits as { rule: string }[]).some((e) => e.rule === 'headline-softened'));
      const db = await openStore(store.options);
      try {
        const rows = await db.query<{ key: string; url: string; number: number; final_url: string | null }>(
          'select a.key, a.url, v.number, v.final_url from versions v join articles a on a.id = v.article_id order by v.id');
        assert.deepEqual(rows.map((r) => [r.key, r.url, r.number, r.final_url]), [
          [`${site.base}/story/123`, `${site.base}/story/123`, 1, `${site.base}/flood-kills-40`],
          [`${site.base}/story/123`, `${site.base}/story/123`, 2, `${site.base}/minister-may-have-misjudged`],
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await site.close();
    }
  });
});

describe('watch on PostgreSQL when the connection is lost', () => {
  const [, postgres] = backends();
  test('the database going away ends watch with one clear line and exit 1, not a stack trace; what it stored stays', { timeout: 180_000 }, async () => {
    const site = await startFeedSite();
    site.pages.set('/strike', { ...strike });
    site.listed.push('/strike');
    const store = await postgres!.fresh();
    try {
      const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'watch', '--json', '--allow-private', '--no-embeddings', '--interval', '1h', ...store.flags, `${site.base}/feed.xml`], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => { stderr += String(c); });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          if ((JSON.parse(line) as { event: string }).event === 'polled') resolve();
        });
        child.on('exit', () => reject(new Error(`watch exited before polling: ${stderr}`)));
      });
      // as a server restart or an administrator does: every other session of the database is ended
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: store.options.db });
      await admin.connect();
      try {
        const ended = await admin.query('select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
        assert.ok(ended.rows.length >= 1, 'watch\'s session was ended');
        const started = Date.now();
        assert.equal(await exited, 1, stderr);
        assert.ok(Date.now() - started < 30_000, 'it stopped at once, not at its next poll');
        const lines = stderr.trimEnd().split('\n');
        assert.equal(lines.length, 1, stderr);
        assert.match(lines[0]!, /^wiretrace: store "postgres:\/\/wiretrace@127\.0\.0\.1:\d+\/\w+": the connection to the database was lost \(terminating connection due to administrator command\); watch stopped/);
        assert.doesNotMatch(stderr, /\n\s+at |Error:/);
        assert.equal((await admin.query('select count(*)::integer as n from versions')).rows[0].n, 1);
      } finally {
        await admin.end();
      }
    } finally {
      await site.close();
    }
  });
});

async function opml(site: FeedSite, urls: readonly string[]): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-opml-'));
  const path = join(dir, 'subscriptions.opml');
  const outlines = urls.map((u) => `<outline type="rss" text="x" xmlUrl="${u.replace(/&/g, '&amp;')}"/>`).join('');
  await writeFile(path, `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="News">${outlines}</outline></body></opml>`);
  void site;
  return path;
}
