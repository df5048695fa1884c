import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawDocument } from '../src/model/index.ts';
import { expandInputs } from '../src/ingest/expand-inputs.ts';
import { readEntries } from '../src/ingest/read-entries.ts';
import { buildArticles } from '../src/pipeline/build-articles.ts';
import { streamArticles } from '../src/pipeline/stream-articles.ts';
import { loadExtractionBenchmark } from './load-extraction-benchmark.ts';

/** One article of the served bench's pile, as a JSON Lines item `add` reads. */
export interface PileItem {
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string;
  readonly published: string | null;
  readonly language: string | null;
}

/**
 * `count` articles for `bench:serve`, built by mutation: the example's and the story fixtures' articles (stories of
 * several outlets) and the extraction benchmark's pages (news of every kind, one article each), cleaned once; round 0
 * as they are, then each round a new copy of all of them in which every word of 4-12 letters is swapped for another
 * of the pile's words (the same swap through the round, so an article's outlets still tell one story, and another
 * story than the round before), every digit moved on and every URL new. The stories of a round are as big as the
 * fixtures' and the pile grows by whole stories, as a newsroom's store does.
 */
export async function buildServePile(root: string, count: number): Promise<{ items: PileItem[]; sources: number }> {
  const storiesDir = join(root, 'fixtures/stories');
  const folders = [join(root, 'examples/harbor-bridge'), ...readdirSync(storiesDir).map((d) => join(storiesDir, d)).filter((p) => statSync(p).isDirectory()).sort()];
  const { entries } = await expandInputs(folders);
  const sources: Article[] = [];
  for await (const item of streamArticles(readEntries(entries, {}), {})) if (item.kind === 'article') sources.push(item.article);
  const pages: RawDocument[] = loadExtractionBenchmark().map((p) => ({ source: p.url, format: 'html', body: p.html, meta: { url: p.url } }));
  sources.push(...buildArticles(pages).articles);
  const vocabulary = [...new Set(sources.flatMap((a) => [...`${a.title ?? ''} ${a.text}`.matchAll(/\b[A-Za-z]{4,12}\b/g)].map((m) => m[0].toLowerCase())))].sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const items: PileItem[] = [];
  for (let round = 0; items.length < count; round++) {
    const swap = (text: string): string => (round === 0 ? text : text
      .replace(/\b[A-Za-z]{4,12}\b/g, (word) => {
        const to = vocabulary[(index.get(word.toLowerCase())! + round * 7919) % vocabulary.length]!;
        return word[0] === word[0]!.toUpperCase() ? `${to[0]!.toUpperCase()}${to.slice(1)}` : to;
      })
      .replace(/\d/g, (d) => String((Number(d) + round) % 10)));
    for (const [n, a] of sources.entries()) {
      if (items.length >= count) break;
      items.push({
        text: swap(a.text), title: a.title === null ? null : swap(a.title), outlet: a.outlet,
        url: `https://pile.example/${round}/${n}`, published: a.published, language: a.language,
      });
    }
  }
  return { items, sources: sources.length };
}
