// Likely copying and copies on the seeds, the example and every story fixture (issue 12): the pairs `analyze` reports
// as likely copying, sorted into the wire's copy -> an outlet, an outlet -> the outlet its gold says copied it, and
// any other outlet pair; then the copies found. `node --import tsx bench/copying.ts [-- -v]` (-v lists the other pairs).
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.ts';
import { buildArticles } from '../src/pipeline/build-articles.ts';
import { analyzeArticles } from '../src/pipeline/analyze.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// Outlet pairs the gold files' "about" say were copied (source file, copier file, by number), read by hand.
const GOLD: Record<string, [string, string]> = {
  'airline-strike': ['02', '04'], 'bank-fine': ['02', '04'], 'bird-flu-cull': ['02', '04'], 'chip-layoffs': ['02', '04'], 'crypto-trial': ['02', '06'],
  'data-breach': ['02', '04'], 'derailment-spill': ['02', '04'], 'doping-ban': ['02', '04'], 'drone-airport': ['02', '06'], 'drought-harvest': ['02', '06'],
  'election-count': ['02', '04'], 'fishing-quota': ['02', '06'], 'hospital-waitlist': ['02', '06'], 'launch-failure': ['02', '05'], 'match-fixing': ['02', '06'],
  'merger-blocked': ['02', '04'], 'mine-rescue': ['02', '04'], 'minimum-wage': ['02', '04'], 'museum-heist': ['02', '04'], 'prison-escape': ['02', '06'],
  'quake-toll': ['02', '04'], 'rate-decision': ['02', '05'], 'screen-study': ['02', '05'], 'water-rationing': ['04', '06'], 'wildfire-evacuation': ['04', '05'],
};
const verbose = process.argv.includes('-v');
const stories = readdirSync(`${ROOT}fixtures/stories`).filter((d) => statSync(`${ROOT}fixtures/stories/${d}`).isDirectory()).sort();
const tally = { edges: 0, fromWire: 0, goldFound: 0, other: 0 };
const others: string[] = [];
for (const dir of [`${ROOT}../shared/seeds`, `${ROOT}examples/harbor-bridge`, `${ROOT}fixtures/copies`, ...stories.map((s) => `${ROOT}fixtures/stories/${s}`)]) {
  const { documents } = await ingest([dir]);
  const { articles } = buildArticles(documents.filter((d) => !d.source.endsWith('README.md')));
  const report = await analyzeArticles(articles, { embedBudget: 0 });
  const file = (id: string): string => articles.find((a) => a.id === id)!.source.split('/').pop()!;
  const name = dir.split('/').pop()!;
  const pairs = report.copying.map((e) => `${file(e.from)} -> ${file(e.to)} ${(e.score * 100).toFixed(1)}%`);
  const copies = (report.copies ?? []).map((g) => `${file(g.version)}: ${g.copies.map((c) => `${file(c.article)} (${c.how})`).join(', ')}`);
  if (!dir.includes('fixtures/stories')) {
    console.log(`${name}: ${report.copying.length} likely copying pairs${pairs.length ? `: ${pairs.join('; ')}` : ''}; copies: ${copies.join('; ') || 'none'}`);
    continue;
  }
  const gold = GOLD[name];
  let found = false;
  for (const e of report.copying) {
    tally.edges++;
    const [f, t] = [file(e.from), file(e.to)];
    if (/wire/.test(f)) tally.fromWire++;
    else if (gold && [f.slice(0, 2), t.slice(0, 2)].sort().join() === [...gold].sort().join()) found = true;
    else { tally.other++; others.push(`${name}: ${f} -> ${t} ${(e.score * 100).toFixed(1)}%`); }
  }
  if (found) tally.goldFound++;
  else if (gold) others.push(`${name}: missed ${gold.join(' -> ')}`);
  if (copies.length) console.log(`${name}: copies ${copies.join('; ')}`);
}
console.log(`${stories.length} story fixtures: ${tally.edges} likely copying pairs: ${tally.fromWire} from the wire's copy, gold outlet copiers found ${tally.goldFound}/${Object.keys(GOLD).length}, ${tally.other} other outlet pairs`);
if (verbose) console.log(others.join('\n'));
