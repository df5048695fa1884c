import { fileURLToPath } from 'node:url';
import type { Report } from '../model/index.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticles } from '../pipeline/build-articles.ts';
import { analyzeArticles } from '../pipeline/analyze.ts';

/** The repository root, for tests that read bundled fixtures. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Analyse a folder of the repository (e.g. "examples/harbor-bridge") on wording alone, for the report writers' tests; fails on any unreadable input. */
export async function analyzeForTest(folder: string): Promise<Report> {
  const { documents, problems } = await ingest([`${REPO_ROOT}${folder}`]);
  const built = buildArticles(documents);
  const all = [...problems, ...built.problems];
  if (all.length > 0) throw new Error(`Cannot read ${folder}: ${all.map((p) => `${p.input}: ${p.reason}`).join('; ')}`);
  return analyzeArticles(built.articles, { embedBudget: 0 });
}
