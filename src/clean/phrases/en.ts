import type { PagePhrases } from './page-phrases.ts';

/**
 * English: only what the language-table rules need beyond the English rules that came first
 * (`html/block-rules.ts`, `text/boilerplate-lexicon.ts`), which stay where they are.
 */
export const EN: PagePhrases = {
  teaserLeads: [],
  teaserHeadings: [],
  commentHeadings: [],
  widgets: [],
  sharePrompts: [],
  newsletterWords: [],
  newsletterPitches: [],
  consentWords: ['accept', 'agree', 'consent'],
  bylineLabels: ['by', 'words by', 'written by', 'reported by', 'story by'],
  nameJoiners: ['and', '&'],
  publishedLabels: [],
  updatedLabels: [],
  relativeTimes: [/^(?:\d+|an?|a few) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago$/],
  dateFillers: [],
  months: [],
  sections: [],
  tagLabels: [],
  commentClasses: [],
  teaserClasses: [],
  bylineClasses: [],
  // English copyright lines stay as they were: the public benchmark's gold keeps them as part of the article.
  copyright: [],
  footerClasses: [],
  consentClasses: [],
};
