import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { PolarityTag } from './tag/tag.ts';
import { sameWord } from './same-word.ts';
import { rowOfSentence } from './find-answers.ts';
import { CREDIT_CUES } from '../lexicon/credits.ts';
import { DENYING_VERBS } from '../lexicon/polarity.ts';
import { actAt, denialBefore } from './checks/check-denials.ts';

/** An outlet's sentence telling an act the source's sentence tells the other way, with the act's verb in each. */
export interface DeniedAct {
  /** The row the finding is filed under: the claim holding the outlet's sentence, or its outlet-only passage. */
  readonly row: string;
  readonly here: Span;
  readonly there: Span;
  /** The act's verb in the outlet's sentence (a span of its words, for keeping only the finding on it). */
  readonly verb: Span;
}

/** Content words after the act read as what it is done to ("boarded [the Saranth Glory]", "refunded [96 buyers]"). */
const OBJECT = 3;
/** Verbs whose denial tells an answer or a view, not an act (a party's answer is `findAnswers`'). */
const ATTITUDES = /^(?:say|tell|comment|confirm|disclose|specify|know|answer|respond|expect|believe|think|see|hope|fear|plan|want|seek|need|appear|seem|rule)$/;

/** One act a sentence tells: its verb, whether a denial stands right before it, and the nouns it is done to. */
interface Act {
  readonly k: number;
  readonly denied: boolean;
  readonly objects: readonly number[];
}

/**
 * An act is one fact of the story wherever an outlet tells it: the verb of an act (the same verb, by stem) done to the
 * same thing (a noun or name of its object in common) that the source denies and an outlet tells as done, or the
 * reverse ("It said it had not boarded the Saranth Glory" / "Coast guard officers boarded the Saranth Glory", "had
 * refunded 96 buyers" / "has refused to refund buyers"), is a change of meaning even where the aligner seated the two
 * sentences in different claims or left the outlet's alone. A verb the source writes more than once (in any form: it
 * may tell two acts, or one both ways), or an act the outlet tells the source's way too, is left out: which telling
 * answers which is not known. Pairs in one claim are the
 * claim's business (`checkDenials`).
 */
export function findDeniedActs(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): DeniedAct[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const theirs = actsOf(source);
  if (theirs.length === 0) return [];
  const out: DeniedAct[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    const mine = actsOf(here);
    const seen = new Set<number>();
    for (const b of mine) {
      const sentence = here.sentenceOf[b.k]!;
      if (seen.has(sentence)) continue;
      const verb = here.words[b.k]!;
      const same = (t: TaggedArticle, a: Act, u: TaggedArticle, c: Act): boolean => sameWord(t.words[a.k]!, u.words[c.k]!) && sharesObject(t, a, u, c);
      const opposite = theirs.filter((a) => a.denied !== b.denied && same(source, a, here, b));
      // the source tells the verb once, in any form and part of speech: told twice, it may tell two acts or both ways
      if (opposite.length !== 1 || source.words.filter((w) => w.stem === source.words[opposite[0]!.k]!.stem).length > 1) continue;
      // the source tells it the outlet's way too, or the outlet the source's way: either may answer the other
      if (theirs.some((a) => a.denied === b.denied && same(source, a, here, b)) || mine.some((c) => c.denied !== b.denied && same(here, c, here, b))) continue;
      const a = opposite[0]!;
      const at = here.article.sentences[sentence]!;
      const to = source.article.sentences[source.sentenceOf[a.k]!]!;
      const row = rowOfSentence(here, at, source, to, claims, unique, { here: verb, there: source.words[a.k]! });
      if (row === null) continue;
      seen.add(sentence);
      out.push({
        row, here: spanOf(here.article.id, here.article.text, at.start, at.end), there: spanOf(source.article.id, source.article.text, to.start, to.end),
        verb: spanOf(here.article.id, here.article.text, verb.start, verb.end),
      });
    }
  }
  return out;
}

// The two acts are done to one thing: a noun or a name of the few content words after each verb, in common.
function sharesObject(t: TaggedArticle, a: Act, u: TaggedArticle, b: Act): boolean {
  return a.objects.some((j) => b.objects.some((k) => sameWord(t.words[j]!, u.words[k]!)));
}

// The acts of an article's sentences: content verbs outside quotations (not verbs of saying or of a view, nor verbs
// holding a denial in their meaning, "remain", "refuse"), each with whether a denial stands within two words before
// it in its clause, and the nouns and names of the few content words after it in its clause; not an act under a
// condition or a question.
function actsOf(t: TaggedArticle): Act[] {
  const quotes = t.tags.filter((x) => x.kind === 'quote');
  const denials = t.tags.filter((x): x is PolarityTag => x.kind === 'polarity' && !quotes.some((q) => q.from <= x.from && x.from < q.to));
  const words = { tokens: t.words, tags: t.tags, text: t.article.text };
  const clause = (from: number, to: number): boolean => !/[,;:—–()]/.test(t.article.text.slice(t.words[from]!.end, t.words[to]!.start));
  const out: Act[] = [];
  t.words.forEach((w, k) => {
    if (t.sentenceOf[k]! < 0 || quotes.some((q) => q.from <= k && k < q.to) || !actAt(words, k, denials)) return;
    if (CREDIT_CUES.has(w.text.toLowerCase()) || ATTITUDES.test(w.lemma) || DENYING_VERBS.has(w.lemma)) return;
    // an act under a condition or a question is not told either way ("if the ransom is not paid", "whether it was sold")
    for (let j = k - 1; j >= 0 && t.sentenceOf[j] === t.sentenceOf[k] && clause(j, j + 1); j--) if (/^(?:if|unless|whether|until|lest)$/i.test(t.words[j]!.text)) return;
    const denial = denialBefore(words, k, denials);
    const denied = denial !== undefined && t.sentenceOf[denial.from] === t.sentenceOf[k];
    const objects: number[] = [];
    let content = 0;
    for (let j = k + 1; j < t.words.length && content < OBJECT && t.sentenceOf[j] === t.sentenceOf[k] && clause(j - 1, j); j++) {
      const x = t.words[j]!;
      if (/VERB|SCONJ/.test(x.pos) || quotes.some((q) => q.from <= j && j < q.to)) break;
      if (!x.content) continue;
      content++;
      if (/NOUN|PROPN/.test(x.pos)) objects.push(j);
    }
    if (objects.length > 0) out.push({ k, denied, objects });
  });
  return out;
}
