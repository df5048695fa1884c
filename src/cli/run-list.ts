import { formatStories, formatStoriesJson } from '../report/format-stories.ts';
import { listStories, type StoredStory } from '../store/list-stories.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** What `list` prints: the readable listing, or JSON Lines. */
export interface ListOptions extends StoreOptions {
  readonly json?: boolean;
}

/**
 * `wiretrace list`: the stored stories, biggest first, as `stories` lists them (each article by its latest version),
 * with their versions and latest analysis. Resolves to the exit code (1 when the store cannot be opened).
 */
export async function runList(options: ListOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let stories: StoredStory[];
  try {
    const db = await openStore(options, env);
    try {
      stories = await listStories(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  if (options.json) io.stdout.write(formatStoriesJson(stories));
  else if (stories.length === 0) io.stdout.write('No stories stored yet (add articles with "wiretrace add <inputs...>").\n');
  else io.stdout.write(formatStories(stories, { ...(io.columns !== undefined && { width: io.columns }), more: storedLine }));
  return 0;
}

function storedLine(story: StoredStory): string {
  const versions = story.versions > story.articles.length ? `${story.versions} versions, ${story.edits} edit${story.edits === 1 ? '' : 's'} between them` : '';
  const a = story.analysis;
  const analysis = a === null
    ? (story.articles.length < 2 ? 'not analysed (one article)' : 'not analysed yet')
    : `analysed ${a.analysedAt.slice(0, 16).replace('T', ' ')} UTC: ${a.claims} claims, ${a.findings} findings${a.current ? '' : ' (before the latest versions)'}`;
  return [versions, analysis].filter(Boolean).join(' · ');
}
