import type { Mention } from '../model/index.ts';
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
  const df: number[] = [];
  let n = 0;
  // Document frequency counts single units only: a sentence pair would count its words twice.
  const idBags = bags.map((bag, i) => {
    const idBag = bag.map((t) => ids.get(t) ?? ids.set(t, ids.size).size - 1);
    if ((units[i]?.parts.length ?? 1) === 1) {
      n++;
      for (const id of new Set(idBag)) df[id] = (df[id] ?? 0) + 1;
    }
    return idBag;
  });
  const names = [...ids.keys()];
  // units with the same terms (copies of one wording) share one set of features: computed once, and a scorer can
  // tell copies apart from other wordings by identity
  const shared = new Map<string, UnitFeatures>();
  return idBags.map((idBag, i) => {
    const unit = units[i];
    const key = `${unit && unit.parts.length > 1 ? 'p' : 's'}\u0001${unit && TRIMMED.test(unit.text) ? unit.text : ''}\u0001${idBag.join(',')}`;
    let features = shared.get(key);
    if (!features) shared.set(key, (features = featuresOf(idBag, i)));
    return features;
  });

  function featuresOf(idBag: readonly number[], i: number): UnitFeatures {
    const tf = new Map<number, number>();
    for (const id of idBag) tf.set(id, (tf.get(id) ?? 0) + 1);
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, k) => {
      const boost = names[id]?.includes(':') ? 1.5 : 1;
      const w = (1 + Math.log(tf.get(id) ?? 1)) * (Math.log((n + 1) / ((df[id] ?? 0) + 1)) + 1) * boost;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
    return { terms, weights, grams: charGrams((bags[i] ?? []).filter((t) => !t.includes(':'))), trimmed: trimmedIds(units[i], ids) };
  }
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

function termsOfUnit(unit: ClaimUnit, mentions: readonly Mention[], read: Map<string, readonly string[]>): string[] {
  let words = read.get(unit.text);
  if (!words) read.set(unit.text, (words = contentTerms(unit.text)));
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

function charGrams(terms: readonly string[]): Uint32Array {
  const grams = new Set<number>();
  for (const term of terms) for (const g of gramsOfTerm(term)) grams.add(g);
  return Uint32Array.from(grams).sort();
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
