import type { Article, Report } from '../model/index.ts';
import { analyzeArticles, type AnalyzeOptions } from './analyze.ts';
import { bundleStored } from './bundle-stored.ts';
import { splitLanguages } from './split-languages.ts';

/**
 * A stored story's versions analysed as `analyze` analyses a story: bundled (`bundleStored`), those in the story's
 * main language compared, the others listed as the same story, not compared; the report says which language it
 * compared (`comparedLanguage`).
 */
export async function analyzeStored(versions: readonly Article[], options: AnalyzeOptions = {}): Promise<Report> {
  const { compared, language, notCompared } = splitLanguages(bundleStored(versions));
  const report = await analyzeArticles(compared, options);
  return { ...report, comparedLanguage: language, ...(notCompared.length > 0 && { notCompared }) };
}
