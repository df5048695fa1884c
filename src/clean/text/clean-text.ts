import type { CleanDocument, RawDocument } from '../../model/index.ts';
import { detectLanguage } from '../detect-language.ts';
import { dropRepeatedParagraphs } from './drop-repeated-paragraphs.ts';
import { joinParagraphs } from './join-paragraphs.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { markCaptions } from './mark-captions.ts';
import { markChrome } from './mark-chrome.ts';
import { markConsent } from './mark-consent.ts';
import { markCopyright } from './mark-copyright.ts';
import { markCredits } from './mark-credits.ts';
import { markDisclaimers } from './mark-disclaimers.ts';
import { markFaq } from './mark-faq.ts';
import { markLinkLists } from './mark-link-lists.ts';
import { markLongRuns } from './mark-long-runs.ts';
import { markOutsideStory } from './mark-outside-story.ts';
import { markPagePhrases } from './mark-page-phrases.ts';
import { markPrompts } from './mark-prompts.ts';
import { markTags } from './mark-tags.ts';
import { markTeasers } from './mark-teasers.ts';
import { markTracking } from './mark-tracking.ts';
import { readByline } from './read-byline.ts';
import { readDateline } from './read-dateline.ts';
import { readOutletHint } from './read-outlet-hint.ts';
import { readSiteName } from './read-site-name.ts';
import { readTitle } from './read-title.ts';
import { splitGluedHeading } from './split-glued-heading.ts';
import { splitLines } from './split-lines.ts';
import type { TextMeta, TextRule, TextState } from './text-state.ts';

/**
 * The plain-text cleaner, as an ordered list of rules: first the lines, then boilerplate by
 * shape and vocabulary, then metadata lines, then repeats and glued headings. Order matters:
 * captions go before the copyright rule (a caption can hold "©"), datelines before bylines (a
 * name beside a dateline is a byline), bylines before sign-off credits (the top byline wins),
 * the site name and title after the chrome above them; the other languages' phrases after the English
 * rules, so an English page reads as before.
 */
export const TEXT_RULES: readonly TextRule[] = [
  joinWrappedLines,
  markLongRuns,
  markChrome,
  markConsent,
  markCaptions,
  markCopyright,
  markTeasers,
  markPrompts,
  markTags,
  markTracking,
  readDateline,
  readByline,
  markCredits,
  markPagePhrases,
  markDisclaimers,
  readSiteName,
  readTitle,
  markLinkLists,
  markOutsideStory,
  readOutletHint,
  markFaq,
  dropRepeatedParagraphs,
  splitGluedHeading,
];

/**
 * Clean a scraped plain-text page: the story's paragraphs, its metadata, and every removed piece with
 * its reason. `check` runs before each rule and may throw to abandon a document out of time.
 */
export function cleanText(raw: RawDocument, check: () => void = () => undefined): CleanDocument {
  const meta: TextMeta = {
    title: raw.meta.title ?? null,
    byline: raw.meta.byline ?? null,
    outlet: raw.meta.outlet ?? null,
    published: raw.meta.published ?? null,
  };
  const start: TextState = { units: splitLines(raw.body), meta };
  const end = TEXT_RULES.reduce((state, rule) => {
    check();
    return rule(state);
  }, start);
  const { text, sourceMap, removed } = joinParagraphs(raw.body, end.units);
  const { owner, ...found } = end.meta;
  return {
    source: raw.source,
    url: raw.meta.url ?? null,
    ...(raw.meta.finalUrl && { finalUrl: raw.meta.finalUrl }),
    ...found,
    outlet: found.outlet ?? owner ?? null,
    language: raw.meta.language ?? detectLanguage(text),
    text,
    removed,
    sourceMap,
  };
}
