import type { Article, VersionEdit } from '../model/index.ts';
import { diffVersions } from '../edits/diff-versions.ts';
import { readVersions } from './read-versions.ts';
import { copyId } from '../pipeline/article-id.ts';
import { placeArticle, restoreArticle, type GroupOptions, type StoryGrouping } from '../stories/group-stories.ts';
import { storyReason } from '../stories/summarize-stories.ts';
import { findArticle, findRef } from './find-article.ts';
import { saveVersion } from './save-version.ts';
import type { SqlClient } from './sql-client.ts';
import { articleKey, contentHash } from './version-keys.ts';

/** What adding one article did, once it is committed. */
export type AddOutcome =
  | { readonly kind: 'stored'; readonly key: string; readonly ref: string; readonly version: number; readonly story: string; readonly newStory: boolean; readonly edits?: readonly VersionEdit[] }
  | { readonly kind: 'unchanged'; readonly key: string; readonly version: number }
  | { readonly kind: 'duplicate'; readonly key: string; readonly of: string };

/**
 * Add one article to the store. Seen before at its key (URL, else file) with the same title and text: nothing to do.
 * Seen with another text: a new version of it, in its story, with its edits against the version before it. New: it is placed into a story as `stories` places it
 * (joining the story of the stored article it matches best, or starting one) and stored. The same text another
 * article of the same outlet holds is stored once, as `analyze` reads it once. `grouping` holds every stored
 * version and grows with this one.
 */
export async function addArticle(db: SqlClient, grouping: StoryGrouping, article: Article, options: GroupOptions = {}, fetchedAt = new Date()): Promise<AddOutcome> {
  const key = articleKey(article);
  const hash = contentHash(article);
  const stored = await findArticle(db, key);
  if (stored) {
    const same = await stored.hasVersion(hash);
    if (same !== null) return { kind: 'unchanged', key, version: same };
  }
  const ref = await freeRef(db, article);
  if (typeof ref !== 'string') return { kind: 'duplicate', key, of: ref.of };
  const input = { id: ref, title: article.title, text: article.text, language: article.language };
  let story: string;
  let matched: string | null;
  let reason: unknown;
  let diff: { previous: number; edits: readonly VersionEdit[] } | undefined;
  if (stored) {
    // what changed since the version before it (a stealth edit), stored with it
    const [previous] = await readVersions(db, [stored.latestId]);
    if (previous) diff = { previous: stored.latestId, edits: diffVersions(previous, article) };
    // a new version stays in its article's story
    restoreArticle(grouping, input, stored.story);
    ({ story } = stored);
    matched = stored.latestRef;
    reason = { on: 'version', previous: stored.latestRef };
  } else {
    const membership = await placeArticle(grouping, input, options);
    ({ story, matched } = membership);
    reason = storyReason(membership);
  }
  const saved = await saveVersion(db, {
    key, url: article.url, finalUrl: article.finalUrl, source: article.source, outlet: article.outlet, ref, contentHash: hash,
    title: article.title, byline: article.byline, published: article.published, language: article.language,
    text: article.text, sourceMap: article.sourceMap, removed: article.removed, fetchedAt, story, matched, reason,
    ...(diff && { diff }),
  });
  if (saved.kind === 'unchanged') return { kind: 'unchanged', key, version: saved.number };
  return { kind: 'stored', key, ref, version: saved.number, story, newStory: story === ref, ...(diff && { edits: diff.edits }) };
}

// The article's content id, as reports name it, unless the store already holds that text: another outlet's copy gets
// an id of its own (as `identifyArticles` gives it), the same outlet's is the same article read twice.
async function freeRef(db: SqlClient, article: Article): Promise<string | { readonly of: string }> {
  const holder = await findRef(db, article.id);
  if (!holder) return article.id;
  const outlet = article.outlet?.trim() || null;
  if (outlet === null || holder.outlet === null || holder.outlet.trim().toLowerCase() === outlet.toLowerCase()) return { of: holder.key };
  const copy = copyId(article.text, outlet);
  const copyHolder = await findRef(db, copy);
  return copyHolder ? { of: copyHolder.key } : copy;
}
