import type { Report } from '../model/index.ts';
import { articleJson } from './article-json.ts';

/** The report as one JSON document (the published schema, `schema/report.schema.json`). */
export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * The same document as {@link formatJson}, byte for byte, in pieces of at most one array element each: written one
 * after another, a report of thousands of versions never becomes one giant string (V8 caps a string near 512 MB).
 */
export function* jsonChunks(report: Report): Generator<string> {
  const fields: [string, unknown][] = [
    ['schema', report.schema],
    ['articles', report.articles.map(articleJson)],
    ['claims', report.claims],
    ['divergences', report.divergences],
    ['unique', report.unique],
    ['origins', report.origins],
    ['copying', report.copying],
    ...(report.baseline ? [['baseline', report.baseline] as [string, unknown]] : []),
    ...(report.copies ? [['copies', report.copies] as [string, unknown]] : []),
    ...(report.setAside && report.setAside.length > 0 ? [['setAside', report.setAside] as [string, unknown]] : []),
  ];
  yield '{\n';
  for (const [k, [key, value]] of fields.entries()) {
    const end = k < fields.length - 1 ? ',\n' : '\n';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${end}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < value.length; i++) {
      yield `    ${indent(JSON.stringify(value[i], null, 2), '    ')}${i < value.length - 1 ? ',\n' : '\n'}`;
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

// JSON text nested one level deeper: strings never hold a raw line break, so every line break is layout.
function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}
