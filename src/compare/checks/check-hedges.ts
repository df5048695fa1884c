import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import { placeOfDropped } from '../typers/place-of-dropped.ts';
import type { ScaleTag } from '../tag/tag.ts';
import { bearsOn, certaintyDropped } from '../typers/type-scales.ts';
import { checkWholeWordings } from './check-slots.ts';

/**
 * A hedge gone from the whole wording: the base tells the statement with a word of doubt (may, likely, believed,
 * examining whether) and the other wording has no word of certainty anywhere outside its quotations, or the other
 * way round. A hedge bears on the whole statement wherever it stands, and rewrites move the rest about ("Investigators
 * believe the suspects took ..." / "The suspects took ..., the prosecutor said"), so the slots, cut where the words
 * differ, may hold the hedge opposite words that are not its statement and miss that it is gone. How far a hedge
 * moved along the scale is the slots' business (typeScales), where two hedges stand opposite each other.
 */
export function checkHedges(col: Collation): Finding[] {
  return checkWholeWordings(col, compareHedges);
}

function compareHedges(base: View, other: View, ctx: TypeContext): Change[] {
  const theirs = hedgesOf(base, 'certainty');
  const mine = hedgesOf(other, 'certainty');
  // a verb of finding hedges too ("suggested that her interests coincide" / "believes her interests align")
  // (a word of the scale that hedges only against another, "should", "due", leaves the matter to the slots, where it
  // stands opposite the hedge)
  if (theirs.length > 0 && mine.length === 0 && hedgesOf(other, 'finding').length === 0 && !facingIn(other)) {
    const a = theirs.find((t) => !t.plain && bearsOn(base, t, other));
    if (!a) return [];
    return [{ ...certaintyDropped(a, base), here: placeOfDropped(base, other, ctx, a.from, a.to), there: { from: a.from, to: a.to }, actual: 'none', expected: a.word }];
  }
  if (mine.length > 0 && theirs.length === 0 && hedgesOf(base, 'finding').length === 0 && !facingIn(base)) {
    const b = mine.find((t) => !t.plain && bearsOn(other, t, base));
    if (!b) return [];
    return [{
      kind: 'hedge', type: 'hedge-added', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: 0, to: 0 },
      explain: (h, t, says) => `"${h}" casts doubt where ${says('state')} it as fact`, actual: b.word, expected: 'none',
    }];
  }
  return [];
}

// The certainty words (or the hedging verbs of finding: suggest, indicate) of a wording outside its quotations (a quoted hedge is the quote check's business); a noun
// ("the suspects", "the accused") names people, not how sure the statement is.
function hedgesOf(view: View, scale: 'certainty' | 'finding'): ScaleTag[] {
  const quotes = view.v.tags.filter((t) => t.kind === 'quote');
  // ("can" and "should" hedge only against another word of the scale, in the slots)
  return view.v.tags.filter((t): t is ScaleTag => t.kind === 'scale' && t.scale === scale && !t.facing && (scale === 'certainty' || t.rank <= 2)
    && !quotes.some((q) => q.from <= t.from && t.to <= q.to)
    && !(t.to - t.from === 1 && /NOUN/.test(view.v.tokens[t.from]!.pos)) && !/^the$/i.test(view.v.tokens[t.from]!.text));
}

function facingIn(view: View): boolean {
  return view.v.tags.some((t) => t.kind === 'scale' && t.scale === 'certainty' && t.facing);
}
