import type { QualifierTag } from '../tag/tag.ts';
import { sameWord } from '../same-word.ts';
import { tagsIn, type Change, type TypeContext, type View } from './change.ts';
import { placeOfDropped } from './place-of-dropped.ts';

const MIN_WORDS = 2;
// A detail is a few words hung on what is told; a longer stretch is another part of the story the wording leaves out.
const MAX_WORDS = 5;
// A conjunction opening a stretch with a verb of its own: a further statement, not a detail of this one.
const COORDINATORS = /^(?:and|or|but|while|whereas|then|so|as|after|before|since)$/i;

/**
 * Words one wording carries and the other lacks, typed by what they are: a qualifier (a limit such as
 * "preliminary", a basis such as "including debt", a caveat, a condition) or a phrase of two or more content words
 * (a detail). Words in a credit or a quotation are those checks' business; words the other wording carries
 * anywhere were moved, not added or dropped; a stretch that stands opposite other unmatched words just beside it
 * is a paraphrase; a further statement joined by "and" is another part of the story, not a detail of this one.
 * `claimed` holds words other typers have already read.
 */
export function typePhrases(base: View, other: View, claimed: { here: ReadonlySet<number>; there: ReadonlySet<number> }, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  const left = free(base, other, claimed.there);
  const right = free(other, base, claimed.here);
  for (const q of tagsIn(base, 'qualifier').filter((x) => within(x, left))) {
    if (other.v.tags.some((x) => x.kind === 'qualifier' && x.type === q.type)) continue;
    out.push(qualifierChange(q, 'dropped', other, base, placeOfDropped(base, other, ctx, q.from, q.to)));
  }
  for (const q of tagsIn(other, 'qualifier').filter((x) => within(x, right))) {
    if (base.v.tags.some((x) => x.kind === 'qualifier' && x.type === q.type)) continue;
    if (q.type === 'widen' || q.type === 'condition' || q.type === 'caveat') out.push(qualifierChange(q, 'added', other, base, { from: q.from, to: q.to }));
  }
  if (out.length > 0) return out;
  if (left.length >= MIN_WORDS && left.length <= MAX_WORDS && right.length === 0 && !furtherStatement(base, left) && !restructured(base, left, other) && !paraphrased(other, base, ctx) && !carriesFigure(base, other)) {
    out.push({
      kind: 'detail_dropped', type: 'detail-dropped', severity: 'low', here: placeOfDropped(base, other, ctx, left[0]!, left[left.length - 1]! + 1), there: { from: left[0]!, to: left[left.length - 1]! + 1 },
      explain: (h, t, says) => `leaves out "${t}", which ${says('give')}`, actual: 'none',
    });
  }
  if (right.length >= MIN_WORDS && right.length <= MAX_WORDS && left.length === 0 && !furtherStatement(other, right) && !paraphrased(base, other, ctx) && !carriesFigure(other, base)) {
    out.push({
      kind: 'detail_added', type: 'detail-added', severity: 'low', here: { from: right[0]!, to: right[right.length - 1]! + 1 }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => `adds "${h}", which ${says('do')} not carry`, expected: 'none',
    });
  }
  return out;
}

// Content words of `a`'s reading that `b`'s wording does not carry anywhere, outside credits, quotations and claimed words.
function free(a: View, b: View, claimed: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const fenced = [...tagsIn(a, 'credit'), ...tagsIn(a, 'quote')];
  for (let k = a.from; k < a.to; k++) {
    const t = a.v.tokens[k]!;
    if (!t.content || claimed.has(k) || fenced.some((f) => f.from <= k && k < f.to)) continue;
    if (b.v.tokens.some((x) => sameWord(x, t))) continue;
    out.push(k);
  }
  return out;
}

// Words left out that only frame what is kept: the head of "[the first group] of about 120 advisers", or a label
// right before a name the other wording gives ("the [rental platform] HomeNest").
function restructured(having: View, words: readonly number[], other: View): boolean {
  const next = having.v.tokens[words[words.length - 1]! + 1];
  if (next && /^of$/i.test(next.text)) return true;
  const name = having.v.tags.find((t) => t.kind === 'name' && t.from === words[words.length - 1]! + 1);
  return name !== undefined && other.v.tokens.some((x) => sameWord(x, having.v.tokens[name.from]!));
}

// The stretch opens with a conjunction and holds a verb of its own: "and drew delegates from 40 countries".
function furtherStatement(view: View, words: readonly number[]): boolean {
  const first = words[0]!;
  let k = first - 1;
  while (k >= view.from - 1 && k >= 0 && !view.v.tokens[k]!.content && !COORDINATORS.test(view.v.tokens[k]!.text)) k--;
  const opener = view.v.tokens[k];
  if (!opener || !COORDINATORS.test(opener.text)) return false;
  return words.some((w) => /VERB/.test(view.v.tokens[w]!.pos));
}

// The wording that lacks the words has unmatched words of its own right beside the place ("Youth unemployment" for
// "unemployment among young people"): it says the same thing another way.
function paraphrased(lacking: View, having: View, ctx: TypeContext): boolean {
  const map = ctx.pair(lacking.v.index, having.v.index);
  for (let k = Math.max(0, lacking.from - 2); k < Math.min(lacking.v.tokens.length, lacking.to + 2); k++) {
    const t = lacking.v.tokens[k]!;
    if (t.content && (map[k] ?? -1) < 0 && !having.v.tokens.some((x) => sameWord(x, t))) return true;
  }
  return false;
}

// The stretch holds a figure or a date the other wording gives elsewhere: the same material, moved ("the $1.2
// billion bridge" / "the bridge, a project budgeted at 1.2 billion dollars").
function carriesFigure(having: View, other: View): boolean {
  const values = (view: View, from: number, to: number): string[] => view.v.tags
    .filter((t) => (t.kind === 'num' || t.kind === 'date') && t.from < to && from < t.to)
    .map((t) => (t.kind === 'num' ? `n${t.value}` : t.kind === 'date' ? `d${t.value}` : ''));
  const mine = values(having, having.from, having.to);
  if (mine.length === 0) return false;
  const theirs = new Set(values(other, 0, other.v.tokens.length));
  return mine.some((x) => theirs.has(x));
}

function within(q: QualifierTag, words: readonly number[]): boolean {
  return words.some((k) => q.from <= k && k < q.to);
}

function qualifierChange(q: QualifierTag, how: 'dropped' | 'added', other: View, base: View, here: { from: number; to: number }): Change {
  const what = { limit: 'a limit', widen: 'an absolute', basis: 'what the figure counts', caveat: 'a caveat', condition: 'a condition' }[q.type];
  if (how === 'dropped') {
    return {
      kind: 'detail_dropped', type: `${q.type}-dropped`, severity: 'medium', here, there: { from: q.from, to: q.to },
      explain: (h, t, says) => `leaves out ${what} ${says('give')}: "${t}"`, actual: 'none', expected: q.word,
    };
  }
  return {
    kind: 'detail_added', type: `${q.type}-added`, severity: 'medium', here: { from: q.from, to: q.to }, there: { from: base.from, to: base.to },
    explain: (h, t, says) => `adds ${what}, "${h}", which ${says('do')} not carry`, actual: q.word, expected: 'none',
  };
}
