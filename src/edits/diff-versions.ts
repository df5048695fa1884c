import type { Article, VersionEdit } from '../model/index.ts';
import { headlineEdits } from './headline-edits.ts';
import { paragraphEdits } from './paragraph-edits.ts';

/**
 * What changed between two versions of one article (NewsDiffs' stealth edits), as findings: the headline (softened,
 * hardened or changed, and the figures in it), paragraphs removed, added or reworded, and in a reworded one the typed
 * changes (a figure, a hedge, an attribution, a quotation). A version whose words did not change has none.
 */
export function diffVersions(previous: Article, next: Article): VersionEdit[] {
  return [...headlineEdits(previous, next), ...paragraphEdits(previous, next)];
}
