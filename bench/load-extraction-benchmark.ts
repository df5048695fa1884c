import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** One benchmark page: its HTML, its URL and the human-written article body. */
export interface BenchmarkPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly gold: string;
}

/** Where the public article-extraction benchmark lives, relative to this repository. */
export const EXTRACTION_BENCHMARK = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/benchmarks/article-extraction');

/** Read a JSON predictions or ground-truth file (`{id: {articleBody}}`, optionally under `output`) as id -> text. */
export function readBodies(path: string): Map<string, string> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const items = (json['output'] ?? json) as Record<string, { articleBody?: string }>;
  return new Map(Object.entries(items).map(([id, item]) => [id, item.articleBody ?? '']));
}

/** Load every page of the article-extraction benchmark (HTML gunzipped, gold bodies attached). */
export function loadExtractionBenchmark(dir = EXTRACTION_BENCHMARK): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = new Set(readdirSync(join(dir, 'html')));
  return Object.entries(truth)
    .filter(([id]) => files.has(`${id}.html.gz`))
    .map(([id, item]) => ({
      id,
      url: item.url,
      gold: item.articleBody,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
