import type { DivergenceKind, Severity, Span } from '../../model/index.ts';
import type { Tag } from '../tag/tag.ts';
import { extentOfWords, type Variant } from '../collate/variant.ts';
import { oncePer } from '../once-per.ts';
import { sameWord } from '../same-word.ts';

/** One wording's words opposite a slot (or a whole wording, for a whole-claim check): local words `[from, to)`. */
export interface View {
  readonly v: Variant;
  readonly from: number;
  readonly to: number;
}

/** Who the judged wording is set against, for messages: "the Reuters wire says" / "3 other outlets carrying this claim say". */
export type Says = (verb: string) => string;

/** A difference a typer names: where in the judged wording (`here`), where in the base wording (`there`), and what it is. */
export interface Change {
  readonly kind: DivergenceKind;
  /** The typer's name for the change ("figure-changed", "hedge-dropped"). */
  readonly type: string;
  readonly severity: Severity;
  /** Local words of the judged wording; empty when it left words out (the place they would stand). */
  readonly here: { readonly from: number; readonly to: number; readonly span?: Span };
  /** Local words of the base wording; `span` when the words lie outside it (a credit closing the sentence). */
  readonly there: { readonly from: number; readonly to: number; readonly span?: Span };
  /** A sentence for a reader, given the words on each side and who says the base wording. */
  readonly explain: (here: string, there: string, says: Says) => string;
  readonly actual?: string;
  readonly expected?: string;
  /**
   * The words left out are a clause of their own that bears on the claim (a caveat or a condition with its verb:
   * "though it cautioned that ...", "if talks fail"): what is claimed changes, however many versions leave it out.
   */
  readonly clause?: boolean;
}

/**
 * Words past a caveat's or a condition's opening that make a clause about a thing: a verb and a noun, name or figure
 * ("the courts could block it", "the council renews its lease"); a verb alone ("declined to comment") tells only what
 * the speaker did, and a connective ("nonetheless") no clause at all.
 */
export function aboutAThing(words: readonly { readonly pos: string }[]): boolean {
  return words.some((w) => w.pos === 'VERB') && words.some((w) => /^(?:NOUN|PROPN|NUM)$/.test(w.pos));
}

/** A typer: how `other` departs from `base` in one respect. */
export type Typer = (base: View, other: View, ctx: TypeContext) => Change[];

/** What typers may ask beyond the two views. */
export interface TypeContext {
  /** Which word of `b` each word of `a` lines up with (-1: none). */
  pair(a: number, b: number): readonly number[];
  /** Share of the shorter wording's content words two variants share. */
  overlap(a: number, b: number): number;
}

/** The tags of a kind that overlap a view's words (a tag partly inside counts). */
export function tagsIn<K extends Tag['kind']>(view: View, kind: K): Extract<Tag, { kind: K }>[] {
  return tagsOfKind(view.v, kind).filter((t) => t.from < view.to && view.from < t.to);
}

// Every typer and check asks a wording for its tags of one kind, over and over: they are sorted out once per wording.
const byKind = oncePer((v: Variant): ReadonlyMap<Tag['kind'], readonly Tag[]> => {
  const kinds = new Map<Tag['kind'], Tag[]>();
  for (const t of v.tags) kinds.set(t.kind, [...(kinds.get(t.kind) ?? []), t]);
  return kinds;
});

// A wording's tags of one kind, in order.
function tagsOfKind<K extends Tag['kind']>(v: Variant, kind: K): readonly Extract<Tag, { kind: K }>[] {
  return (byKind(v).get(kind) ?? []) as readonly Extract<Tag, { kind: K }>[];
}

/**
 * The tags of a kind at a view: those overlapping its words, and those holding the aligned word just before or just
 * after it (a title "District Attorney" read where the other wording has "Attorney General" around the same "Attorney").
 */
export function tagsAt<K extends Tag['kind']>(view: View, kind: K): Extract<Tag, { kind: K }>[] {
  return tagsOfKind(view.v, kind).filter((t) => (t.from < view.to && view.from < t.to) || (t.from <= view.from - 1 && view.from - 1 < t.to) || (t.from <= view.to && view.to < t.to));
}

/** Content words of a view. */
export function contentOf(view: View): number[] {
  const out: number[] = [];
  for (let k = view.from; k < view.to; k++) if (view.v.tokens[k]!.content) out.push(k);
  return out;
}

/**
 * The word a denial bears on: the first content word of the three after it ("no [need]", "did not [need]", "found no
 * [evidence]").
 */
export function wordDenied(v: Variant, denial: { to: number }): number | undefined {
  for (let k = denial.to; k < Math.min(v.tokens.length, denial.to + 3); k++) if (v.tokens[k]!.content) return k;
  return undefined;
}

/**
 * A denial of `v` bears on a word that `wording` denies too, by a denial of its own, anywhere in it: "there was no
 * need" and "did not need" both deny "need", a denial moved from a noun's determiner to its verb, not a polarity turned.
 */
export function deniedAlike(v: Variant, denial: { to: number }, wording: Variant): boolean {
  const k = wordDenied(v, denial);
  return k !== undefined && deniesSameWord(wording, v, k);
}

// `wording` denies the same word as word `k` of `v`, by a denial that is not itself denied.
function deniesSameWord(wording: Variant, v: Variant, k: number): boolean {
  const denials = tagsOfKind(wording, 'polarity');
  // (a denial denied affirms: "could not rule out that the cases were related")
  const denied = (t: { from: number }): boolean => denials.some((u) => u.to <= t.from && t.from - u.to <= 2);
  return denials.some((t) => {
    const j = wordDenied(wording, t);
    return j !== undefined && !denied(t) && sameWord(wording.tokens[j]!, v.tokens[k]!);
  });
}

/** The words of a view as plain text. */
export function textOf(v: Variant, from: number, to: number): string {
  const range = v.tokens[from] && v.tokens[to - 1] && to > from ? extentOfWords(v, from, to) : null;
  return range ? v.article.text.slice(range.start, range.end) : '';
}

const LOWER: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'low' };

/** One step less severe. */
export function lower(s: Severity): Severity {
  return LOWER[s];
}
