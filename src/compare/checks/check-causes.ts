import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import type { ScaleTag } from '../tag/tag.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import { checkWholeWordings } from './check-slots.ts';
import { nominalised } from '../typers/type-scales.ts';

/** Content words read on each side of a cause word for the effect both wordings must tell. */
const REACH = 6;

/**
 * A cause asserted where the base sets the facts side by side or ties them more loosely: this wording ties two facts
 * with a word of cause ("caused", "prompted", "drove ... down", "sent shares up") and the base, telling both facts,
 * ties them with no word of cause, or a weaker one, among their own words ("Visitor numbers fell 6 percent last year,
 * the same year bleaching was recorded" / "Bleaching drove visitor numbers down 6 per cent last year"; "linked the
 * decline to low-oxygen zones" / "low-oxygen zones caused the decline"). A word of cause elsewhere in the base (a
 * caveat blaming another factor) ties other facts. Rewrites move the cause about ("which prompted the police to open
 * ..." / "weeks before police opened ..."), so the tie is read over the whole wording, not in one slot.
 */
export function checkCauses(col: Collation): Finding[] {
  return checkWholeWordings(col, compareCauses);
}

function compareCauses(base: View, other: View, ctx: TypeContext): Change[] {
  const pairs = ctx.pair(other.v.index, base.v.index);
  for (const c of causes(other, 3)) {
    // both facts the word ties are told in the base: a word before it and a word after it (a cause the base does
    // not tell at all is a detail added, not a tie asserted)
    const told = (k: number): boolean => other.v.tokens[k]!.content && ((pairs[k] ?? -1) >= 0 || carriesWord(base.v.tokens, other.v.tokens[k]!));
    // (read in the article's order: a wording is compared with its clauses in the reference's order)
    const order = range(0, other.v.tokens.length).sort((x, y) => other.v.at[x]! - other.v.at[y]!);
    const at = order.indexOf(c.from);
    const last = order.indexOf(c.to - 1);
    const before = order.slice(Math.max(0, at - REACH), at).filter(told);
    const after = order.slice(last + 1, last + 1 + REACH).filter(told);
    if (before.length === 0 || after.length === 0) continue;
    const tie = tieIn(base, other, pairs, before, after);
    // the base ties the two facts as firmly, or tells them in one clause with nothing between
    if (tie === null || tie.rank >= c.rank) continue;
    // "led to the mayor's resignation" / "the mayor resigned": an outcome told by a noun for the base's verb
    if (nominalised(c, other, base)) continue;
    // the base's words for the two facts, from the first to the last
    const local = [...before, ...after].map((k) => pairs[k] ?? -1).filter((j) => j >= 0);
    const there = local.length > 0 ? { from: Math.min(...local), to: Math.max(...local) + 1 } : { from: 0, to: 0 };
    return [{
      kind: 'meaning', type: 'cause-asserted', severity: 'medium', here: { from: c.from, to: c.to }, there,
      explain: (h, t, says) => tie.word === null
        ? `"${h}" asserts a cause where ${says('only set')} the facts side by side`
        : `"${h}" asserts a cause where ${says('only tie')} the facts with "${tie.word}"`,
      actual: c.word, expected: tie.word ?? 'none',
    }];
  }
  return [];
}

// Words of cause of at least this rank, outside quotations (a quoted cause is the quote check's business) and credits.
function causes(view: View, rank: number): ScaleTag[] {
  const fenced = view.v.tags.filter((t) => t.kind === 'quote' || (t.kind === 'credit' && t.family !== 'document'));
  return view.v.tags.filter((t): t is ScaleTag => t.kind === 'scale' && t.scale === 'causal' && t.rank >= rank && !fenced.some((q) => q.from <= t.from && t.to <= q.to));
}

// How the base ties the two facts: the firmest word of cause or time among their words, outside quotations ("linked
// to", rank 1; "after", rank 0: set side by side), or, with none, apart in clauses or sentences of their own (rank 0);
// null when it tells them in one clause with nothing between ("were killed during the storm" tells what the storm did).
// A word of cause elsewhere in the base (a caveat blaming another factor) ties other facts.
function tieIn(base: View, other: View, pairs: readonly number[], before: readonly number[], after: readonly number[]): { rank: number; word: string | null } | null {
  const where = (k: number): number => {
    const j = pairs[k] ?? -1;
    const at = j >= 0 ? j : base.v.tokens.findIndex((x) => sameWord(x, other.v.tokens[k]!));
    return at >= 0 ? base.v.at[at]! : -1;
  };
  const a = before.map(where).filter((x) => x >= 0);
  const b = after.map(where).filter((x) => x >= 0);
  if (a.length === 0 || b.length === 0) return null;
  const words = base.v.tagged.words;
  const from = Math.min(Math.min(...a), Math.min(...b));
  const to = Math.max(Math.max(...a), Math.max(...b));
  // a tie word may also open the sentence before both facts ("Because of the storm, ...")
  const quoted = base.v.tagged.tags.filter((t) => t.kind === 'quote');
  const ties = base.v.tagged.tags.filter((t): t is ScaleTag => t.kind === 'scale' && t.scale === 'causal' && t.from > from - 3 && t.from < to
    && !quoted.some((q) => q.from <= t.from && t.to <= q.to));
  if (ties.length > 0) {
    const firm = ties.reduce((x, y) => (y.rank > x.rank ? y : x));
    return { rank: firm.rank, word: firm.rank === 0 ? null : firm.word };
  }
  const text = base.v.article.text.slice(words[from]!.end, words[to]!.start);
  return /[,;:.—–()]/.test(text) ? { rank: 0, word: null } : null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
