import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { passageRow, spanOf } from '../model/index.ts';
import type { Filed } from './finding.ts';
import { outlets } from './finding.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import { wordRange } from './tag/word-range.ts';
import { inHeading } from './is-heading.ts';
import { usesLoaded } from './tag/tag-loaded.ts';
import type { LoadedTag } from './tag/tag.ts';

/**
 * What an outlet tells on its own, read against the source: a passage no claim holds (`findUnique`) is a detail this
 * outlet added when the source (or, with none known, every other outlet) tells it nowhere, and a loaded word in it
 * is this outlet's framing when the source never uses that word. The passages of the source itself add nothing.
 *
 * "Tells it nowhere": under half of the passage's content words (figures included, by their equivalent form) stand
 * in any one sentence of the others. A passage the aligner left out but the others tell in their own words shares
 * more than that with the sentence that tells it, and is no addition.
 */
export function checkOnlyHere(unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): Filed[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  const out: Filed[] = [];
  const sentenceStems = new Map<string, Set<string>[]>();
  for (const passage of unique) {
    const here = tagged.get(passage.article);
    if (!here || passage.article === baseline.article) continue;
    const others = source ? [source] : [...tagged.values()].filter((t) => t !== here);
    if (others.length === 0) continue;
    const against = source ? (baseline.label ?? 'the source') : `the ${outlets(others.length)}`;
    const basis = source ? 'source' as const : 'majority' as const;
    const { from, to } = wordRange(here.words, passage.start, passage.end);
    const stems = new Set(stemsIn(here, passage));
    if (stems.size >= 3 && shareElsewhere(stems, others, sentenceStems) < ADDED_BELOW) {
      out.push({ row: passageRow(passage), finding: {
        rule: 'told-here-only', kind: 'detail_added', severity: 'low', span: passage, versus: [], basis,
        message: source ? `adds a passage of its own, which ${against} does not carry` : `adds a passage of its own, which none of ${against} carries`,
        actual: passage.text, expected: 'absent',
      } });
    }
    for (const tag of loadedOnlyHere(here, from, to, others)) {
      const word = here.words[tag.from]!;
      const last = here.words[tag.to - 1]!;
      const words = here.article.text.slice(word.start, last.end);
      out.push({ row: passageRow(passage), finding: {
        rule: 'loaded-here-only', kind: 'framing', severity: tag.strength === 2 ? 'medium' : 'low', basis,
        span: spanOf(passage.article, here.article.text, word.start, last.end), versus: [],
        message: `"${words}" colours a passage this outlet tells alone; the word is used nowhere in ${against}`,
        actual: words, expected: 'neutral',
      } });
    }
  }
  return out;
}

/**
 * The loaded words of an article's words `from`..`to` that none of `others` uses in any form, outside quotations (a
 * quotation's words are the speaker's, not the outlet's framing).
 */
export function loadedOnlyHere(here: TaggedArticle, from: number, to: number, others: readonly TaggedArticle[]): LoadedTag[] {
  const quoted = here.tags.filter((t) => t.kind === 'quote' && t.to > from && t.from < to);
  return here.tags.filter((tag): tag is LoadedTag => tag.kind === 'loaded' && tag.from >= from && tag.to <= to
    && !quoted.some((q) => q.from <= tag.from && tag.to <= q.to) && !others.some((t) => usesLoaded(t, here.words, tag)));
}

/**
 * A clause of the source's sentence that an outlet left out: the rest of the sentence is a claim the outlet carries,
 * the clause (two content words or more: a condition, a caveat, a limit, a second action) is a passage of the source
 * alone, or a claim of its own that this outlet does not carry (the aligner seated the clause apart: "Nine were in
 * critical condition, and the toll could rise further", where other outlets tell the toll rising). Each outlet carrying
 * the rest that tells the clause nowhere (under half its content words in any one sentence) dropped it from the
 * sentence: the finding is on that outlet's wording of the claim, filed under the claim.
 */
export function checkDroppedClauses(unique: readonly Span[], claims: readonly Claim[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): Filed[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const out: Filed[] = [];
  const cache = new Map<string, Set<string>[]>();
  const clauses: { passage: Span; carriers: ReadonlySet<string> }[] = unique.filter((p) => p.article === source.article.id).map((passage) => ({ passage, carriers: new Set() }));
  for (const claim of claims) {
    for (const s of claim.support) {
      if (s.article !== source.article.id) continue;
      // a claim told by a part of the source's sentence, another part of which tells another claim
      const sentence = source.article.sentences.find((r) => r.start <= s.start && s.end <= r.end);
      // (a clause closing the sentence, opened by a word that ties it to the rest: "..., and the toll could rise
      // further", "..., while the cause of the fourth has not been established"; what opens a sentence is its matter)
      if (sentence && s.start > sentence.start && TIES.test(source.article.text.slice(sentence.start, s.end).slice(s.start - sentence.start - 2))) clauses.push({ passage: s, carriers: new Set(claim.articles) });
    }
  }
  for (const { passage, carriers } of clauses) {
    // a clause: the passage lies inside one sentence of the source
    const sentence = source.article.sentences.find((r) => r.start <= passage.start && passage.end <= r.end);
    if (!sentence) continue;
    const stems = new Set(stemsIn(source, passage));
    if (stems.size < 2) continue;
    // the claim holding the rest of the sentence: the nearest part of it
    let nearest: { claim: Claim; gap: number } | null = null;
    for (const claim of claims) {
      for (const s of claim.support) {
        if (s.article !== source.article.id || s.end <= sentence.start || s.start >= sentence.end) continue;
        const gap = s.end <= passage.start ? passage.start - s.end : s.start >= passage.end ? s.start - passage.end : -1;
        if (gap >= 0 && (!nearest || gap < nearest.gap)) nearest = { claim, gap };
      }
    }
    if (!nearest) continue;
    const told = new Set(nearest.claim.support.filter((s) => s.article === source.article.id).flatMap((s) => stemsIn(source, s)));
    for (const s of nearest.claim.support) {
      const here = tagged.get(s.article);
      if (!here || here === source || carriers.has(s.article) || shareElsewhere(stems, [here], cache) >= ADDED_BELOW) continue;
      // a wording that says two things or more beyond the source's rest of the sentence may tell the clause in words
      // of its own ("fatigue, in about 33%" for "tiredness, reported by roughly a third")
      if (stemsIn(here, s).filter((w) => !told.has(w)).length >= 2) continue;
      out.push({
        row: nearest.claim.id,
        finding: {
          rule: 'clause-dropped', kind: 'detail_dropped', severity: 'medium', basis: 'source',
          span: s, versus: [passage],
          message: `leaves out what ${baseline.label ?? 'the source'} adds in this sentence: "${passage.text.replace(/\s+/g, ' ').trim()}"`,
          actual: 'absent', expected: passage.text,
        },
      });
    }
  }
  return out;
}

// A clause tied to what comes before it in its sentence: after a comma, dash or semicolon, or opened by a conjunction.
const TIES = /^[,;:\u2013\u2014-]?\s*(?:and|but|while|whereas|though|although|even though|with|without|if|unless|until|before|after|as|because|since|so|saying|adding|noting|citing|which|who|where)\b/i;

// The content words of a stretch of an article, by stem.
function stemsIn(t: TaggedArticle, span: Pick<Span, 'start' | 'end'>): string[] {
  const { from, to } = wordRange(t.words, span.start, span.end);
  return t.words.slice(from, to).filter((w) => w.content).map((w) => w.stem);
}

/** Below this share of its content words in any one sentence of the others, a passage is told nowhere else. */
const ADDED_BELOW = 0.5;

/** A sentence of an outlet-only passage and the sentence of the source that tells the same in other words. */
export interface Retold {
  readonly passage: Span;
  readonly here: Span;
  readonly there: Span;
}

/**
 * The sentences of outlet-only passages that the source tells in other words (the aligner left them out: reworded
 * past its measure, or a figure changed), each with the source's sentence that shares the most of its content words:
 * at least half of them and three or more. Compared as one claim, they show what the rewrite changed in the telling.
 */
export function findRetold(unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): Retold[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const cache = new Map<string, Set<string>[]>();
  const theirs = sentencesOf(source, cache);
  const out: Retold[] = [];
  for (const passage of unique) {
    const here = tagged.get(passage.article);
    if (!here || here === source) continue;
    for (const [k, range] of here.article.sentences.entries()) {
      if (range.end <= passage.start || range.start >= passage.end) continue;
      const start = Math.max(range.start, passage.start);
      const end = Math.min(range.end, passage.end);
      // the whole sentence, and a clause left alone where the aligner seated the rest of its sentence elsewhere ("The
      // contract goes to X, and the plant is due to open in 2030") by its own words too: each may retell another
      // sentence of the source
      const part = start > range.start || end < range.end ? new Set(stemsIn(here, { start, end })) : null;
      const bests = new Set([sentencesOf(here, cache)[k]!, part].map((stems) => (stems ? retells(stems, theirs) : -1)).filter((b) => b >= 0));
      for (const best of bests) {
        const at = source.article.sentences[best]!;
        out.push({ passage, here: spanOf(here.article.id, here.article.text, start, end), there: spanOf(source.article.id, source.article.text, at.start, at.end) });
      }
    }
  }
  return out;
}

// The sentence of the source that tells these words (four or more) in its own: the one holding most of them, at least
// half and three or more (-1: none).
function retells(stems: ReadonlySet<string>, theirs: readonly Set<string>[]): number {
  if (stems.size < 4) return -1;
  const [best, shared] = mostShared(stems, theirs);
  return best < 0 || shared < 3 || shared / stems.size < ADDED_BELOW ? -1 : best;
}

// The sentence holding most of the words, and how many it holds (-1, 0: none holds any).
function mostShared(words: ReadonlySet<string>, sentences: readonly Set<string>[]): [number, number] {
  let best = -1;
  let shared = 0;
  sentences.forEach((sentence, k) => {
    let n = 0;
    for (const w of words) if (sentence.has(w)) n++;
    if (n > shared) [best, shared] = [k, n];
  });
  return [best, shared];
}

// The largest share of the words standing in one sentence of another article.
function shareElsewhere(words: ReadonlySet<string>, others: readonly TaggedArticle[], cache: Map<string, Set<string>[]>): number {
  let best = 0;
  for (const t of others) {
    for (const sentence of sentencesOf(t, cache)) {
      let n = 0;
      for (const w of words) if (sentence.has(w)) n++;
      best = Math.max(best, n / words.size);
    }
  }
  return best;
}

// Each sentence's content words, by their equivalent form.
function sentencesOf(t: TaggedArticle, cache: Map<string, Set<string>[]>): Set<string>[] {
  let list = cache.get(t.article.id);
  if (!list) {
    list = t.article.sentences.map(() => new Set<string>());
    t.words.forEach((w, i) => {
      const s = t.sentenceOf[i]!;
      if (w.content && s >= 0) list![s]!.add(w.stem);
    });
    cache.set(t.article.id, list);
  }
  return list;
}


/** Of a source sentence's content words, this share must stand in one sentence of an outlet for it to retell it. */
const ABSORBED_FROM = 0.8;

/** A sentence of the source, in a claim an outlet does not carry, that one sentence of the outlet tells within its own. */
export interface Absorbed {
  readonly claim: Claim;
  readonly here: Span;
  readonly there: Span;
}

/**
 * A claim an outlet does not carry, whose source sentence one sentence of the outlet tells all but whole inside its own
 * (four content words or more, four in five of them there): the outlet merged it into a sentence the aligner seated
 * elsewhere ("X said her party would challenge the figures in the court, which must receive challenges within five
 * days" holds both "She said her party would not challenge the figures" and the court's deadline). Compared as one
 * claim, they show what the merged telling changed. Sentences in outlet-only passages are `findRetold`'s.
 */
export function findAbsorbed(claims: readonly Claim[], unique: readonly Span[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): Absorbed[] {
  const source = baseline.article === null ? null : (tagged.get(baseline.article) ?? null);
  if (!source) return [];
  const cache = new Map<string, Set<string>[]>();
  const out: Absorbed[] = [];
  for (const claim of claims) {
    const there = claim.support.find((s) => s.article === source.article.id);
    if (!there) continue;
    const stems = new Set(stemsIn(source, there));
    if (stems.size < 4) continue;
    for (const here of tagged.values()) {
      // (a section heading the aligner matched carries no wording of the claim)
      if (here === source || claim.support.some((s) => s.article === here.article.id && !inHeading(here.article, s))) continue;
      const [best, shared] = mostShared(stems, sentencesOf(here, cache));
      if (best < 0 || shared / stems.size < ABSORBED_FROM) continue;
      const at = here.article.sentences[best]!;
      if (unique.some((u) => u.article === here.article.id && u.start < at.end && at.start < u.end)) continue;
      out.push({ claim, here: spanOf(here.article.id, here.article.text, at.start, at.end), there });
    }
  }
  return out;
}
