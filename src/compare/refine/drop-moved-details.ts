import type { Refiner } from './refiner.ts';
import type { TaggedArticle } from '../tag/tagged-article.ts';
import { stemWord } from '../../text/stem-word.ts';
import { normalizeToken } from '../../text/normalize-token.ts';
import { FUNCTION_WORDS } from '../../lexicon/function-words.ts';
import { CONDITION_CLAUSES } from '../../lexicon/qualifiers.ts';

// A condition that is a clause ("if ...", "unless ..."), not a preposition's ("without a permit").
const CLAUSE = new RegExp(`^(?:${CONDITION_CLAUSES.join('|')})\\b`, 'i');

// The content words of a text; with `figures`, its figures too ("within 10 minutes" is not told by "20 minutes").
const words = (text: string, figures = false): string[] => text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()) && (figures ? /[\p{L}\p{N}]/u : /\p{L}/u).test(w)).map((w) => stemWord(normalizeToken(w)));

/**
 * Material moved, not added or dropped: a detail "dropped" whose words the article tells in another sentence, or a
 * detail "added" that another article tells somewhere (it came from elsewhere in the story). A phrase is told
 * elsewhere when most of its pairs of consecutive content words are (one word of two shared is not the phrase).
 */
export const dropMovedDetails: Refiner = (findings, ctx) => findings.filter((f) => {
  if (f.kind === 'detail_dropped') {
    const own = ctx.tagged.get(f.span.article);
    const missing = f.versus[0] ? words(f.versus[0].text, true) : [];
    // told again in the sentence or just around it, in other words than a phrase ("its authors said the sample
    // was small" for "although its authors cautioned that the sample was small"): most of its words will do
    if (!own || missing.length === 0) return true;
    // a condition's clause whose words are told around it as a plain fact ("expected to reopen two berths" for "if
    // the berths reopened on time") tells the fact, not the condition: only a condition told there too can be the one moved
    if (f.rule === 'condition-dropped' && CLAUSE.test(f.versus[0]!.text) && !conditionNear(own, f.span.start)) return true;
    const near = around(own, f.span.start);
    return missing.filter((w) => near.stems.has(w)).length < (missing.length === 1 ? 1 : Math.max(2, Math.ceil(missing.length * 0.6)));
  }
  if (f.kind === 'detail_added') {
    const added = words(f.span.text);
    if (added.length === 0) return false;
    return !tellers(ctx.tagged, added).some((id) => id !== f.span.article);
  }
  return true;
});

// The first two articles telling a phrase, once per phrase and set of articles: a claim's parts and the copies of a
// large bundle ask about the same phrases, and each asking would read every article.
const told = new WeakMap<ReadonlyMap<string, TaggedArticle>, { size: number; phrases: Map<string, readonly string[]> }>();
function tellers(tagged: ReadonlyMap<string, TaggedArticle>, phrase: readonly string[]): readonly string[] {
  let memo = told.get(tagged);
  // the comparison tags its articles lazily: a set that has grown since is asked afresh
  if (!memo || memo.size !== tagged.size) told.set(tagged, memo = { size: tagged.size, phrases: new Map() });
  const key = phrase.join(' ');
  let found = memo.phrases.get(key);
  if (!found) {
    const ids: string[] = [];
    for (const t of tagged.values()) {
      if (!tells(t, phrase)) continue;
      ids.push(t.article.id);
      if (ids.length === 2) break;
    }
    memo.phrases.set(key, found = ids);
  }
  return found;
}

function tells(t: { stems: ReadonlySet<string>; bigrams: ReadonlySet<string> }, phrase: readonly string[]): boolean {
  if (phrase.length === 1) return t.stems.has(phrase[0]!);
  const pairs = phrase.slice(1).map((s, k) => `${phrase[k]} ${s}`);
  return pairs.filter((p) => t.bigrams.has(p)).length >= Math.ceil(pairs.length * 0.6);
}

// Whether the sentence at `offset`, or one just before or after it, holds a condition ("if", "unless", "subject to").
function conditionNear(t: TaggedArticle, offset: number): boolean {
  const s = sentenceAt(t, offset);
  return t.tags.some((x) => x.kind === 'qualifier' && x.type === 'condition' && Math.abs((t.sentenceOf[x.from] ?? -9) - s) <= 1);
}

function sentenceAt(t: TaggedArticle, offset: number): number {
  const at = t.words.findIndex((w) => w.end > offset);
  return at >= 0 ? t.sentenceOf[at] ?? -1 : -1;
}

// The words of the sentence at `offset` and of the sentences just before and after it: where a detail an outlet
// moved would go. A mention far off in the article tells another part of the story.
function around(t: TaggedArticle, offset: number): { stems: ReadonlySet<string>; bigrams: ReadonlySet<string> } {
  const s = sentenceAt(t, offset);
  const content = t.words.filter((w, k) => w.content && Math.abs((t.sentenceOf[k] ?? -9) - s) <= 1).map((w) => w.stem);
  return { stems: new Set(content), bigrams: new Set(content.slice(1).map((x, k) => `${content[k]} ${x}`)) };
}
