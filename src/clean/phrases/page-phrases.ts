/**
 * What a news page says around its story, in one language: the phrases of teasers, comment sections,
 * buttons, prompts, cookie banners, bylines and date lines. Everything is lowercase; rules compare
 * lowercased text. A new language is one more table, never a new rule.
 */
export interface PagePhrases {
  /** Phrases that open a link to another article ("Lesen Sie auch: ..."). */
  readonly teaserLeads: readonly string[];
  /** Headings of boxes of other articles: related, most read, latest news. */
  readonly teaserHeadings: readonly string[];
  /** Headings of reader comment sections and their sign-in lines. */
  readonly commentHeadings: readonly string[];
  /** Whole lines that are buttons, ad labels, loading notes or links to another version of the page. */
  readonly widgets: readonly string[];
  /** Words that open a share or follow prompt ("Teilen", "Folgen Sie uns"). */
  readonly sharePrompts: readonly string[];
  /** Words that name a newsletter. */
  readonly newsletterWords: readonly string[];
  /** Verbs that pitch one ("abonnieren", "inscrivez-vous"). */
  readonly newsletterPitches: readonly string[];
  /** Words of a cookie banner asking for consent ("akzeptieren", "acepta"). */
  readonly consentWords: readonly string[];
  /** Labels before an author's name ("von", "text:"). */
  readonly bylineLabels: readonly string[];
  /** Words joining two names in a byline ("und"). */
  readonly nameJoiners: readonly string[];
  /** Labels of a publication date ("veröffentlicht am"). */
  readonly publishedLabels: readonly string[];
  /** Labels of an update date ("aktualisiert"). */
  readonly updatedLabels: readonly string[];
  /** Relative times ("vor 2 Stunden"), whole lines. */
  readonly relativeTimes: readonly RegExp[];
  /** Words that sit in a written date besides numbers and the month ("um", "uhr", "de"). */
  readonly dateFillers: readonly string[];
  /** Month names and abbreviations, January first. */
  readonly months: readonly (readonly string[])[];
  /** Section names of a site's menu ("lokales", "deportes"); a short line of these and nothing else is navigation. */
  readonly sections: readonly string[];
  /** Labels of tag and topic lists ("schlagworte"). */
  readonly tagLabels: readonly string[];
  /** Tokens of `class`/`id` names of comment sections. */
  readonly commentClasses: readonly string[];
  /** Tokens of `class`/`id` names of related-article boxes. */
  readonly teaserClasses: readonly string[];
  /** Tokens of `class`/`id` names of bylines. */
  readonly bylineClasses: readonly string[];
  /** Phrases of a copyright notice ("alle rechte vorbehalten"). */
  readonly copyright: readonly string[];
  /** Tokens of `class`/`id` names of page footers. */
  readonly footerClasses: readonly string[];
  /** Tokens of `class`/`id` names of cookie and consent banners. */
  readonly consentClasses: readonly string[];
}
