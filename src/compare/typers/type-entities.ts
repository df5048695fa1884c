import { samePlace } from '../../lexicon/place-aliases.ts';
import { sameWord } from '../same-word.ts';
import type { NameTag, RoleTag } from '../tag/tag.ts';
import { contentOf, tagsAt, tagsIn, type Change, type View } from './change.ts';

/**
 * Entities: another name where the other names someone or something ("Odense" / "Aalborg"), another role for the
 * same person ("Chief Operating Officer" / "Chief Executive", "sister" / "mother"), a rank dropped or added
 * ("former"), or another modifier before the same noun ("maritime blockade" / "oil blockade"). A name the other
 * wording carries anywhere, or a place and its capital, is no swap. Names inside a credit are the credit check's.
 */
export function typeEntities(base: View, other: View): Change[] {
  const out: Change[] = [];
  const credited = (view: View, t: { from: number; to: number }): boolean => tagsIn(view, 'credit').some((c) => c.from <= t.from && t.to <= c.to);
  // a name inside a credit is the credit check's, unless both names are: then it says who the sources are
  // ("two Drelland intelligence officials" / "two Kestovan intelligence officials")
  const theirNames = tagsIn(base, 'name');
  const myNames = tagsIn(other, 'name');
  for (const b of myNames) {
    const a = theirNames.find((x) => credited(base, x) === credited(other, b) && sameShape(x, b, base, other) && distinct(base, x, other, b));
    if (!a) continue;
    out.push({ kind: 'entity', type: 'name-swapped', severity: 'high', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `names "${h}" where ${says('name')} "${t}"`, actual: b.key, expected: a.key });
  }
  const theirRoles = tagsAt(base, 'role');
  const short = contentOf(base).length <= 4 && contentOf(other).length <= 4;
  for (const b of tagsAt(other, 'role')) {
    // two roles are one person's only beside the same name, or alone in short readings, both in a credit or both out
    const candidates = theirRoles.filter((x) => credited(base, x) === credited(other, b) && (sameHolder(base, x, other, b) || (short && theirRoles.length === 1)));
    // a person with two titles ("Captain", "coast guard spokesman") keeps them both: any that agrees answers
    if (candidates.some((x) => !conflict(x, b) && (x.rank ?? '') === (b.rank ?? ''))) continue;
    const a = candidates.find((x) => conflict(x, b)) ?? candidates[0];
    if (!a) continue;
    if (conflict(a, b)) {
      out.push({ kind: 'entity', type: 'role-changed', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `calls them "${h}" where ${says('say')} "${t}"`, actual: b.key, expected: a.key });
    } else if (a.key === b.key && (a.rank ?? '') !== (b.rank ?? '')) {
      out.push({ kind: 'entity', type: 'rank-changed', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: b.rank ?? 'none', expected: a.rank ?? 'none' });
    }
  }
  const swapped = modifierSwap(base, other);
  if (swapped && out.length === 0) out.push(swapped);
  return out;
}

// The name right after a role or right before it ("Chief Executive Gail Torrance", "Gail Torrance, the chief executive").
function holder(view: View, role: RoleTag): NameTag | undefined {
  return view.v.tags.find((t): t is NameTag => t.kind === 'name' && (t.from === role.to || t.to === role.from || (t.to < role.from && role.from - t.to <= 2)));
}

function sameHolder(base: View, a: RoleTag, other: View, b: RoleTag): boolean {
  const x = holder(base, a);
  const y = holder(other, b);
  if (!x || !y) return false;
  const last = (v: View, n: NameTag): string => v.v.tokens[n.to - 1]!.norm;
  return x.key === y.key || last(base, x) === last(other, y);
}

// Two names name different things: each has words of its own (the words the two share, "University Hospital", set
// aside) and neither wording carries the other's own words anywhere, nor an alias of them.
function distinct(base: View, a: NameTag, other: View, b: NameTag): boolean {
  if (a.key === b.key || samePlace(a.key, b.key)) return false;
  const x = base.v.tokens.slice(a.from, a.to).filter((w) => w.content);
  const y = other.v.tokens.slice(b.from, b.to).filter((w) => w.content);
  const ownX = x.filter((w) => !y.some((z) => sameWord(z, w) || samePlace(z.norm, w.norm)));
  const ownY = y.filter((w) => !x.some((z) => sameWord(z, w) || samePlace(z.norm, w.norm)));
  if (ownX.length === 0 || ownY.length === 0) return false;
  const carries = (view: View, words: readonly typeof x[number][]): boolean => words.some((w) => view.v.tokens.some((t) => sameWord(t, w) || samePlace(t.norm, w.norm)));
  return !carries(other, ownX) && !carries(base, ownY);
}

// Two names stand for one another: each is its reading's only name, or they sit at the same place in their readings.
function sameShape(a: NameTag, b: NameTag, base: View, other: View): boolean {
  const single = tagsIn(base, 'name').length === 1 && tagsIn(other, 'name').length === 1;
  return single || Math.abs((a.from - base.from) - (b.from - other.from)) <= 1;
}

// Two roles conflict when their heads differ or each says something of the other's head the other does not
// ("energy minister" / "environment minister"); a role told with fewer words ("minister") is the same role.
function conflict(a: RoleTag, b: RoleTag): boolean {
  if (a.key === b.key) return false;
  const x = a.key.split(' ');
  const y = b.key.split(' ');
  if (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w))) return false;
  return true;
}

// One lower-case modifier in place of another before the same noun ("maritime blockade" / "oil blockade"): both
// readings are one content word, right against a shared head noun; two adjectives are a paraphrase.
function modifierSwap(base: View, other: View): Change | null {
  const a = single(base);
  const b = single(other);
  if (a === null || b === null) return null;
  const x = base.v.tokens[a]!;
  const y = other.v.tokens[b]!;
  const headA = base.v.tokens[a + 1];
  const headB = other.v.tokens[b + 1];
  if (!headA || !headB || base.to !== a + 1 || other.to !== b + 1 || !sameWord(headA, headB)) return null;
  if (!/NOUN|PROPN/.test(headA.pos) || (x.pos === 'ADJ' && y.pos === 'ADJ') || !/NOUN|PROPN|ADJ/.test(x.pos) || !/NOUN|PROPN|ADJ/.test(y.pos)) return null;
  if (/^\p{Lu}/u.test(x.text) || /^\p{Lu}/u.test(y.text) || /\S/.test(base.v.article.text.slice(x.end, headA.start)) || /\S/.test(other.v.article.text.slice(y.end, headB.start))) return null;
  const loaded = (view: View, k: number): boolean => view.v.tags.some((t) => t.kind === 'loaded' && t.from === k);
  const afterModal = (view: View, k: number): boolean => /^(?:would|could|will|may|might|can|should|must|to)$/i.test(view.v.tokens[k - 1]?.text ?? '') || /^(?:would|could|will|may|might|can|should|must)$/i.test(view.v.tokens[k - 2]?.text ?? '');
  if (loaded(base, a) || loaded(other, b) || afterModal(base, a) || afterModal(other, b)) return null;
  if (/^\d/.test(x.norm) || /^\d/.test(y.norm) || other.v.tokens.some((t) => sameWord(t, x)) || base.v.tokens.some((t) => sameWord(t, y))) return null;
  return { kind: 'entity', type: 'modifier-swapped', severity: 'medium', here: { from: b, to: b + 1 }, there: { from: a, to: a + 1 }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: y.text, expected: x.text };
}

function single(view: View): number | null {
  const content = [];
  for (let k = view.from; k < view.to; k++) if (view.v.tokens[k]!.content) content.push(k);
  return content.length === 1 ? content[0]! : null;
}
