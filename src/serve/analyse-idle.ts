import { setTimeout as sleep } from 'node:timers/promises';
import { STORY_LOCK } from '../queue/analyse-jobs.ts';
import type { AnalysisThread } from '../pipeline/start-analysis-thread.ts';
import { analyseStory } from '../store/analyse-story.ts';
import { staleStories, type StaleStory } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';

/** What the server's background analyses tell: each story analysed, and when none is left. */
export interface IdleAnalysis {
  /** Milliseconds without a request before a story is analysed (default 1,000). */
  readonly quietMs?: number;
  /** Milliseconds between looks for stale stories once none is left (default 5,000). */
  readonly pollMs?: number;
  /** A story's analysis begins (on the thread, when given one: requests are answered until `onAnalysed`). */
  readonly onStarted?: (story: StaleStory) => void;
  readonly onAnalysed?: (story: StaleStory, saved: boolean) => void;
  /** Every stale story is analysed (told once each time the last one is done, with how many were since the last time). */
  readonly onDrained?: (analysed: number) => void;
  readonly warn?: (message: string) => void;
  /** Where stories are analysed: the server's analysis thread (on this thread when not given). */
  readonly thread?: AnalysisThread;
}

/** The background analyses of a running server. */
export interface IdleAnalyser {
  /** A request began: no story is started until every request begun has ended (call what it returns) and a quiet spell passed. */
  enter(): () => void;
  /** Start no more stories; the one in hand is abandoned on its thread (nothing of it stored), or stored when it was being stored. */
  stop(): Promise<void>;
}

/**
 * Analyse the stale stories (those `add --no-analyse` or an interrupted run left) in the background, one at a time,
 * as `add` analyses them but without the sentence model, and only while the server is idle: a story is started when no
 * request has run for `quietMs`. Given a `thread`, a story is analysed there, and a request arriving meanwhile is
 * answered at once (on the server's thread it waited for the analysis, 0.1-2 s a story); the analysis is stored here,
 * in one transaction, as before. On a shared PostgreSQL store a story is analysed under its advisory lock (the one workers
 * take), and skipped when another process holds it or has analysed it since.
 */
export function analyseWhenIdle(db: SqlClient, options: IdleAnalysis = {}): IdleAnalyser {
  const quietMs = options.quietMs ?? 1000;
  const pollMs = options.pollMs ?? 5000;
  const stopping = new AbortController();
  let running = 0;
  let lastEnd = 0;
  let analysed = 0;
  const quiet = (): boolean => running === 0 && Date.now() - lastEnd >= quietMs;
  const analyse = async (story: StaleStory): Promise<void> => {
    const shared = db.kind === 'postgres';
    if (shared) {
      const [held] = await db.query<{ locked: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as locked', [STORY_LOCK, story.key]);
      if (!held?.locked) return;
    }
    try {
      const [still] = shared ? await staleStories(db, story.key) : [story];
      if (!still) return;
      options.onStarted?.(still);
      const { saved } = await analyseStory(db, still, { embedBudget: 0 }, options.warn ?? (() => undefined), {
        ...(options.thread && { thread: options.thread, signal: stopping.signal }),
      });
      if (saved) analysed++;
      options.onAnalysed?.(still, saved);
    } finally {
      if (shared) await db.query('select pg_advisory_unlock($1, hashtext($2))', [STORY_LOCK, story.key]);
    }
  };
  // a story whose analysis failed is not tried again for the same versions (the warning says why)
  const failed = new Set<string>();
  const tag = (story: StaleStory): string => `${story.key} ${story.versions.join(',')}`;
  const loop = (async (): Promise<void> => {
    let drained = false;
    let current: StaleStory | null = null;
    while (!stopping.signal.aborted) {
      try {
        if (!quiet()) {
          await sleep(running > 0 ? quietMs : lastEnd + quietMs - Date.now(), undefined, { signal: stopping.signal });
          continue;
        }
        const stale = (await staleStories(db)).filter((story) => !failed.has(tag(story)));
        if (stale.length === 0) {
          if (!drained) options.onDrained?.(analysed);
          drained = true;
          analysed = 0;
          await sleep(pollMs, undefined, { signal: stopping.signal });
          continue;
        }
        drained = false;
        for (const story of stale) {
          if (stopping.signal.aborted || !quiet()) break;
          current = story;
          await analyse(story);
          current = null;
        }
      } catch (error) {
        if (stopping.signal.aborted) return;
        if (current) failed.add(tag(current));
        current = null;
        options.warn?.(`background analysis: ${error instanceof Error ? error.message : String(error)}`);
        await sleep(quietMs, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  })();
  return {
    enter: () => {
      running++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        running--;
        lastEnd = Date.now();
      };
    },
    stop: async () => {
      stopping.abort();
      await loop;
    },
  };
}
