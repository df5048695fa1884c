import type { DivergenceKind, Severity } from './report.ts';

/** What an edit between two versions of one article touched: its headline, a paragraph, a quotation, or a typed change. */
export type EditKind = 'headline' | 'paragraph' | 'quote' | DivergenceKind;

/** Words of one version: offsets into its text (or its title, when the edit's field is `title`), end excluded. */
export interface VersionPlace {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One step of a word diff: words kept (`=`), removed (`-`) or added (`+`). */
export interface WordStep {
  readonly op: '=' | '-' | '+';
  readonly text: string;
}

/**
 * A stealth edit: how a version of an article departs from the version stored before it at the same URL (a changed
 * figure, a softened or hardened headline, a paragraph removed or added, a quotation changed). `after` is in the new
 * version (empty where a removed passage stood), `before` in the previous one (empty where a passage was added).
 */
export interface VersionEdit {
  /** What changed, by name: `headline-softened`, `figure-changed`, `paragraph-removed`, `quote-changed`, ... */
  readonly rule: string;
  readonly kind: EditKind;
  readonly severity: Severity;
  readonly message: string;
  readonly field: 'title' | 'text';
  readonly after: VersionPlace;
  readonly before: VersionPlace;
  /** For a headline: which way it moved (more cautious, milder words; or surer, stronger words). */
  readonly direction?: 'softened' | 'hardened';
  /** For a reworded paragraph: its word diff, old to new. */
  readonly words?: readonly WordStep[];
  /** Machine-readable detail, as a divergence's: what the new version says and what the old one said. */
  readonly actual?: string;
  readonly expected?: string;
}

/** One stored version of an article, with its edits against the version before it (none for the first). */
export interface ArticleVersion {
  readonly number: number;
  readonly ref: string;
  readonly title: string | null;
  readonly published: string | null;
  /** When it was read, and when it was stored (ISO 8601). */
  readonly fetchedAt: string;
  readonly storedAt: string;
  readonly edits: readonly VersionEdit[];
}

/** An article as the store keeps it over time: its key (its URL, else its file), outlet, and every version. */
export interface ArticleHistory {
  readonly key: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly versions: readonly ArticleVersion[];
}
