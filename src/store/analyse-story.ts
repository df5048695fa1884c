import type { Report } from '../model/index.ts';
import type { analyzeArticles } from '../pipeline/analyze.ts';
import { analyzeStored } from '../pipeline/analyze-stored.ts';
import { heapCeiling } from '../pipeline/heap-ceiling.ts';
import type { AnalysisThread } from '../pipeline/start-analysis-thread.ts';
import { readVersions } from './read-versions.ts';
import { saveAnalysis } from './save-analysis.ts';
import type { StaleStory } from './stale-stories.ts';
import type { SqlClient } from './sql-client.ts';

/** Where a story is analysed: on this thread (the default), or on an analysis thread, abandoned when `signal` aborts. */
export interface AnalyseOn {
  readonly thread?: AnalysisThread;
  readonly signal?: AbortSignal;
}

/**
 * Analyse one stale story as `analyze` compares a bundle and store the analysis (once per set of versions). On an
 * analysis thread the report is the same (the thread runs `analyzeStored`; its sentence model, when `embed` asks for
 * one, is its own); it is stored here, in one transaction, once the thread has answered.
 */
export async function analyseStory(db: SqlClient, story: StaleStory, embed: Parameters<typeof analyzeArticles>[1], warn: (message: string) => void, on: AnalyseOn = {}): Promise<{ readonly report: Report; readonly saved: boolean }> {
  const versions = await readVersions(db, story.versions);
  const report: Report = on.thread
    ? await on.thread.analyze(versions, { ...(embed?.embedBudget !== undefined && { embedBudget: embed.embedBudget }), onWarning: warn, ...(on.signal && { signal: on.signal }) })
    : await analyzeStored(versions, { ...embed, onWarning: warn, onStage: heapCeiling(512) });
  return { report, saved: await saveAnalysis(db, story.id, story.versions, report) };
}
