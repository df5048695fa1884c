import type { Mention, Range } from '../model/index.ts';
import type { ClaimUnit } from './claim-unit.ts';
import { contentTerms } from './content-terms.ts';
import { trimmedQuoteTerms } from './trimmed-quote-terms.ts';

/** What the scorer compares between two units, as sorted arrays so comparing is a linear merge. */
export interface UnitFeatures {
  /** Term ids, ascending; `weights[k]` is the L2-normalised TF-IDF weight of `terms[k]`. */
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** Distinct hashed character 4-grams of the content words, ascending. */
  readonly grams: Uint32Array;
  /** Term ids, ascending and distinct, of the quotations an ellipsis trims in a one-sentence unit; empty when none. */
  readonly trimmed: Int32Array;
}

/** Featurise every unit against the bundle: IDF comes from the units themselves, so common story words weigh little. */
export function unitFeatures(units: readonly ClaimUnit[], mentions: readonly (readonly Mention[])[]): UnitFeatures[] {
  return featuriser(units, mentions).features;
}

/** The bundle's units featurised, and a way to featurise another stretch of an article on the same scale. */
export interface Featuriser {
  readonly features: UnitFeatures[];
  /** Features of a unit outside the bundle's (a clause of one of its sentences), weighed by the bundle's IDF; words and
   * mentions inside `skip` (offsets in the article) are left out. */
  readonly featurise: (unit: ClaimUnit, skip?: readonly Range[]) => UnitFeatures;
}

/** Featurise the units; further stretches can be featurised later against the same vocabulary and IDF. */
export function featuriser(units: readonly ClaimUnit[], mentions: readonly (readonly Mention[])[]): Featuriser {
  const ids = new Map<string, number>();
  const bags: string[][] = [];
  // the same sentence in many copies of a story is read once
  const read = new Map<string, readonly string[]>();
  units.forEach((unit, i) => {
    // A two-sentence unit reuses its sentences' terms rather than reading the words again.
    bags.push(unit.parts.length > 1 && unit.parts.every((p) => p < i)
      ? unit.parts.flatMap((p) => bags[p] ?? [])
      : termsOfUnit(unit, mentions[unit.article] ?? [], read));
  });
  read.clear();
  const df: number[] = [];
  let n = 0;
  const idOf = (t: string): number => ids.get(t) ?? ids.set(t, ids.size).size - 1;
  // Document frequency counts single units only: a sentence pair would count its words twice.
  const idBags = bags.map((bag, i) => {
    const idBag = bag.map(idOf);
    if ((units[i]?.parts.length ?? 1) === 1) {
      n++;
      for (const id of new Set(idBag)) df[id] = (df[id] ?? 0) + 1;
    }
    return idBag;
  });
  const names = [...ids.keys()];
  const weigh = (unit: ClaimUnit | undefined, bag: readonly string[], idBag: readonly number[]): UnitFeatures => {
    const tf = new Map<number, number>();
    for (const id of idBag) tf.set(id, (tf.get(id) ?? 0) + 1);
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, k) => {
      const boost = (names[id] ?? bag.find((t) => ids.get(t) === id) ?? '').includes(':') ? 1.5 : 1;
      const w = (1 + Math.log(tf.get(id) ?? 1)) * (Math.log((n + 1) / ((df[id] ?? 0) + 1)) + 1) * boost;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
    return { terms, weights, grams: charGrams(bag.filter((t) => !t.includes(':'))), trimmed: trimmedIds(unit, ids) };
  };
  // units with the same terms (copies of one wording) share one set of features: computed once, and a scorer can
  // tell copies apart from other wordings by identity
  const shared = new Map<string, UnitFeatures>();
  const features = idBags.map((idBag, i) => {
    const unit = units[i];
    const key = `${unit && unit.parts.length > 1 ? 'p' : 's'}\u0001${unit && TRIMMED.test(unit.text) ? unit.text : ''}\u0001${idBag.join(',')}`;
    let f = shared.get(key);
    if (!f) shared.set(key, (f = weigh(unit, bags[i] ?? [], idBag)));
    return f;
  });
  shared.clear();
  const featurise = (unit: ClaimUnit, skip: readonly Range[] = []): UnitFeatures => {
    const inside = (m: Range) => skip.some((r) => m.start >= r.start && m.end <= r.end);
    let text = unit.text;
    for (const r of skip) {
      const from = Math.max(0, r.start - unit.start);
      const to = Math.min(text.length, r.end - unit.start);
      if (from < to) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    const bag = termsOfUnit({ ...unit, text }, (mentions[unit.article] ?? []).filter((m) => !inside(m)));
    return weigh({ ...unit, parts: [-1] }, bag, bag.map(idOf));
  };
  return { features, featurise };
}

// A quotation trimmed with an ellipsis ("… the sample was small"): its unit's features depend on its text too.
const TRIMMED = /…|\.\s?\.\s?\./;

// Only a sentence's own quotation: a two-sentence unit holding it would borrow its match for the other sentence.
function trimmedIds(unit: ClaimUnit | undefined, ids: ReadonlyMap<string, number>): Int32Array {
  if (!unit || unit.parts.length > 1 || !TRIMMED.test(unit.text)) return EMPTY;
  const found = new Set(trimmedQuoteTerms(unit.text).flatMap((t) => ids.get(t) ?? []));
  return Int32Array.from([...found].sort((a, b) => a - b));
}

const EMPTY = new Int32Array(0);

function termsOfUnit(unit: ClaimUnit, mentions: readonly Mention[], read?: Map<string, readonly string[]>): string[] {
  let words = read?.get(unit.text);
  if (!words) {
    words = contentTerms(unit.text);
    read?.set(unit.text, words);
  }
  const terms = [...words];
  for (const m of mentions) {
    if (m.start < unit.start || m.end > unit.end) continue;
    // Mentions carry normalised values the words may hide ("Jan. 3" and "January 3rd" -> one date).
    if (m.kind === 'entity') terms.push(`e:${m.key}`);
    else if (m.kind === 'number') terms.push(`n:${m.value}`);
    else if (m.kind === 'date') terms.push(`d:${m.value}`);
  }
  return terms;
}

// (sorted, then each kept once: no set of them built, since every unit and every clause of one is featurised)
function charGrams(terms: readonly string[]): Uint32Array {
  let count = 0;
  for (const term of terms) count += gramsOfTerm(term).length;
  const all = new Uint32Array(count);
  let at = 0;
  for (const term of terms) for (const g of gramsOfTerm(term)) all[at++] = g;
  all.sort();
  let kept = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[kept++] = all[k]!;
  return all.slice(0, kept);
}

// Terms repeat across a bundle: hash each term's grams once.
const termGrams = new Map<string, readonly number[]>();

function gramsOfTerm(term: string): readonly number[] {
  let grams = termGrams.get(term);
  if (!grams) {
    const padded = ` ${term} `;
    const list: number[] = [];
    for (let i = 0; i + 4 <= padded.length; i++) list.push(hash(padded, i));
    if (termGrams.size > 100_000) termGrams.clear();
    termGrams.set(term, (grams = list));
  }
  return grams;
}

function hash(s: string, from: number): number {
  let h = 2166136261;
  for (let i = from; i < from + 4; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
