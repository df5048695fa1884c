// The project's sentence splitter, or Intl.Segmenter while src/segment/segment.ts is not written yet.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Range } from '../src/model/span.ts';

/** Load `segment(text).sentences` as a function from text to sentence ranges. */
export async function loadSegmenter(): Promise<(text: string) => readonly Range[]> {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../src/segment/segment.ts');
  if (existsSync(path)) {
    const module = (await import(pathToFileURL(path).href)) as { segment: (text: string) => { sentences: readonly Range[] } };
    return (text) => module.segment(text).sentences;
  }
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return (text) => [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}
