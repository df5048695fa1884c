/** What an article is, to a story listing: its metadata, never its text. */
export interface StoryArticle {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  /** ISO 8601 or null. */
  readonly published: string | null;
  readonly language: string | null;
}

/** Why an article is in its story: the member it matched best and the evidence, each figure 0-1. */
export interface StoryReason {
  /** The earlier member it matched; null for the article that started the story. */
  readonly matched: string | null;
  /** What decided it: a copy (shared word 5-grams), the words, names and figures across languages, the encoder. */
  readonly on: 'first' | 'copy' | 'words' | 'anchors' | 'meaning' | 'words and anchors';
  readonly score: number | null;
  readonly copy: number | null;
  readonly words: number | null;
  readonly anchors: number | null;
  /** The rarest names, places, figures (`#:`) and dates (`d:month-day`) both hold. */
  readonly shared: readonly string[];
}

/** One story of a pile: its articles in arrival order, each with why it belongs. */
export interface Story {
  /** The id of the article that started it: stable however many articles join later. */
  readonly id: string;
  /** The title of its earliest titled article (by publication, else arrival). */
  readonly title: string | null;
  readonly first: string | null;
  readonly last: string | null;
  /** Distinct outlets, in order of first appearance (an article naming none counts by its source's file name). */
  readonly outlets: readonly string[];
  /** Distinct languages, most articles first. */
  readonly languages: readonly string[];
  readonly articles: readonly (StoryArticle & { readonly reason: StoryReason })[];
}
