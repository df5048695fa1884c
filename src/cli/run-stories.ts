import type { Article, StoryArticle } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { streamArticles } from '../pipeline/stream-articles.ts';
import { emptyGrouping, placeArticle, type GroupOptions } from '../stories/group-stories.ts';
import { summarizeStories } from '../stories/summarize-stories.ts';
import { formatStories, formatStoriesJson } from '../report/format-stories.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { startProgress } from './progress.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, withOutletNames, type ReadOptions } from './read-options.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** What `stories` prints, and whether it may ask the sentence encoder. */
export interface StoriesOptions extends ReadOptions {
  readonly json?: boolean;
  readonly embeddings?: boolean;
}

/**
 * `wiretrace stories`: read the inputs as a stream (a few at a time, as `extract` does), place each article into a
 * story as it arrives, then print the stories: the readable listing, or JSON Lines with `--json`. Resolves to the
 * number of articles read.
 */
export async function runStories(inputs: readonly string[], options: StoriesOptions, io: CliIo): Promise<number> {
  const ingestOptions = ingestOptionsOf(options, io);
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: ingestOptions.followSymlinks ?? false });
  for (const problem of problems) io.stderr.write(problemLine(problem));
  const encoder = options.embeddings === false ? undefined : startWorkerEmbedder(1);
  const warn = (message: string): void => { io.stderr.write(`wiretrace: ${stderrSafe(message)}\n`); };
  const groupOptions: GroupOptions = encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {};
  const progress = startProgress(io, entries.length, 'grouping');
  const grouping = emptyGrouping();
  const articles = new Map<string, StoryArticle>();
  let done = 0;
  try {
    for await (const item of streamArticles(withOutletNames(countInputs(readEntries(entries, ingestOptions), (input) => progress.update(++done, input)), options, io), buildOptionsOf(options))) {
      if (item.kind === 'problem') {
        progress.print(problemLine(item.problem));
        continue;
      }
      articles.set(item.article.id, storyArticle(item.article));
      await placeArticle(grouping, item.article, groupOptions);
    }
  } finally {
    progress.stop();
    await encoder?.stop();
  }
  const stories = summarizeStories(grouping.stories, articles);
  io.stdout.write(options.json ? formatStoriesJson(stories) : articles.size === 0 ? '' : formatStories(stories, widthOf(io)));
  return articles.size;
}

/** The metadata a story listing keeps of an article (never its text, so a pile of thousands stays small). */
export function storyArticle(a: Article): StoryArticle {
  return { id: a.id, source: a.source, url: a.url, title: a.title, outlet: a.outlet, published: a.published, language: a.language };
}

/** Each input's read, passed on, and `onDone` told once it has been handled. */
export async function* countInputs<T extends { readonly entry: { readonly input: string } }>(reads: AsyncIterable<T>, onDone: (input: string) => void): AsyncGenerator<T> {
  for await (const read of reads) {
    yield read;
    onDone(read.entry.input);
  }
}

function widthOf(io: CliIo): { width?: number } {
  const columns = (io.stdout as NodeJS.WriteStream).columns;
  return io.stdoutIsTTY && typeof columns === 'number' ? { width: columns } : {};
}

