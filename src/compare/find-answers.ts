import type { BaselineUsed, Claim, Range, Span } from '../model/index.ts';
import { passageRow, spanOf } from '../model/index.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { EventTag } from './tag/tag.ts';
import { CREDIT_CUES, CREDIT_LEXICON } from '../lexicon/credits.ts';
import { answersDiffer } from '../lexicon/responses.ts';
import { ANAPHOR_NOUNS } from '../lexicon/anaphor-nouns.ts';

/** An outlet's sentence telling a party's answer and the source's sentence telling the same party's answer on the same matter. */
export interface Answered {
  /** The row the finding is filed under: the claim holding the outlet's sentence, or its outlet-only passage. */
  readonly row: string;
  readonly here: Span;
  readonly there: Span;
}

/** One answer a sentence tells (`RESPONSES`: no comment, left open, denied, confirmed), who gave it, and on what. */
interface Answer {
  readonly sentence: number;
  readonly response: string;
  /** Stems of the nouns naming who answered, in the answer's clause before its words. */
  readonly party: ReadonlySet<string>;
  /** Stems of the names among them ("Brandvik"). */
  readonly names: ReadonlySet<string>;
  /** Whether the party is only a pronoun or a noun pointing back ("it", "the company"). */
  readonly vague: boolean;
  /** Stems of the sentence's other content words: what the answer is about. */
  readonly matter: ReadonlySet<string>;
  /** For a vague party, stems of the nouns and names of its sentence and the one before: whom it may point back at. */
  readonly nearby: ReadonlySet<string>;
}

/**
 * A party's answer is one fact of the story wherever an outlet tells it: the same party answering on the same matter
 * (a content word of its name in common, and two or more words of the matter; with only a pronoun or "the company"
 * for a party, three) in another way than the source tells (denied / declined to say; admitted / could not rule out)
 * is a change of meaning even when the aligner seated the two sentences in different claims or left the outlet's
 * alone. Pairs the claims compared already (both sentences in one claim) are the claims' business.
 */
export function findAnswers(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): Answered[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const theirs = answersOf(source);
  if (theirs.length === 0) return [];
  const out: Answered[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    const seen = new Set<number>();
    for (const mine of answersOf(here)) {
      if (seen.has(mine.sentence)) continue;
      // the source tells this answer by this party somewhere: the outlet may tell that one
      if (theirs.some((a) => !answersDiffer(a.response, mine.response) && sameParty(mine, a))) continue;
      const best = bestMatch(mine, theirs);
      if (!best || !answersDiffer(best.response, mine.response)) continue;
      const at = here.article.sentences[mine.sentence]!;
      const to = source.article.sentences[best.sentence]!;
      const row = rowOfSentence(here, at, source, to, claims, unique);
      if (row === null) continue;
      seen.add(mine.sentence);
      out.push({ row, here: spanOf(here.article.id, here.article.text, at.start, at.end), there: spanOf(source.article.id, source.article.text, to.start, to.end) });
    }
  }
  return out;
}

/**
 * The row a finding on an outlet's sentence `at`, read against the source's sentence `to`, is filed under: the claim
 * holding the outlet's sentence, or its outlet-only passage; null when one claim holds both (compared there) or
 * neither is held. `words`, when given, are the words the finding is on in each sentence: a claim holding those
 * compared them (a claim holding only other clauses of the two sentences did not).
 */
export function rowOfSentence(here: TaggedArticle, at: Range, source: TaggedArticle, to: Range, claims: readonly Claim[], unique: readonly Span[], words?: { readonly here: Range; readonly there: Range }): string | null {
  const overlaps = (s: Span, r: Range): boolean => s.start < r.end && r.start < s.end;
  const holding = claims.filter((c) => c.support.some((s) => s.article === here.article.id && overlaps(s, at)));
  const [mine, theirs] = words ? [words.here, words.there] : [at, to];
  if (holding.some((c) => c.support.some((s) => s.article === here.article.id && overlaps(s, mine)) && c.support.some((s) => s.article === source.article.id && overlaps(s, theirs)))) return null;
  const passage = unique.find((u) => u.article === here.article.id && overlaps(u, at));
  return holding[0]?.id ?? (passage ? passageRow(passage) : null);
}

// The source's answer by the same party on most of the same matter, if any: one word of the matter in common where
// the party is named alike, two where a noun points back ("the company" / "Norvix") or a pronoun's sentence or the one
// before names the other's party ("He declined to say" after "Anton Gessard, head of ..."), three for a pronoun alone.
function bestMatch(mine: Answer, theirs: readonly Answer[]): Answer | null {
  let best: Answer | null = null;
  let most = 0;
  for (const a of theirs) {
    if (!sameParty(mine, a)) continue;
    const named = [...mine.party].some((s) => a.party.has(s));
    const needed = named ? 1 : namedNearby(mine, a) || namedNearby(a, mine) || (mine.party.size > 0 && a.party.size > 0) ? 2 : 3;
    let shared = 0;
    for (const s of mine.matter) if (a.matter.has(s)) shared++;
    if (shared < needed || shared <= most) continue;
    [best, most] = [a, shared];
  }
  return best;
}

// A party told by a pronoun or a noun pointing back whose sentence, or the one before, holds a name of the other's
// party ("Lotte Brandvik, who heads ... She declined to say").
function namedNearby(vague: Answer, named: Answer): boolean {
  return vague.vague && !named.vague && [...named.names].some((s) => vague.nearby.has(s));
}

// A name in common, or a party only a pronoun or a noun pointing back can stand for.
function sameParty(a: Answer, b: Answer): boolean {
  return a.vague || b.vague || [...a.party].some((s) => b.party.has(s));
}

const CUES: ReadonlySet<string> = new Set([...CREDIT_CUES, 'declined', 'refused', 'comment', 'rule', 'ruled', 'ruling', 'deny', 'confirm', 'confessed']);
// Nouns for what was said, which an answer points back at: "denied the claims", "declined to comment on that account".
const ANSWERED: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions', 'account', 'accounts', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor', 'rumors', 'story', 'stories', 'matter', 'question', 'questions', 'charge', 'charges', 'criticism', 'remarks', 'comments', 'assertion', 'assertions']);
const VAGUE: ReadonlySet<string> = new Set([...CREDIT_LEXICON.pronouns, ...ANAPHOR_NOUNS, ...CREDIT_LEXICON.bodies]);

function answersOf(t: TaggedArticle): Answer[] {
  const out: Answer[] = [];
  for (const tag of t.tags) {
    if (tag.kind !== 'event' || (tag as EventTag).response === undefined) continue;
    const sentence = t.sentenceOf[tag.from]!;
    if (sentence < 0) continue;
    // the party: the nouns of the answer's clause before its words (back to a comma, a colon or the sentence's start)
    const party = new Set<string>();
    const names = new Set<string>();
    let vague = true;
    for (let k = tag.from - 1; k >= 0 && t.sentenceOf[k] === sentence; k--) {
      const w = t.words[k]!;
      if (/[,;:]/.test(t.article.text.slice(w.end, t.words[k + 1]!.start))) break;
      if (!w.content || !/NOUN|PROPN/.test(w.pos)) continue;
      party.add(w.stem);
      if (w.pos === 'PROPN') names.add(w.stem);
      if (!VAGUE.has(w.text.toLowerCase())) vague = false;
    }
    const matterOf = (at: number): Set<string> => {
      const found = new Set<string>();
      t.words.forEach((w, k) => {
        const word = w.text.toLowerCase();
      if (t.sentenceOf[k] !== at || !w.content || (k >= tag.from && k < tag.to) || party.has(w.stem) || CUES.has(word) || ANSWERED.has(word)) return;
        found.add(w.stem);
      });
      return found;
    };
    const matter = matterOf(sentence);
    // an answer that names nothing of its matter, or answers what was said ("declined to comment on the union's
    // claims"), answers the sentence before it ("Oberhagen declined to comment.")
    const pointsBack = t.words.some((w, k) => t.sentenceOf[k] === sentence && k >= tag.from && ANSWERED.has(w.text.toLowerCase()));
    if ((matter.size === 0 || pointsBack) && sentence > 0) for (const s of matterOf(sentence - 1)) matter.add(s);
    const nearby = new Set<string>();
    if (vague) t.words.forEach((w, k) => { if ((t.sentenceOf[k] === sentence || t.sentenceOf[k] === sentence - 1) && /NOUN|PROPN/.test(w.pos)) nearby.add(w.stem); });
    out.push({ sentence, response: (tag as EventTag).response!, party, names, vague, matter, nearby });
  }
  return out;
}
