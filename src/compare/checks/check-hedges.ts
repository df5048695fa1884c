import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import { placeOfDropped } from '../typers/place-of-dropped.ts';
import type { ScaleTag } from '../tag/tag.ts';
import { bearsOn, certaintyDropped, sameFamily } from '../typers/type-scales.ts';
import { checkWholeWordings } from './check-slots.ts';
import { carriesWord, sameWord } from '../same-word.ts';

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
  // a plain "will" or "would" states as fact what a hedge leaves in doubt: a wording whose only certainty words are
  // plain tells the statement as firmly as one with none ("is expected to restore services" / "services will be back");
  // a word of intent or expectation that hedges only against another word of the scale ("expects response times to
  // improve") hedges here against the other wording's plain one ("response times will improve")
  const theirs = [...hedgesOf(base, 'certainty').filter((t) => !t.plain), ...(plainIn(other) ? facingOf(base) : [])];
  const mine = [...hedgesOf(other, 'certainty').filter((t) => !t.plain), ...(plainIn(base) ? facingOf(other) : [])];
  // a verb of finding hedges too ("suggested that her interests coincide" / "believes her interests align")
  // (a word of the scale that hedges only against another, "should", "due", leaves the matter to the slots, where it
  // stands opposite the hedge)
  if (theirs.length > 0 && mine.length === 0 && hedgesOf(other, 'finding').length === 0 && !facingIn(other)) {
    const a = theirs.find((t) => !t.plain && (bearsOn(base, t, other) || (plainIn(other) && statementCarried(base, t, other))) && !toldToo(base, t, other));
    if (!a) return [];
    // on the plain word that states it as fact, where the other has one (the slots flag it there when the two face
    // each other: one finding); else where the hedge would stand
    // (a charge made fact is a credit dropped: where the charge would stand)
    const dropped = certaintyDropped(a, base);
    const plain = dropped.kind === 'hedge' ? plainOf(other)[0] : undefined;
    const here = plain ? { from: plain.from, to: plain.to } : placeOfDropped(base, other, ctx, a.from, a.to);
    return [{ ...dropped, here, there: { from: a.from, to: a.to }, actual: plain ? plain.word : 'none', expected: a.word }];
  }
  if (mine.length > 0 && theirs.length === 0 && hedgesOf(base, 'finding').length === 0 && !facingIn(base)) {
    // (a hedge put in where the base says "would" only faces it as a word of intent does: "could push up prices" in a
    // clause of its own is no hedge on the base's "would add")
    const plainOnly = hedgesOf(base, 'certainty').length > 0;
    const b = mine.find((t) => !t.plain && (!plainOnly || t.facing === true) && bearsOn(other, t, base) && !toldToo(other, t, base) && !sameFamily(other, t, base));
    if (!b) return [];
    return [{
      kind: 'hedge', type: 'hedge-added', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: 0, to: 0 },
      explain: (h, t, says) => `"${h}" casts doubt where ${says('state')} it as fact`, actual: b.word, expected: 'none',
    }];
  }
  return [];
}

// The statement the hedge governs is carried in the other wording in other words round it: three or more of the first
// content words after the hedge, and half of them, stand in the other wording ("it expected to restore core services,
// including payments" / "core services, including payments, will be back"), though its verb may be another. Read only
// where the other wording says "will" or "would": the plain word that tells the statement as fact.
function statementCarried(view: View, t: ScaleTag, other: View): boolean {
  const tokens = view.v.tokens;
  const after = tokens.slice(t.to, Math.min(tokens.length, t.to + 8)).filter((w) => w.content);
  const carried = after.filter((w) => carriesWord(other.v.tokens, w));
  return carried.length >= 3 && 2 * carried.length >= after.length;
}

// The words of a scale in a wording, outside its quotations (a quoted hedge is the quote check's business).
function scaleWords(view: View, scale: 'certainty' | 'finding'): ScaleTag[] {
  const quotes = view.v.tags.filter((t) => t.kind === 'quote');
  return view.v.tags.filter((t): t is ScaleTag => t.kind === 'scale' && t.scale === scale && !quotes.some((q) => q.from <= t.from && t.to <= q.to));
}

// The certainty words (or the hedging verbs of finding: suggest, indicate) of a wording outside its quotations; a noun
// ("the suspects", "the accused") names people, not how sure the statement is.
function hedgesOf(view: View, scale: 'certainty' | 'finding'): ScaleTag[] {
  // ("can" and "should" hedge only against another word of the scale, in the slots)
  return scaleWords(view, scale).filter((t) => !t.facing && (scale === 'certainty' || t.rank <= 2)
    && !(t.to - t.from === 1 && /NOUN/.test(view.v.tokens[t.from]!.pos)) && !/^the$/i.test(view.v.tokens[t.from]!.text));
}

// The words of intent or expectation that hedge only against another word of the scale ("expects", "intends to",
// "aims to"; not "should" or "can", which tell advice or ability as often), outside quotations.
function facingOf(view: View): ScaleTag[] {
  return scaleWords(view, 'certainty').filter((t) => t.facing === true && !/^(?:should|can|due)$/i.test(t.word));
}

// The hedge with the word after it stands in the other wording too, in a quotation or out ("it could fly" quoted in one,
// told in the other): the same words, not a hedge gone or come.
function toldToo(view: View, t: ScaleTag, other: View): boolean {
  const words = view.v.tokens.slice(t.from, t.to + 1);
  if (words.length < t.to - t.from + 1) return false;
  const theirs = other.v.tokens;
  return theirs.some((_, j) => j + words.length <= theirs.length && words.every((w, i) => sameWord(theirs[j + i]!, w)));
}

// The plain words of the certainty scale ("will", "would", "is set to") outside quotations.
function plainOf(view: View): ScaleTag[] {
  return scaleWords(view, 'certainty').filter((t) => t.plain === true);
}

function plainIn(view: View): boolean {
  return plainOf(view).length > 0;
}

function facingIn(view: View): boolean {
  return view.v.tags.some((t) => t.kind === 'scale' && t.scale === 'certainty' && t.facing);
}
