import type { Article } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { Tag } from './tag.ts';

/** An article read once for comparison: its words, the tags on them, and where its sentences fall. */
export interface TaggedArticle extends ArticleTags {
  readonly article: Article;
  /** Position of the article in the bundle: the last tie-break for "later". */
  readonly order: number;
}

/** What reading an article for comparison finds in it, whatever its place in a bundle. */
export interface ArticleTags {
  readonly words: readonly WordToken[];
  /** Every tag, sorted by `from`. */
  readonly tags: readonly Tag[];
  /** The sentence (index into `article.sentences`) of each word, -1 outside every sentence. */
  readonly sentenceOf: Int32Array;
  /** Stems of the article's content words, for asking whether it says a word anywhere. */
  readonly stems: ReadonlySet<string>;
  /** Words of a wire dateline ("LISBON, Portugal (AP) —"): where the copy was filed, no wording of any claim. */
  readonly dateline: { readonly from: number; readonly to: number } | null;
  /** Pairs of consecutive content-word stems ("special forc"), for asking whether it says a phrase anywhere. */
  readonly bigrams: ReadonlySet<string>;
}

/** The stems of the content words of the sentence holding word `at`, less the words `skip` leaves out. */
export function sentenceStems(t: TaggedArticle, at: number, skip: (w: WordToken, k: number) => boolean): Set<string> {
  const out = new Set<string>();
  const sentence = t.sentenceOf[at];
  for (let k = at; k >= 0 && t.sentenceOf[k] === sentence; k--) if (t.words[k]!.content && !skip(t.words[k]!, k)) out.add(t.words[k]!.stem);
  for (let k = at + 1; k < t.words.length && t.sentenceOf[k] === sentence; k++) if (t.words[k]!.content && !skip(t.words[k]!, k)) out.add(t.words[k]!.stem);
  return out;
}

/** Text between two words of an article (punctuation and spacing). */
export function between(t: TaggedArticle, a: number, b: number): string {
  const x = t.words[a];
  const y = t.words[b];
  return x && y ? t.article.text.slice(x.end, y.start) : '';
}
