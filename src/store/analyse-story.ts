import type { Report } from '../model/index.ts';
import type { analyzeArticles } from '../pipeline/analyze.ts';
import { analyzeStored } from '../pipeline/analyze-stored.ts';
import { heapCeiling } from '../pipeline/heap-ceiling.ts';
import { readVersions } from './read-versions.ts';
import { saveAnalysis } from './save-analysis.ts';
import type { StaleStory } from './stale-stories.ts';
import type { SqlClient } from './sql-client.ts';

/** Analyse one stale story as `analyze` compares a bundle and store the analysis (once per set of versions). */
export async function analyseStory(db: SqlClient, story: StaleStory, embed: Parameters<typeof analyzeArticles>[1], warn: (message: string) => void): Promise<{ readonly report: Report; readonly saved: boolean }> {
  const report: Report = await analyzeStored(await readVersions(db, story.versions), { ...embed, onWarning: warn, onStage: heapCeiling(512) });
  return { report, saved: await saveAnalysis(db, story.id, story.versions, report) };
}
