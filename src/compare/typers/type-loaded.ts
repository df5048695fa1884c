import { tagsIn, type Change, type View } from './change.ts';

/**
 * Framing: a loaded word ("slammed", "regime", "botched") where the other wording is neutral. A word the other
 * article uses itself (the wire's own "devastating") is its wording too, not this outlet's colour.
 */
export function typeLoaded(base: View, other: View): Change[] {
  const theirs = tagsIn(base, 'loaded');
  const out: Change[] = [];
  const quoted = tagsIn(other, 'quote');
  for (const b of tagsIn(other, 'loaded')) {
    const word = other.v.tokens[b.from]!;
    // a quotation's words are the speaker's, not the outlet's framing
    if (quoted.some((q) => q.from <= b.from && b.to <= q.to)) continue;
    if (theirs.some((a) => base.v.tokens[a.from]!.stem === word.stem) || base.v.tagged.stems.has(word.stem)) continue;
    // another loaded word standing in the same place agrees in tone ("the regime" / "the dictatorship")
    const place = (t: { from: number; to: number }, view: View): [number, number] => [t.from - view.from, view.to - t.to];
    const [x, y] = place(b, other);
    if (theirs.some((a) => { const [p, q] = place(a, base); return Math.abs(p - x) <= 2 || Math.abs(q - y) <= 2; })) continue;
    out.push({
      kind: 'framing', type: 'loaded-word', severity: b.strength === 2 ? 'medium' : 'low', here: { from: b.from, to: b.to }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => (t ? `"${h}" colours what ${says('tell')} neutrally: "${t}"` : `"${h}" colours what ${says('tell')} without it`), actual: word.text, expected: 'neutral',
    });
  }
  return out;
}
