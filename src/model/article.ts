import type { Range } from './span.ts';

/** Why a piece of the source was left out of the clean text. */
export type RemovalReason =
  | 'site-chrome'
  | 'navigation'
  | 'social'
  | 'advertisement'
  | 'teaser'
  | 'caption'
  | 'photo-credit'
  | 'newsletter'
  | 'share-prompt'
  | 'copyright'
  | 'tracking'
  | 'byline'
  /** A wire sign-off naming who reported, wrote and edited the story. */
  | 'credits'
  | 'dateline'
  | 'title'
  | 'tags'
  | 'duplicate-paragraph'
  | 'faq'
  | 'bundle-boilerplate'
  | 'outlet-boilerplate'
  | 'html-boilerplate'
  | 'off-article'
  | 'empty'
  /** A line holding a thousand characters without a space (a blob, a slug, a flood): no prose. */
  | 'not-prose'
  /** Markup nested past the depth cap: the elements' tags are dropped, their text kept (a note, not a removal of text). */
  | 'flattened';

/** A piece of the source that cleaning removed, and why. Nothing is dropped silently. */
export interface Removed {
  readonly text: string;
  readonly reason: RemovalReason;
  /** Where it was in the source body (UTF-16 offsets), when known. */
  readonly source?: Range;
}

/** Clean text `[start, end)` was copied from source body `[sourceStart, sourceStart + end - start)`. */
export interface SourceMapEntry {
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
}

/** Metadata read from the document itself (or carried by the input). */
export interface ArticleMeta {
  readonly url: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  /** ISO 8601: a UTC date-time (`Z`), or the day alone (`2026-02-21`) when the source gives no time; null when undated. */
  readonly published: string | null;
  readonly language: string | null;
}

/** The output of cleaning one raw document: the text a reader sees, and what was taken out. */
export interface CleanDocument extends ArticleMeta {
  readonly source: string;
  /** For a fetched page: the address it ended at after redirects, when it is not `url` (the input's `finalUrl`). */
  readonly finalUrl?: string;
  readonly text: string;
  readonly removed: readonly Removed[];
  /** Maps clean text back to the source body; pieces not listed were synthesised (e.g. joins). */
  readonly sourceMap: readonly SourceMapEntry[];
}

/** A clean, segmented article: the unit every later stage works on. */
export interface Article extends CleanDocument {
  /** Stable id derived from the clean content. */
  readonly id: string;
  readonly paragraphs: readonly Range[];
  readonly sentences: readonly Range[];
}
