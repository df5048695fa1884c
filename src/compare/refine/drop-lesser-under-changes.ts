import type { Finding } from '../finding.ts';
import type { Refiner } from './refiner.ts';
import { inside, overlapping, type RefineContext } from './refiner.ts';
import { wordRange } from '../tag/word-range.ts';

const DETAILS = new Set(['detail_added', 'detail_dropped']);
// A limit or condition set on the event ("suspended until further notice"): where the wording tells another event
// ("cancelled"), the limit went with it, one change and not two.
const QUALIFIERS = /^(?:caveat|limit|condition)-(?:dropped|added)$/;
const LIMITS_OF_EVENT = /^(?:limit|condition)-(?:dropped|added)$/;

/**
 * A detail added or dropped is what is left when nothing names a change better: where another finding on the same
 * words names one ("denied the report" for "does not comment on market speculation"), or on the same words of the
 * other side (a title dropped after the name is the title changed before it), the detail is part of it. A loaded
 * word that tells another answer or event ("conceded" for "rejected") is that change of meaning, not framing beside it.
 */
export const dropLesserUnderChanges: Refiner = (findings, ctx) => findings.filter((f) => {
  if (DETAILS.has(f.kind) && LIMITS_OF_EVENT.test(f.rule) && findings.some((g) => g.kind === 'meaning' && g.span.article === f.span.article)) return false;
  if (DETAILS.has(f.kind)) return !findings.some((g) => !DETAILS.has(g.kind) && !wraps(g, f) && !tellsMore(f, g, ctx) && (overlapping(f, g) || sameOtherSide(f, g)));
  if (f.kind === 'framing') return !findings.some((g) => g.kind === 'meaning' && overlapping(f, g));
  return true;
});

// `g` changes who tells a whole statement around `f`'s words (a credit dropped from the sentence spans all of it):
// it says nothing of what the statement holds, and a qualifier dropped from or added to it (a caveat, a limit, a
// condition) is a change of its own. A plain detail under it may be the rewording the credit went with, unless the
// credit stands in another sentence of the wording: nothing of this one went with it.
function wraps(g: Finding, f: Finding): boolean {
  if (g.rule === 'attribution-left-in-other-sentence') return inside(f, g);
  return g.kind === 'attribution' && QUALIFIERS.test(f.rule) && inside(f, g) && g.span.end - g.span.start >= 3 * (f.span.end - f.span.start);
}

// Both findings are on one article and set it against overlapping words of the same other article.
function sameOtherSide(f: Finding, g: Finding): boolean {
  const [x, y] = [f.versus[0], g.versus[0]];
  return f.span.article === g.span.article && !!x && !!y && x.article === y.article && x.start < y.end && y.start < x.end;
}

// How many content words a detail must hold outside the other finding's words to tell more than its change.
const MORE = 3;

// `f` holds a stretch of its own beyond the words `g` flags ("adds 'a speed cap that would apply to six of the
// region's 11 ferries'" beside "six of the region's 11" told as a smaller part): a detail of its own, not the words the
// change went with.
// (within one sentence: a detail running across a sentence's end is a rebuilt passage, not a phrase of its own; and
// not beside a loaded word, which names how the words it stands in lean: "a corrupt clique" in a clause the outlet
// adds is framing, the clause the place of it)
function tellsMore(f: Finding, g: Finding, ctx: RefineContext): boolean {
  if (!overlapping(f, g) || g.kind === 'framing') return false;
  const t = ctx.tagged.get(f.span.article);
  if (!t) return false;
  const { from, to } = wordRange(t.words, f.span.start, f.span.end);
  if (to <= from || t.sentenceOf[from] !== t.sentenceOf[to - 1]) return false;
  let outside = 0;
  for (let k = from; k < to; k++) if (t.words[k]!.content && (t.words[k]!.end <= g.span.start || t.words[k]!.start >= g.span.end)) outside++;
  return outside >= MORE;
}
