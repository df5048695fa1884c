import type { Article } from '../model/index.ts';
import type { ArticleTags } from '../compare/tag/tagged-article.ts';
import type { Tag } from '../compare/tag/tag.ts';
import type { WordToken } from '../text/word-tokens.ts';

/**
 * Articles' tags packed to cross between threads: a message's copy of a million small word objects costs more than
 * reading the words (0.5 s a 500 articles to copy, 0.04 s packed), so each word is seven integers, its strings
 * numbered in one table for the whole batch (the copies of a story share nearly all their words).
 */
export interface PackedArticleTags {
  /** Every string of the batch once: norms, stems, parts of speech, lemmas, stem pairs. */
  readonly strings: readonly string[];
  readonly articles: readonly PackedTags[];
}

interface PackedTags {
  /** Per word: start, end, norm, stem, pos, lemma (indices into `strings`), content (0 or 1). */
  readonly words: Int32Array;
  readonly tags: readonly Tag[];
  readonly sentenceOf: Int32Array;
  readonly stems: Int32Array;
  readonly bigrams: Int32Array;
  readonly dateline: ArticleTags['dateline'];
}

const WIDTH = 7;

/** Pack a batch of articles' tags (`unpackArticleTags` reads them back with the articles' texts). */
export function packArticleTags(read: readonly ArticleTags[]): PackedArticleTags {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const number = (s: string): number => {
    let n = numbers.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      numbers.set(s, n);
    }
    return n;
  };
  const articles = read.map((t): PackedTags => {
    const words = new Int32Array(t.words.length * WIDTH);
    t.words.forEach((w, i) => {
      const o = i * WIDTH;
      words[o] = w.start;
      words[o + 1] = w.end;
      words[o + 2] = number(w.norm);
      words[o + 3] = number(w.stem);
      words[o + 4] = number(w.pos);
      words[o + 5] = number(w.lemma);
      words[o + 6] = w.content ? 1 : 0;
    });
    return { words, tags: t.tags, sentenceOf: t.sentenceOf, stems: Int32Array.from(t.stems, number), bigrams: Int32Array.from(t.bigrams, number), dateline: t.dateline };
  });
  return { strings, articles };
}

/** The tags of `packed`, the `k`th for `articles[k]` (whose text the words are read from). */
export function unpackArticleTags(packed: PackedArticleTags, articles: readonly Article[]): ArticleTags[] {
  const { strings } = packed;
  return packed.articles.map((p, k) => {
    const text = articles[k]!.text;
    const words = new Array<WordToken>(p.words.length / WIDTH);
    for (let i = 0; i < words.length; i++) {
      const o = i * WIDTH;
      const start = p.words[o]!;
      const end = p.words[o + 1]!;
      words[i] = { start, end, text: text.slice(start, end), norm: strings[p.words[o + 2]!]!, stem: strings[p.words[o + 3]!]!, pos: strings[p.words[o + 4]!]!, lemma: strings[p.words[o + 5]!]!, content: p.words[o + 6] === 1 };
    }
    const stems = new Set<string>();
    for (const n of p.stems) stems.add(strings[n]!);
    const bigrams = new Set<string>();
    for (const n of p.bigrams) bigrams.add(strings[n]!);
    return { words, tags: p.tags, sentenceOf: p.sentenceOf, stems, bigrams, dateline: p.dateline };
  });
}
