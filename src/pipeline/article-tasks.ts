import type { Article, Mention, RawDocument } from '../model/index.ts';
import type { Range } from '../model/span.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articleTags } from '../compare/tag/article-tags.ts';
import { cleanOutcomes, type CleanOutcome } from './clean-documents.ts';
import { packArticleTags, type PackedArticleTags } from './pack-article-tags.ts';

/** What the mentions of one article are read from. */
export interface MentionInput {
  readonly text: string;
  readonly sentences: readonly Range[];
  readonly published: string | null;
}

/**
 * The work an article thread does, by name: each a pure function of one message's batch, one result per message.
 * Every one is a stage's own function on each article of the batch, so a batch gives what the stage gives in process.
 */
export const ARTICLE_TASKS = {
  /** Each input's documents (whole and in order: they share its time budget) cleaned, one outcome each. */
  clean: ({ inputs, maxMs, maxChars }: { readonly inputs: readonly (readonly RawDocument[])[]; readonly maxMs?: number; readonly maxChars?: number }): CleanOutcome[][] =>
    inputs.map((documents) => cleanOutcomes(documents, { ...(maxMs !== undefined && { maxMs }), ...(maxChars !== undefined && { maxChars }) })),
  mentions: (articles: readonly MentionInput[]): Mention[][] => articles.map((a) => extractMentions(a.text, a.sentences, a.published)),
  tags: (articles: readonly { readonly article: Article; readonly mentions: readonly Mention[] }[]): PackedArticleTags =>
    packArticleTags(articles.map((a) => articleTags(a.article, a.mentions))),
} as const;

/** The tasks' table, for typing what goes to and comes from a thread. */
export type ArticleTasks = typeof ARTICLE_TASKS;
