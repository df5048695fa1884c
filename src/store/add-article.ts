import type { Article, InputProblem, VersionEdit } from '../model/index.ts';
import { diffVersions } from '../edits/diff-versions.ts';
import { readVersions } from './read-versions.ts';
import { copyId } from '../pipeline/article-id.ts';
import { placeArticle, restoreArticle, type GroupOptions, type StoryGrouping } from '../stories/group-stories.ts';
import { storyFeatures, type StoryFeatures } from '../stories/story-features.ts';
import { storyReason } from '../stories/summarize-stories.ts';
import { saveVersionsIn, type NewVersion } from './save-version.ts';
import type { SqlClient } from './sql-client.ts';
import { jsonParam } from './storable.ts';
import { articleKey, contentHash } from './version-keys.ts';

/** What adding one article did, once it is committed. */
export type AddOutcome =
  | { readonly kind: 'stored'; readonly key: string; readonly ref: string; readonly version: number; readonly story: string; readonly newStory: boolean; readonly edits?: readonly VersionEdit[] }
  | { readonly kind: 'unchanged'; readonly key: string; readonly version: number }
  | { readonly kind: 'duplicate'; readonly key: string; readonly of: string };

/** One thing adding found, as it is committed: an article's outcome, or an input's problem. */
export type AddEvent =
  | { readonly kind: 'outcome'; readonly article: Article; readonly outcome: AddOutcome }
  | { readonly kind: 'problem'; readonly problem: InputProblem };

/** An outcome as the JSON line `add --json` prints for it. */
export function outcomeLine(article: Article, outcome: AddOutcome): string {
  const { kind, ...fields } = outcome;
  return `${JSON.stringify({ event: kind, source: article.source, ...fields })}\n`;
}

/** An article made ready to add: its key, its content hash and its grouping features, read from it alone. */
export interface PreparedArticle {
  readonly article: Article;
  readonly key: string;
  readonly hash: string;
  readonly features: StoryFeatures;
}

/** What adding needs of an article that can be read before the store is touched (outside the writer lock). */
export function prepareArticle(article: Article): PreparedArticle {
  return { article, key: articleKey(article), hash: contentHash(article), features: storyFeatures({ id: article.id, title: article.title, text: article.text, language: article.language }) };
}

/**
 * Add one article to the store. Seen before at its key (URL, else file) with the same title and text: nothing to do.
 * Seen with another text: a new version of it, in its story, with its edits against the version before it. New: it is placed into a story as `stories` places it
 * (joining the story of the stored article it matches best, or starting one) and stored. The same text another
 * article of the same outlet holds is stored once, as `analyze` reads it once. `grouping` holds every stored
 * version and grows with this one.
 */
export async function addArticle(db: SqlClient, grouping: StoryGrouping, article: Article, options: GroupOptions = {}, fetchedAt = new Date()): Promise<AddOutcome> {
  return (await addArticles(db, grouping, [prepareArticle(article)], options, fetchedAt))[0]!.outcome;
}

/** One added article's outcome, with its story (unless a duplicate) and the row id of the version stored (for a stored one). */
export interface Added {
  readonly outcome: AddOutcome;
  readonly story?: string;
  readonly versionId?: number;
}

/**
 * Add articles as `addArticle` adds each, in order, with a few statements for the lot: what the store holds at their
 * keys and content ids is read in two queries, and the new versions are stored in one transaction (all or none: if it
 * fails, `grouping` has placed articles the store does not hold, and must be read again). An article whose key or
 * content id an earlier one of the lot takes starts a new lot, so each sees the one before it stored. The caller
 * holds the store's writer lock.
 */
export async function addArticles(db: SqlClient, grouping: StoryGrouping, prepared: readonly PreparedArticle[], options: GroupOptions = {}, fetchedAt = new Date()): Promise<Added[]> {
  const added: Added[] = [];
  let start = 0;
  while (start < prepared.length) {
    const keys = new Set<string>();
    const refs = new Set<string>();
    let end = start;
    for (; end < prepared.length; end++) {
      const p = prepared[end]!;
      const wanted = candidateRefs(p.article);
      if (end > start && (keys.has(p.key) || wanted.some((r) => refs.has(r)))) break;
      keys.add(p.key);
      for (const r of wanted) refs.add(r);
    }
    added.push(...await addLot(db, grouping, prepared.slice(start, end), [...refs], options, fetchedAt));
    start = end;
  }
  return added;
}

// The content ids an article may be stored under: its own, and its outlet's copy id when another outlet holds its text.
function candidateRefs(article: Article): string[] {
  const outlet = article.outlet?.trim() || null;
  return outlet === null ? [article.id] : [article.id, copyId(article.text, outlet)];
}

interface StoredAt {
  readonly key: string;
  readonly story: string;
  readonly ref: string;
  readonly version_id: number;
  readonly same: number | null;
}

async function addLot(db: SqlClient, grouping: StoryGrouping, lot: readonly PreparedArticle[], refs: readonly string[], options: GroupOptions, fetchedAt: Date): Promise<Added[]> {
  // each key's latest version (its story, its ref) and the number of its version with this content, if any
  const found = await db.query<StoredAt>(
    `select k.key, s.key as story, v.ref, v.id as version_id,
       (select x.number from versions x where x.article_id = a.id and x.content_hash = k.hash limit 1) as same
     from jsonb_to_recordset($1::jsonb) as k(key text, hash text)
     join articles a on a.key = k.key
     join lateral (select v.id, v.ref from versions v where v.article_id = a.id order by v.number desc limit 1) v on true
     join story_members m on m.version_id = v.id join stories s on s.id = m.story_id`,
    [jsonParam(lot.map((p) => ({ key: p.key, hash: p.hash })))]);
  const byKey = new Map(found.map((f) => [f.key, f]));
  const holders = new Map((await db.query<{ ref: string; key: string; outlet: string | null }>(
    `select v.ref, a.key, a.outlet from versions v join articles a on a.id = v.article_id
     where v.ref in (select jsonb_array_elements_text($1::jsonb))`, [jsonParam(refs)])).map((h) => [h.ref, h]));
  // each article's outcome, known now or once its version is saved
  const outcomes: ({ readonly done: Added } | { readonly save: NewVersion })[] = [];
  for (const { article, key, hash, features } of lot) {
    const stored = byKey.get(key);
    if (stored && stored.same !== null) {
      outcomes.push({ done: { outcome: { kind: 'unchanged', key, version: stored.same }, story: stored.story } });
      continue;
    }
    const ref = freeRef((r) => holders.get(r) ?? null, article);
    if (typeof ref !== 'string') {
      outcomes.push({ done: { outcome: { kind: 'duplicate', key, of: ref.of } } });
      continue;
    }
    const input = { id: ref, title: article.title, text: article.text, language: article.language };
    const read = ref === features.id ? features : { ...features, id: ref };
    let story: string;
    let matched: string | null;
    let reason: unknown;
    let diff: { previous: number; edits: readonly VersionEdit[] } | undefined;
    if (stored) {
      // what changed since the version before it (a stealth edit), stored with it
      const [previous] = await readVersions(db, [stored.version_id]);
      if (previous) diff = { previous: stored.version_id, edits: diffVersions(previous, article) };
      // a new version stays in its article's story
      restoreArticle(grouping, input, stored.story, read);
      ({ story } = stored);
      matched = stored.ref;
      reason = { on: 'version', previous: stored.ref };
    } else {
      const membership = await placeArticle(grouping, input, options, read);
      ({ story, matched } = membership);
      reason = storyReason(membership);
    }
    outcomes.push({ save: {
      key, url: article.url, finalUrl: article.finalUrl, source: article.source, outlet: article.outlet, ref, contentHash: hash,
      title: article.title, byline: article.byline, published: article.published, language: article.language,
      text: article.text, sourceMap: article.sourceMap, removed: article.removed, fetchedAt, story, matched, reason,
      ...(diff && { diff }),
    } });
  }
  const toSave = outcomes.flatMap((o) => ('save' in o ? [o.save] : []));
  const saved = toSave.length === 0 ? [] : await db.transaction((tx) => saveVersionsIn(tx, toSave));
  let next = 0;
  return outcomes.map((d): Added => {
    if ('done' in d) return d.done;
    const o = d.save;
    const result = saved[next++]!;
    if (result.kind === 'unchanged') return { outcome: { kind: 'unchanged', key: o.key, version: result.number }, story: o.story };
    return { outcome: { kind: 'stored', key: o.key, ref: o.ref, version: result.number, story: o.story, newStory: o.story === o.ref, ...(o.diff && { edits: o.diff.edits }) }, story: o.story, versionId: result.version };
  });
}

// The article's content id, as reports name it, unless the store already holds that text: another outlet's copy gets
// an id of its own (as `identifyArticles` gives it), the same outlet's is the same article read twice.
function freeRef(holderOf: (ref: string) => { readonly key: string; readonly outlet: string | null } | null, article: Article): string | { readonly of: string } {
  const holder = holderOf(article.id);
  if (!holder) return article.id;
  const outlet = article.outlet?.trim() || null;
  if (outlet === null || holder.outlet === null || holder.outlet.trim().toLowerCase() === outlet.toLowerCase()) return { of: holder.key };
  const copy = copyId(article.text, outlet);
  const copyHolder = holderOf(copy);
  return copyHolder ? { of: copyHolder.key } : copy;
}
