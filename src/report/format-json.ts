import type { Report } from '../model/index.ts';
import { articleJson } from './article-json.ts';

/** The report as one JSON document (the published schema, `schema/report.schema.json`). */
export function formatJson(report: Report): string {
  return `${JSON.stringify({
    schema: report.schema,
    articles: report.articles.map(articleJson),
    claims: report.claims,
    divergences: report.divergences,
    unique: report.unique,
    origins: report.origins,
    copying: report.copying,
    ...(report.baseline ? { baseline: report.baseline } : {}),
  }, null, 2)}\n`;
}
