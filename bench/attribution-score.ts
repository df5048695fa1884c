// The attribution benchmark's metric on PolNeAR (brat standoff): Source and Cue spans of our
// extractAttributions against the gold ones, matched by overlap (each gold and each prediction used
// at most once) and exactly. Gold fragments of a discontinuous span count as one span.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Range } from '../src/model/span.ts';
import { extractAttributions } from '../src/extract/extract-attributions.ts';

export type Split = 'train' | 'dev' | 'test';
type Fragments = readonly Range[];

/** Counts and figures for one span type. */
export interface SpanScore {
  readonly gold: number;
  readonly predicted: number;
  readonly overlap: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly exact: { readonly precision: number; readonly recall: number; readonly f1: number };
}

/** One document's gold and predicted spans, kept for error inspection. */
export interface DocumentSpans {
  readonly name: string;
  readonly text: string;
  readonly gold: { readonly source: Fragments[]; readonly cue: Fragments[] };
  readonly predicted: { readonly source: Range[]; readonly cue: Range[] };
}

export const POLNEAR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/benchmarks/attribution/data');

/** Split text into sentence ranges: the project's segmenter when present, Intl.Segmenter until then. */
export type Segmenter = (text: string) => readonly Range[];

/** Read the gold Source and Cue spans of a brat .ann file. */
export function readGold(ann: string): { source: Fragments[]; cue: Fragments[] } {
  const source: Fragments[] = [];
  const cue: Fragments[] = [];
  for (const line of ann.split('\n')) {
    const match = /^T\d+\t(Source|Cue) ([\d ;]+)\t/.exec(line);
    if (!match) continue;
    const fragments = match[2]!.split(';').map((part) => {
      const [start, end] = part.trim().split(' ').map(Number);
      return { start: start!, end: end! };
    });
    (match[1] === 'Source' ? source : cue).push(fragments);
  }
  return { source, cue };
}

/** Run extractAttributions over every text of a split (one annotator's gold per text). */
export function predictSplit(split: Split, segment: Segmenter): DocumentSpans[] {
  const dir = join(POLNEAR, split);
  const chosen = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'attributions')).sort()) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!chosen.has(name)) chosen.set(name, file);
  }
  const docs: DocumentSpans[] = [];
  for (const [name, file] of chosen) {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const gold = readGold(readFileSync(join(dir, 'attributions', file), 'utf8'));
    const mentions = extractAttributions(text, segment(text));
    // An unspecified attribution ("reportedly") has no source words: its source span is its cue.
    const source = unique(mentions.filter((m) => m.sourceType !== 'unspecified').map((m) => m.source));
    const cue = unique(mentions.map((m) => m.cue));
    docs.push({ name, text, gold, predicted: { source, cue } });
  }
  return docs;
}

/** Score Source or Cue spans over documents. */
export function scoreSpans(docs: readonly DocumentSpans[], type: 'source' | 'cue'): SpanScore {
  let gold = 0;
  let predicted = 0;
  let overlapHits = 0;
  let overlapUsed = 0;
  let exactHits = 0;
  for (const doc of docs) {
    const golds = doc.gold[type];
    const preds = doc.predicted[type];
    gold += golds.length;
    predicted += preds.length;
    const used = new Set<number>();
    for (const g of golds) {
      const k = preds.findIndex((p, i) => !used.has(i) && g.some((f) => p.start < f.end && f.start < p.end));
      if (k >= 0) {
        used.add(k);
        overlapHits++;
      }
    }
    overlapUsed += used.size;
    const exact = new Set(preds.map((p) => `${p.start}:${p.end}`));
    for (const g of golds) if (exact.delete(`${g[0]!.start}:${g[g.length - 1]!.end}`)) exactHits++;
  }
  return { gold, predicted, overlap: figures(overlapUsed, predicted, overlapHits, gold), exact: figures(exactHits, predicted, exactHits, gold) };
}

function figures(predHits: number, predicted: number, goldHits: number, gold: number) {
  const precision = predicted ? predHits / predicted : 0;
  const recall = gold ? goldHits / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function unique(ranges: readonly Range[]): Range[] {
  const seen = new Map<string, Range>();
  for (const r of ranges) seen.set(`${r.start}:${r.end}`, { start: r.start, end: r.end });
  return [...seen.values()].sort((a, b) => a.start - b.start);
}
