import type { RawDocument } from '../model/index.ts';
import { cleanDocuments, collectCleaned, type BuildOptions, type CleanedDocuments, type CleanOutcome } from './clean-documents.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { perItemInBatches } from './batches-of.ts';

/**
 * `cleanDocuments` on the article threads when there are many inputs: the same clean documents and problems, in the
 * same order. Each input's documents go to one thread together and in order, since they share its time budget.
 */
export async function cleanOnThreads(documents: readonly RawDocument[], options: BuildOptions, workers: ArticleWorkers | undefined): Promise<CleanedDocuments> {
  const inputs = new Map<string, number[]>();
  documents.forEach((doc, k) => {
    const input = doc.input ?? doc.source;
    const list = inputs.get(input);
    if (list) list.push(k);
    else inputs.set(input, [k]);
  });
  // (a test's clock cannot go to a thread)
  if (!workers?.takes(inputs.size) || options.now) return cleanDocuments(documents, options);
  const budget = { ...(options.maxMs !== undefined && { maxMs: options.maxMs }), ...(options.maxChars !== undefined && { maxChars: options.maxChars }) };
  const groups = [...inputs.values()];
  const cleaned = await perItemInBatches(groups, workers.threads, (batch) => workers.run('clean', { inputs: batch.map((input) => input.map((k) => documents[k]!)), ...budget }));
  const outcomes = new Array<CleanOutcome>(documents.length);
  groups.forEach((input, i) => input.forEach((k, j) => { outcomes[k] = cleaned[i]![j]!; }));
  return collectCleaned(documents, outcomes, options);
}
