import type { Removed } from '../../model/index.ts';
import { BLOCK_RULES, type BlockRule } from './block-rules.ts';
import { summarise } from './summarise.ts';
import type { TextBlock } from './text-blocks.ts';

/** Paragraphs kept as article text, and those taken out with the reason. */
export interface FilteredBlocks {
  readonly kept: readonly TextBlock[];
  readonly removed: readonly Removed[];
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Drop extracted paragraphs that are page furniture (widget labels, link lists, bylines, credits, teasers, a repeated headline). */
export function filterBlocks(blocks: readonly TextBlock[], title: string | null, rules: readonly BlockRule[] = BLOCK_RULES): FilteredBlocks {
  const kept: TextBlock[] = [];
  const removed: Removed[] = [];
  const headline = title ? squash(title) : '';
  for (const block of blocks) {
    const words = block.text.split(' ').length;
    // The headline is metadata, not body text; only a leading copy is dropped, never a later mention.
    if (kept.length === 0 && headline && squash(block.text) === headline) {
      removed.push({ text: summarise(block.text), reason: 'title' });
      continue;
    }
    const rule = rules.find((r) => r.test(block, words));
    if (rule) removed.push({ text: summarise(block.text), reason: rule.reason });
    else kept.push(block);
  }
  return { kept, removed };
}
