// node --import tsx bench/analyze-stages.ts <bundle> [align] — where analyze spends its time on one bundle, in process
// and on wording alone (no sentence encoder): each stage's seconds, the heap and RSS after it, and what it produced
// (articles, claims, the articles and parts the comparison reads, divergences, copy edges). `align` stops after
// alignment; DUMP=<file> writes the claims there (to check that a change leaves them as they were). Prints figures;
// asserts nothing. Add --cpu-prof before --import for a profile of the run.
import { ingest } from '../src/ingest/ingest.ts';
import { buildArticles } from '../src/pipeline/build-articles.ts';
import { extractMentions } from '../src/extract/extract-mentions.ts';
import { alignClaims } from '../src/align/align-claims.ts';
import { compareAtScale } from '../src/pipeline/compare-at-scale.ts';
import { planComparison } from '../src/pipeline/plan-comparison.ts';
import { chooseSource } from '../src/compare/choose-source.ts';
import { findUnique } from '../src/compare/find-unique.ts';
import { traceOrigins } from '../src/trace/trace-origins.ts';
import { estimateCopying } from '../src/trace/copy-graph.ts';
import type { Mention } from '../src/model/index.ts';
const t0 = performance.now(); let t = t0;
const lap = (label: string, extra = '') => { const now = performance.now(); console.error(`${label.padEnd(16)} ${((now - t) / 1000).toFixed(1).padStart(7)} s  heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB ${extra}`); t = now; };
const { documents } = await ingest([process.argv[2]!], {});
lap('ingest');
const articles = buildArticles(documents).articles;
lap('build', `${articles.length} articles`);
const mentions = new Map<string, readonly Mention[]>();
for (const a of articles) mentions.set(a.id, extractMentions(a.text, a.sentences, a.published));
lap('mentions');
const claims = await alignClaims(articles, mentions, { embedBudget: 0 });
lap('align', `${claims.length} claims`);
if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(claims));
if (process.argv[3] === 'align') process.exit(0);
const base = chooseSource(articles);
const plan = planComparison(articles, claims, base.article === null ? [] : [base.article]);
lap('plan', `${plan.articles.length} articles compared, ${plan.parts.length} parts, support ${plan.parts.reduce((s, p) => s + p.part.support.length, 0)}`);
const cmp = compareAtScale(articles, mentions, claims);
lap('compare', `${cmp.divergences.length} divergences`);
const unique = findUnique(articles, claims.map((c) => c));
lap('unique', `${unique.length}`);
const origins = traceOrigins(articles, mentions);
lap('origins', `${origins.length}`);
const copying = estimateCopying(articles, claims);
lap('copying', `${copying.length}`);
console.error(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
