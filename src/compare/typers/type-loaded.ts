import { tagsIn, type Change, type TypeContext, type View } from './change.ts';
import type { LoadedTag } from '../tag/tag.ts';
import { usesLoaded } from '../tag/tag-loaded.ts';

// The word shared by both wordings just after each loaded word (or just before), within two words, is one word.
function samePlace(base: View, a: LoadedTag, other: View, b: LoadedTag, ctx: TypeContext): boolean {
  const map = ctx.pair(other.v.index, base.v.index);
  for (let k = b.to; k < Math.min(other.v.tokens.length, b.to + 2); k++) {
    const j = map[k] ?? -1;
    if (j >= 0) return j >= a.to && j - a.to < 2;
  }
  for (let k = b.from - 1; k >= Math.max(0, b.from - 2); k--) {
    const j = map[k] ?? -1;
    if (j >= 0) return j < a.from && a.from - j <= 2;
  }
  return false;
}

/**
 * Framing: a loaded word ("slammed", "regime", "botched") where the other wording is neutral. A word the other
 * article uses itself (the wire's own "devastating") is its wording too, not this outlet's colour.
 */
export function typeLoaded(base: View, other: View, ctx: TypeContext): Change[] {
  const theirs = tagsIn(base, 'loaded');
  const out: Change[] = [];
  const quoted = tagsIn(other, 'quote');
  for (const b of tagsIn(other, 'loaded')) {
    const word = other.v.tokens[b.from]!;
    // a quotation's words are the speaker's, not the outlet's framing
    if (quoted.some((q) => q.from <= b.from && b.to <= q.to)) continue;
    if (theirs.some((a) => base.v.tokens[a.from]!.stem === word.stem && a.to - a.from === b.to - b.from) || usesLoaded(base.v.tagged, other.v.tokens, b)) continue;
    // another loaded word, as strong, standing in the same place agrees in tone ("the dictator Halden" / "the
    // deposed Halden"): both within two words of one shared word, on the same side of it
    if (theirs.some((a) => a.strength >= b.strength && samePlace(base, a, other, b, ctx))) continue;
    out.push({
      kind: 'framing', type: 'loaded-word', severity: b.strength === 2 ? 'medium' : 'low', here: { from: b.from, to: b.to }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => (t ? `"${h}" colours what ${says('tell')} neutrally: "${t}"` : `"${h}" colours what ${says('tell')} without it`), expected: 'neutral',
    });
  }
  return out;
}
