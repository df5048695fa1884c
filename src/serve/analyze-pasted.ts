import type { InputProblem, RawDocument, Report } from '../model/index.ts';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { buildArticles } from '../pipeline/build-articles.ts';
import { chooseStories } from '../pipeline/choose-story.ts';
import { ApiError } from './api-error.ts';

/** An ad hoc analysis: the report `analyze --json` gives of the documents, and the inputs that could not be read. */
export interface PastedAnalysis {
  readonly report: Report;
  readonly problems: readonly InputProblem[];
}

/**
 * Analyse documents as `analyze` does (the biggest story of them, the others set aside, judged against the wire's
 * copy), without the sentence model: words, names and figures only. Throws an `ApiError` when no article was read.
 */
export async function analyzePasted(documents: readonly RawDocument[], problems: readonly InputProblem[]): Promise<PastedAnalysis> {
  const built = buildArticles(documents);
  const all = [...problems, ...built.problems];
  if (built.articles.length === 0) {
    const why = all.slice(0, 3).map((p) => `${p.input}: ${p.reason}`).join('; ');
    throw new ApiError(422, 'unreadable', `No article could be read${why ? ` (${why})` : ''}`);
  }
  const chosen = await chooseStories(built.articles, { kind: 'main' });
  if ('problem' in chosen) throw new Error(chosen.problem);
  const { articles, language, setAside, notCompared } = chosen[0]!;
  const report = await analyzeArticles(articles, { embedBudget: 0, baseline: 'wire' });
  return {
    report: { ...report, comparedLanguage: language, ...(setAside.length > 0 && { setAside }), ...(notCompared.length > 0 && { notCompared }) },
    problems: all,
  };
}
