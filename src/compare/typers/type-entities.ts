import { OPPOSITE_SIDES } from '../../lexicon/polarity.ts';
import { RELATIONAL_ADJECTIVES } from '../../lexicon/relational-adjectives.generated.ts';
import { spelledOutIn } from '../../text/acronym.ts';
import { normalizeToken } from '../../text/normalize-token.ts';
import { GENERIC_HEADS, LEADING_HEADS } from '../../lexicon/roles.ts';
import { samePlace } from '../../lexicon/places.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import type { NameTag, RoleTag } from '../tag/tag.ts';
import { FIELD_WORDS } from '../tag/tag-roles.ts';
import type { Variant } from '../collate/variant.ts';
import { oncePer } from '../once-per.ts';
import { contentOf, tagsAt, tagsIn, type Change, type TypeContext, type View } from './change.ts';

/**
 * Entities: another name where the other names someone or something ("Odense" / "Aalborg"), another role for the
 * same person ("Chief Operating Officer" / "Chief Executive", "sister" / "mother"), a rank dropped or added
 * ("former"), or another modifier before the same noun ("grain exports" / "wheat exports"). A name the other
 * wording carries anywhere, or a place and its capital, is no swap. Names inside a credit are the credit check's.
 */
export function typeEntities(base: View, other: View, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  const credited = (view: View, t: { from: number; to: number }): boolean => tagsIn(view, 'credit').some((c) => c.from <= t.from && t.to <= c.to);
  // a name inside a credit is the credit check's, unless both names are: then it says who the sources are
  // ("two Drelland intelligence officials" / "two Kestovan intelligence officials")
  // (a name the slot stops right against counts too when a word of it lines up with a word of the other's name: the
  // collation lines up the shared head of "High Court" / "Court of Appeal" and leaves each name's own words in slots)
  const inside = (view: View, t: NameTag): boolean => t.from < view.to && view.from < t.to;
  const linked = (a: NameTag, b: NameTag): boolean => {
    const map = ctx.pair(other.v.index, base.v.index);
    for (let j = b.from; j < b.to; j++) if ((map[j] ?? -1) >= a.from && (map[j] ?? -1) < a.to) return true;
    return false;
  };
  // (a loaded word written with a capital, "Nanny-state Finance Minister", names no one: it is the framing typer's)
  const named = (view: View) => (t: NameTag): boolean => !loadedNames(view.v).has(t);
  const theirNames = tagsAt(base, 'name').filter(named(base));
  const myNames = tagsAt(other, 'name').filter(named(other));
  // (an agency named in place of another inside a credit is the credit check's: the story's origin changed)
  const wire = (view: View, t: NameTag): boolean => tagsIn(view, 'credit').some((c) => (c.family === 'wire' || c.family === 'listener') && c.from <= t.from && t.to <= c.to);
  for (const b of myNames) {
    if (wire(other, b)) continue;
    const a = theirNames.find((x) => ((inside(base, x) && inside(other, b)) || linked(x, b)) && credited(base, x) === credited(other, b) && sameShape(x, b, base, other) && distinct(base, x, other, b, ctx) !== null);
    if (!a) continue;
    const [here, there] = distinct(base, a, other, b, ctx)!;
    out.push({ kind: 'entity', type: 'name-swapped', severity: 'high', here, there, explain: (h, t, says) => `names "${h}" where ${says('name')} "${t}"`, actual: b.key, expected: a.key });
  }
  const theirRoles = tagsAt(base, 'role');
  const short = contentOf(base).length <= 4 && contentOf(other).length <= 4;
  for (const b of tagsAt(other, 'role')) {
    // two roles are one person's only beside the same name, or alone in short readings, both in a credit or both out
    // a courtesy title ("Dr Ferrand") answers only another: "Dr" and "economist" can both be true
    const candidates = theirRoles.filter((x) => !x.courtesy === !b.courtesy && credited(base, x) === credited(other, b) && (sameHolder(base, x, other, b) || (short && theirRoles.length === 1)));
    const differs = (x: RoleTag, y: RoleTag): boolean => postsDiffer(base, x, other, y);
    // a person with two titles ("Captain", "coast guard spokesman") keeps them both: any that agrees answers
    if (candidates.some((x) => !differs(x, b) && (x.rank ?? '') === (b.rank ?? ''))) continue;
    const a = candidates.find((x) => differs(x, b)) ?? candidates[0];
    if (!a) continue;
    // the other wording gives the base's title too, elsewhere: a second description of the person ("The mayor, a
    // former teacher, resigned" / "The mayor resigned"), not another title
    if (other.v.tags.some((r) => r.kind === 'role' && r !== b && (r.from < b.from || r.from >= b.to) && !differs(a, r) && (a.rank ?? '') === (r.rank ?? ''))) continue;
    // or tells this title by its verb ("Councillor Ashcombe, who chairs the committee" / "Cllr Ashcombe, chair of the
    // committee"): the post told as what they do, beside the other title
    if (toldAsAct(other, b, base) || toldAsAct(base, a, other)) continue;
    if (differs(a, b)) {
      out.push({ kind: 'entity', type: 'role-changed', severity: 'medium', here: withField(other, b, ownWords(other, b, base, a)), there: withField(base, a, ownWords(base, a, other, b)), explain: (h, t, says) => `calls them "${h}" where ${says('say')} "${t}"`, actual: b.key, expected: a.key });
    } else if (a.key === b.key && (a.rank ?? '') !== (b.rank ?? '')) {
      out.push({ kind: 'entity', type: 'rank-changed', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: b.rank ?? 'none', expected: a.rank ?? 'none' });
    }
  }
  const swapped = modifierSwap(base, other);
  if (swapped && out.length === 0) out.push(swapped);
  return out;
}

// A role's word that the other wording gives as what the person does, after "who" ("chair" / "who chairs").
export function toldAsAct(view: View, role: RoleTag, other: View): boolean {
  const words = view.v.tokens.slice(role.from, role.to).filter((t) => t.content);
  return other.v.tokens.some((t, k) => /^(?:who|which|that)$/i.test(other.v.tokens[k - 1]?.text ?? '') && words.some((w) => sameWord(w, t)));
}

// A wording's name tags inside a loaded phrase, read once per wording.
const loadedNames = oncePer((v: Variant): ReadonlySet<NameTag> =>
  new Set(v.tags.filter((t): t is NameTag => t.kind === 'name' && v.tags.some((x) => x.kind === 'loaded' && x.from <= t.from && t.to <= x.to))));

// The name right after a role or right before it ("Chief Executive Gail Torrance", "Gail Torrance, the chief executive",
// "head of mission Margit Olander").
export function holder(view: View, role: RoleTag): NameTag | undefined {
  const after = (t: NameTag): boolean => t.from >= role.to && t.from - role.to <= 2 && /^of$/i.test(view.v.tokens[role.to]?.text ?? '') && !/[,;:()]/.test(view.v.article.text.slice(view.v.tokens[role.to - 1]!.end, view.v.tokens[t.from]!.start));
  const names = view.v.tags.filter((t): t is NameTag => t.kind === 'name');
  // the name after the title first: one right before it is often the body the title belongs to ("FVA secretary-general X")
  return names.find((t) => t.from === role.to) ?? names.find(after) ?? names.find((t) => t.to === role.from || (t.to < role.from && role.from - t.to <= 2));
}

export function sameHolder(base: View, a: RoleTag, other: View, b: RoleTag): boolean {
  const x = holder(base, a);
  const y = holder(other, b);
  if (!x || !y) return false;
  const last = (v: View, n: NameTag): string => v.v.tokens[n.to - 1]!.norm;
  return x.key === y.key || last(base, x) === last(other, y);
}

// Two names name different things: each has words of its own (the words the two share, "University Hospital", set
// aside) and neither wording carries the other's own words anywhere, nor an alias of them. Returns where the own
// words stand in each ("Baltra" of "Baltra Lines"), or null.
function distinct(base: View, a: NameTag, other: View, b: NameTag, ctx: TypeContext): [{ from: number; to: number }, { from: number; to: number }] | null {
  if (a.key === b.key || samePlace(a.key, b.key)) return null;
  // "DEA" where the other wording spells out "Disaster and Emergency Authority"
  const written = (view: View, t: NameTag): string => view.v.tokens.slice(t.from, t.to).map((w) => w.text).join(' ');
  if (spelledOutIn(written(base, a), other.v.article.text.slice(other.v.span.start, other.v.span.end)) || spelledOutIn(written(other, b), base.v.article.text.slice(base.v.span.start, base.v.span.end))) return null;
  const own = (view: View, t: NameTag, o: View, u: NameTag): number[] => {
    const theirs = o.v.tokens.slice(u.from, u.to);
    const out: number[] = [];
    for (let k = t.from; k < t.to; k++) {
      const w = view.v.tokens[k]!;
      if (w.content && !theirs.some((z) => sameWord(z, w) || samePlace(z.norm, w.norm))) out.push(k);
    }
    return out;
  };
  const ownX = own(base, a, other, b);
  const ownY = own(other, b, base, a);
  if (ownX.length === 0 || ownY.length === 0) return null;
  // a word the other wording carries elsewhere vouches for it, unless that word stands opposite its own twin there
  // ("Baltra's demand" in both leaves "Norvian" / "Baltran" a swap)
  // (a word of a title does not vouch for a body's name: "Foreign" of "Foreign Minister" is not "the Foreign Ministry")
  const carries = (view: View, from: View, words: readonly number[]): boolean => {
    const map = ctx.pair(view.v.index, from.v.index);
    const titled = (j: number): boolean => view.v.tags.some((r) => r.kind === 'role' && r.from <= j && j < r.to);
    return words.some((k) => view.v.tokens.some((t, j) => !titled(j) && (sameWord(t, from.v.tokens[k]!) || samePlace(t.norm, from.v.tokens[k]!.norm)) && ((map[j] ?? -1) < 0 || map[j] === k)));
  };
  if (carries(other, base, ownX) || carries(base, other, ownY)) return null;
  return [{ from: ownY[0]!, to: ownY[ownY.length - 1]! + 1 }, { from: ownX[0]!, to: ownX[ownX.length - 1]! + 1 }];
}

// Two names stand for one another: each is its reading's only name, or they sit at the same place in their readings
// (a title right before a name counts as its start: "Foreign Minister Liesl Dastrup" stands where "the Foreign Ministry" does).
function sameShape(a: NameTag, b: NameTag, base: View, other: View): boolean {
  const single = tagsIn(base, 'name').length === 1 && tagsIn(other, 'name').length === 1;
  const start = (view: View, t: NameTag): number => view.v.tags.find((r) => r.kind === 'role' && r.to === t.from)?.from ?? t.from;
  return single || Math.abs((start(base, a) - base.from) - (start(other, b) - other.from)) <= 1;
}

// The words of a role the other role does not share ("Finance" of "Finance Minister" against "Health Minister").
export function ownWords(view: View, t: RoleTag, o: View, u: RoleTag): { from: number; to: number } {
  const theirs = o.v.tokens.slice(u.from, u.to);
  const own: number[] = [];
  for (let k = t.from; k < t.to; k++) if (!theirs.some((z) => sameWord(z, view.v.tokens[k]!))) own.push(k);
  return own.length > 0 ? { from: own[0]!, to: own[own.length - 1]! + 1 } : { from: t.from, to: t.to };
}

/** Two roles name other posts: their words conflict, or they are posts in charge of other fields (`otherField`). */
export function postsDiffer(base: View, a: RoleTag, other: View, b: RoleTag): boolean {
  return conflict(a, b) || otherField(base, a, other, b);
}

// Two posts in charge of other fields: one runs a part of the body ("head of policy", "director of
// licensing") where the other runs the whole ("the league's chief executive", "the trust's director") or another
// part ("head of finance"). A field the other wording tells anywhere ("the museum's director" / "director of the
// museum", "licensing chief" / "head of licensing") is the same post; a bare "head" or "chief" is only vaguer.
function otherField(base: View, a: RoleTag, other: View, b: RoleTag): boolean {
  const told = (view: View, field: readonly string[]): boolean => field.some((s) => view.v.tokens.some((t) => t.stem === s));
  const leads = (r: RoleTag): boolean => LEADING_HEADS.has(r.key.split(' ').at(-1)!) && (r.field !== undefined || !r.key.split(' ').every((w) => GENERIC_HEADS.has(w)));
  if (!leads(a) || !leads(b)) return false;
  return (a.field !== undefined && !told(other, a.field)) || (b.field !== undefined && !told(base, b.field));
}

// A role's words with the field told after it ("head [of policy]"), for a finding that shows what differs.
export function withField(view: View, r: RoleTag, own: { from: number; to: number }): { from: number; to: number } {
  if (!r.field || own.to !== r.to) return own;
  let to = own.to;
  for (let k = r.to; k < view.v.tokens.length && k <= r.to + FIELD_WORDS; k++) if (r.field.includes(view.v.tokens[k]!.stem)) to = k + 1;
  return { from: own.from, to };
}

// Two roles conflict when their heads differ or each says something of the other's head the other does not
// ("energy minister" / "environment minister"); a role told with fewer words ("minister") is the same role.
// "chief", "leader" and "boss" read as "head"
function generic(word: string): string {
  return GENERIC_HEADS.has(word) ? 'head' : word;
}

export function conflict(a: RoleTag, b: RoleTag): boolean {
  if (a.key === b.key) return false;
  // one spelling of each word ("defence" / "defense")
  const x = a.key.split(' ').map(normalizeToken).map(generic);
  const y = b.key.split(' ').map(normalizeToken).map(generic);
  // "head" says only who is in charge: any post's holder is its head, so it is vaguer, never another post
  if (x[x.length - 1] === 'head' || y[y.length - 1] === 'head') return false;
  // a vice-chair is another post than the chair, not the chair in fewer words
  if (x.includes('vice') !== y.includes('vice')) return true;
  if (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w))) return false;
  return true;
}

// One lower-case modifier in place of another before the same noun ("grain exports" / "wheat exports"): both
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
  // two words of titles ("chair" / "chairwoman") are the roles' to compare, by the post they name
  const inRole = (v: View['v'], k: number): boolean => v.tags.some((t) => t.kind === 'role' && t.from <= k && k < t.to);
  if (inRole(base.v, a) && inRole(other.v, b)) return null;
  // two adjectives are a paraphrase, unless they name opposite sides of the thing ("north" / "south tower") or sort
  // it into other kinds by other nouns ("sulphuric" / "nitric acid")
  const opposite = oppositeSides(x.text, y.text) || otherKinds(x.norm, y.norm);
  // (the tagger reads "north" and "south" as anything from adverb to noun, and the noun after them as a verb)
  if (!opposite && (!/NOUN|PROPN/.test(headA.pos) || (x.pos === 'ADJ' && y.pos === 'ADJ') || !/NOUN|PROPN|ADJ/.test(x.pos) || !/NOUN|PROPN|ADJ/.test(y.pos))) return null;
  if (/^\p{Lu}/u.test(x.text) || /^\p{Lu}/u.test(y.text) || /\S/.test(base.v.article.text.slice(x.end, headA.start)) || /\S/.test(other.v.article.text.slice(y.end, headB.start))) return null;
  const loaded = (view: View, k: number): boolean => view.v.tags.some((t) => t.kind === 'loaded' && t.from === k);
  const afterModal = (view: View, k: number): boolean => /^(?:would|could|will|may|might|can|should|must|to)$/i.test(view.v.tokens[k - 1]?.text ?? '') || /^(?:would|could|will|may|might|can|should|must)$/i.test(view.v.tokens[k - 2]?.text ?? '');
  // right after a plural noun the word is the verb the tagger read as a noun ("the rules [bar] launches" / "[ban]"):
  // a noun modifier follows a determiner, an adjective or a possessive, not a bare plural
  const afterPlural = (view: View, k: number): boolean => {
    const w = view.v.tokens[k - 1];
    return w !== undefined && w.pos === 'NOUN' && w.norm !== w.lemma && /s$/.test(w.norm) && !/\S/.test(view.v.article.text.slice(w.end, view.v.tokens[k]!.start));
  };
  if (loaded(base, a) || loaded(other, b) || afterModal(base, a) || afterModal(other, b) || afterPlural(base, a) || afterPlural(other, b)) return null;
  if (/^\d/.test(x.norm) || /^\d/.test(y.norm) || carriesWord(other.v.tokens, x) || carriesWord(base.v.tokens, y)) return null;
  // a unit read with its figure ("a 3-[mile] zone" / "a 3-[kilometre] zone") is the figure typer's
  const inFigure = (view: View, k: number): boolean => view.v.tags.some((t) => t.kind === 'num' && t.from <= k && k < t.to);
  if (inFigure(base, a) || inFigure(other, b)) return null;
  return { kind: 'entity', type: 'modifier-swapped', severity: 'medium', here: { from: b, to: b + 1 }, there: { from: a, to: a + 1 }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: y.text, expected: x.text };
}

// Two relational adjectives (WordNet's pertainyms) that pertain to no noun in common: each sorts the thing into a
// kind by its own noun ("sulphuric" / "nitric"), where "sulfuric" / "sulphuric" pertain to one.
function otherKinds(x: string, y: string): boolean {
  const a = RELATIONAL_ADJECTIVES.get(x.toLowerCase());
  const b = RELATIONAL_ADJECTIVES.get(y.toLowerCase());
  return a !== undefined && b !== undefined && !a.some((n) => b.includes(n));
}

// Two words of one row of OPPOSITE_SIDES, one on each side.
function oppositeSides(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return OPPOSITE_SIDES.some(([one, two]) => (one!.includes(x) && two!.includes(y)) || (one!.includes(y) && two!.includes(x)));
}

function single(view: View): number | null {
  const content = [];
  for (let k = view.from; k < view.to; k++) if (view.v.tokens[k]!.content) content.push(k);
  return content.length === 1 ? content[0]! : null;
}
