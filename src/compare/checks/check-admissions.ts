import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import { checkWholeWordings } from './check-slots.ts';
import { ADMITTING } from '../../lexicon/loaded-words.ts';
import { CARE_PLACES } from '../../lexicon/responses.ts';
import { CONTRAST_OPENERS } from '../../lexicon/clause-openers.ts';

/** Of the admitted clause's content words, the share the base must carry for the clause to be its statement. */
const CARRIED = 0.6;

/**
 * An admission the base does not tell: this wording has a party admit a clause ("Havstein admitted the moorings had
 * not been inspected since last year") where the base, telling no admission, words that matter another way: most of
 * the clause's content words are not the base's ("the barriers were never fixed" / "had been repaired in August"), or
 * one denies what the other affirms ("was linked to the safety of the system" / "not related to the safety of the
 * system"). The clause must share a content word with the base (else the two tell other matters). An admission of
 * what the base tells as said ("She conceded it was too early" / "She said it was too early") is colour only, the
 * loaded word's business; the finding is on the clause, so the verb's colour is told beside it.
 */
export function checkAdmissions(col: Collation): Finding[] {
  return checkWholeWordings(col, compareAdmissions);
}

function compareAdmissions(base: View, other: View, ctx: TypeContext): Change[] {
  if (admissions(base).length > 0) return [];
  for (const k of admissions(other)) {
    const clause = clauseAfter(other, k);
    const content = clause.filter((j) => other.v.tokens[j]!.content);
    if (content.length < 2 || !clause.some((j) => /VERB|AUX/.test(other.v.tokens[j]!.pos))) continue;
    const carried = content.filter((j) => carriesWord(base.v.tokens, other.v.tokens[j]!)).length;
    if (carried === 0) continue;
    const turned = denies(other, clause[0]!, clause[clause.length - 1]! + 1) !== denies(base, ...told(base, other, clause, ctx));
    if (carried / content.length >= CARRIED && !turned) continue;
    return [{
      kind: 'meaning', type: 'admission-told', severity: 'high', here: { from: clause[0]!, to: clause[clause.length - 1]! + 1 }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => `"${h}" is told as ${other.v.tokens[k]!.text}, where ${says('tell')} otherwise: "${t}"`, actual: 'admitted', expected: 'not admitted',
    }];
  }
  return [];
}

/** Words before the base's first word of the clause that may deny it ("was [not] related", "had [never been] fixed"). */
const REACH = 3;

// Whether an odd number of denials stands in words `from`..`to` of a wording.
function denies(view: View, from: number, to: number): boolean {
  return view.v.tags.filter((t) => t.kind === 'polarity' && t.from >= from && t.to <= to).length % 2 === 1;
}

// The base's words telling the clause: from a few words before the first of its words the base carries to the last.
function told(base: View, other: View, clause: readonly number[], ctx: TypeContext): [number, number] {
  const pairs = ctx.pair(other.v.index, base.v.index);
  const at = clause.map((j) => (pairs[j] ?? -1) >= 0 ? pairs[j]! : base.v.tokens.findIndex((x) => other.v.tokens[j]!.content && sameWord(x, other.v.tokens[j]!))).filter((j) => j >= 0);
  return at.length === 0 ? [0, 0] : [Math.max(0, Math.min(...at) - REACH), Math.max(...at) + 1];
}

// The words of admission in a wording: a verb of the list, outside quotations, not of a patient ("admitted to hospital").
function admissions(view: View): number[] {
  const quotes = view.v.tags.filter((t) => t.kind === 'quote');
  const out: number[] = [];
  view.v.tokens.forEach((t, k) => {
    if (!ADMITTING.has(t.lemma) || t.pos !== 'VERB' || quotes.some((q) => q.from <= k && k < q.to)) return;
    if (/^to$/i.test(view.v.tokens[k + 1]?.text ?? '') && view.v.tokens.slice(k + 2, k + 4).some((x) => CARE_PLACES.includes(x.norm))) return;
    out.push(k);
  });
  return out;
}

// The clause after word `k`, to the next mark of a clause or word opening another one set against it (a further clause
// of the sentence is not what was admitted), within its sentence.
function clauseAfter(view: View, k: number): number[] {
  const { tokens, article } = view.v;
  const out: number[] = [];
  for (let j = k + 1; j < tokens.length; j++) {
    const gap = article.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[,;:—–()]|[.!?]\s/.test(gap) || CONTRAST_OPENERS.has(tokens[j]!.text.toLowerCase()) || tokens[j]!.start < tokens[j - 1]!.end) break;
    out.push(j);
  }
  return out;
}
