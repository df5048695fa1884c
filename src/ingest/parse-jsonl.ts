import type { InputProblem, RawDocument } from '../model/index.ts';
import { readJsonItem } from './read-json-item.ts';

/** The documents of a container input and the problems with some of its items. */
export interface ParsedItems {
  readonly documents: RawDocument[];
  readonly problems: InputProblem[];
}

/**
 * Read JSON Lines (one object per line; item `n` is line `n`, named `source#n`), or a whole JSON
 * array or object. Lines may end in LF, CRLF or CR alone. A bad line is a problem named `source:line`;
 * the other lines go on.
 */
export function parseJsonl(text: string, source: string): ParsedItems {
  const whole = parseWhole(text);
  if (whole && 'error' in whole) return { documents: [], problems: [{ input: source, reason: `Not valid JSON (${oneLine(whole.error)})` }] };
  if (whole) {
    const items = Array.isArray(whole.value) ? whole.value : [whole.value];
    return collect(items.map((value, i) => [i + 1, value] as const), source, (n) => `${source}#${n}`);
  }
  const documents: RawDocument[] = [];
  const problems: InputProblem[] = [];
  const entries: (readonly [number, unknown])[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push([i + 1, JSON.parse(line)]);
    } catch (error) {
      problems.push({ input: `${source}:${i + 1}`, reason: `Not valid JSON (${oneLine(error)})` });
    }
  });
  const rest = collect(entries, source, (n) => `${source}:${n}`);
  documents.push(...rest.documents);
  problems.push(...rest.problems);
  problems.sort((a, b) => lineOf(a.input) - lineOf(b.input));
  if (documents.length === 0 && problems.length === 0) problems.push({ input: source, reason: 'No JSON items' });
  return { documents, problems };
}

function collect(entries: readonly (readonly [number, unknown])[], source: string, where: (n: number) => string): ParsedItems {
  const documents: RawDocument[] = [];
  const problems: InputProblem[] = [];
  for (const [n, value] of entries) {
    const result = readJsonItem(value, `${source}#${n}`);
    if ('document' in result) documents.push({ ...result.document, input: source });
    else problems.push({ input: where(n), reason: result.reason });
  }
  return { documents, problems };
}

/** A document that is one JSON value (an array, or a pretty-printed object), else null (JSON Lines). */
function parseWhole(text: string): { readonly value: unknown } | { readonly error: unknown } | null {
  const trimmed = text.trim();
  const array = trimmed.startsWith('[');
  const pretty = trimmed.startsWith('{') && !/^\{.*\}$/.test((trimmed.split(/\r\n|\r|\n/, 1)[0] ?? '').trim());
  if (!array && !pretty) return null;
  try {
    return { value: JSON.parse(trimmed) };
  } catch (error) {
    // A broken first line of JSON Lines also looks like a pretty-printed object: read it line by line.
    return array ? { error } : null;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function lineOf(input: string): number {
  return Number(/[:#](\d+)$/.exec(input)?.[1] ?? 0);
}
