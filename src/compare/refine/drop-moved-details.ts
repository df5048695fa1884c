import type { Refiner } from './refiner.ts';
import { stemWord } from '../../text/stem-word.ts';
import { normalizeToken } from '../../text/normalize-token.ts';
import { FUNCTION_WORDS } from '../../lexicon/function-words.ts';

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w)).map((w) => stemWord(normalizeToken(w)));

/**
 * Material moved, not added or dropped: a detail "dropped" whose words the article tells in another sentence, or a
 * detail "added" whose words most of the other articles carry somewhere (it came from elsewhere in the story).
 */
export const dropMovedDetails: Refiner = (findings, ctx) => findings.filter((f) => {
  if (f.kind === 'detail_dropped') {
    const own = ctx.tagged.get(f.span.article);
    const missing = f.versus[0] ? words(f.versus[0].text) : [];
    if (!own || missing.length === 0) return true;
    return missing.filter((w) => own.stems.has(w)).length < Math.max(1, Math.ceil(missing.length * 0.6));
  }
  if (f.kind === 'detail_added') {
    const added = words(f.span.text);
    if (added.length === 0) return false;
    const others = [...ctx.tagged.values()].filter((t) => t.article.id !== f.span.article);
    return !others.some((t) => added.filter((w) => t.stems.has(w)).length >= Math.ceil(added.length * 0.6));
  }
  return true;
});
