import type { RemovalReason } from '../../model/index.ts';
import { parseCreditLine } from '../text/parse-credit-line.ts';
import { promptReason } from '../text/prompt-lexicon.ts';
import { hasLongRun } from '../text/has-long-run.ts';
import { labelReason } from '../phrases/label-reason.ts';
import { promptKind } from '../phrases/prompt-kind.ts';
import { readBylineLine } from '../phrases/read-byline-line.ts';
import { isDateLine } from '../phrases/written-date.ts';
import type { TextBlock } from './text-blocks.ts';

/** A named test that marks one extracted paragraph as non-content. */
export interface BlockRule {
  readonly name: string;
  readonly reason: RemovalReason;
  readonly test: (block: TextBlock, words: number) => boolean;
}

// Labels of widgets and buttons that survive inside article containers, as whole short lines.
const WIDGET_LINE =
  /^(advertisement|advertising|sponsored( content)?|ad|caption|close|hide caption|toggle caption|share|share this( article| story)?|print|email|comments?|loading\W*|report (an )?error|top videos?|don'?t miss|trending|join the conversation\W*|more (news|stories|videos)( from .+)?|you may also like\W*|recommended( for you)?|related( articles| stories| content| coverage| topics)?\W*|most (read|popular|viewed)|watch( now| live)?|listen( now)?|subscribe|follow us( on .+)?|sign up|log ?in|sign in|back to top|expand|enlarge this image|view (gallery|comments)|image \d+ of \/? ?\d+|\d+ ?\/ ?\d+|skip( ad)?|advert|this slideshow requires javascript|tell us what you think\W*|want more stories like this\W*)$/i;
// Leftover CMS shortcodes ("[button link=...]Send us your review[/button]") are markup, not prose.
const SHORTCODE = /^\[\w+[^\]]*\].*\[\/\w+\]$/;
const DATE_LINE = /^(published|updated|posted|last (updated|modified)|first published|date)\b/i;
const BYLINE = /^([Bb]y|BY)\s+\p{Lu}/u;
const CREDIT = /^(photo|photograph|image|picture|video|credit|source|illustration|pictured)s?\s*(credit)?\s*:|\((ap|afp|reuters|getty)( photo)?[^)]*\)$|\b(getty images|shutterstock|associated press|ap photo|afp photo|reuters)\s*$/i;
const TEASER_LEAD = /^(read|see|watch|listen|also read|read also|read more|see also|more|related|recommended|click here|more on this( story)?|further reading)\b[^:]{0,30}:/i;
// A link whose text is its address was written out by the author, as a reference, not a teaser.
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
const NEWSLETTER = /\b(newsletters?|sign up|subscribe|inbox)\b/i;
const NEWSLETTER_PITCH = /\b(sign up|subscribe|get|delivered|newsletter)\b/i;
// A blog engine's feed footer names the post and the site it came from ("The post X appeared first on Y.").
const FEED_FOOTER = /^the post .{3,300} appeared first on [^,;:]{2,80}$/i;

/** Tests applied to each extracted paragraph, in order; the first that matches names the reason. */
export const BLOCK_RULES: readonly BlockRule[] = [
  { name: 'long-run', reason: 'not-prose', test: (b) => hasLongRun(b.text) },
  { name: 'widget-line', reason: 'site-chrome', test: (b, w) => w <= 6 && WIDGET_LINE.test(b.text.replace(/[.:…»›>]+$/, '').trim()) },
  { name: 'shortcode', reason: 'html-boilerplate', test: (b) => SHORTCODE.test(b.text) },
  { name: 'link-list', reason: 'teaser', test: (b) => b.rawChars > 0 && b.linkChars / b.rawChars > 0.8 && !BARE_URL.test(b.text) },
  { name: 'date-line', reason: 'dateline', test: (b, w) => w <= 14 && DATE_LINE.test(b.text) },
  { name: 'byline', reason: 'byline', test: (b, w) => w <= 10 && BYLINE.test(b.text) },
  { name: 'credits', reason: 'credits', test: (b) => parseCreditLine(b.text) !== null },
  { name: 'credit', reason: 'photo-credit', test: (b, w) => w <= 40 && CREDIT.test(b.text) },
  { name: 'teaser-lead', reason: 'teaser', test: (b, w) => w <= 30 && TEASER_LEAD.test(b.text) },
  { name: 'feed-footer', reason: 'outlet-boilerplate', test: (b, w) => w <= 70 && FEED_FOOTER.test(b.text) },
  { name: 'newsletter', reason: 'newsletter', test: (b, w) => w > 2 && w <= 40 && NEWSLETTER.test(b.text) && NEWSLETTER_PITCH.test(b.text) && /\b(our|the|daily|weekly|free)\b/i.test(b.text) },
  // the same sign-up, share and follow prompts the text path removes ("Follow the Herald on Instagram")
  { name: 'newsletter-prompt', reason: 'newsletter', test: (b) => promptReason(b.text) === 'newsletter' },
  { name: 'share-prompt', reason: 'share-prompt', test: (b) => promptReason(b.text) === 'share-prompt' },
  // The same kinds in the other languages of the phrase tables (`../phrases/`): labels, prompts, bylines, date lines.
  { name: 'teaser-label', reason: 'teaser', test: (b, w) => w <= 12 && labelReason(b.text) === 'teaser' },
  { name: 'widget-label', reason: 'site-chrome', test: (b, w) => w <= 12 && labelReason(b.text) === 'site-chrome' },
  { name: 'language-byline', reason: 'byline', test: (b) => readBylineLine(b.text) !== null },
  { name: 'language-date-line', reason: 'dateline', test: (b, w) => w <= 16 && isDateLine(b.text) },
  { name: 'language-teaser', reason: 'teaser', test: (b) => promptKind(b.text) === 'teaser' },
  { name: 'language-share', reason: 'share-prompt', test: (b) => promptKind(b.text) === 'share-prompt' },
  { name: 'language-newsletter', reason: 'newsletter', test: (b) => promptKind(b.text) === 'newsletter' },
  { name: 'consent', reason: 'site-chrome', test: (b) => promptKind(b.text) === 'site-chrome' },
  { name: 'language-tags', reason: 'tags', test: (b) => promptKind(b.text) === 'tags' },
  { name: 'copyright', reason: 'copyright', test: (b) => promptKind(b.text) === 'copyright' },
];
