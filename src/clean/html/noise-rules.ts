import type { RemovalReason } from '../../model/index.ts';
import { isCommentHeading, isTeaserHeading } from '../phrases/label-reason.ts';
import { phrasesOf } from '../phrases/languages.ts';

/** One kind of non-content element: how to recognise it and why it is removed. */
export interface NoiseRule {
  readonly reason: RemovalReason;
  /** Upper-case tag names. */
  readonly tags?: readonly string[];
  /** Values of the `role` attribute. */
  readonly roles?: readonly string[];
  /** Tested on `class` and `id` together, split into tokens at spaces, `-`, `_` and camelCase. */
  readonly names?: RegExp;
  /** Any other test on the element. */
  readonly test?: (el: Element) => boolean;
}

const hidden = (el: Element): boolean =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('aria-modal') === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');

const tokens = (words: readonly string[]): RegExp => new RegExp(`^(${words.join('|')})$`);
// Elements that open with a label: the label is read to name the box ("Kommentare (3)", "Das könnte Sie auch interessieren").
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'SPAN', 'HEADER', 'DT', 'LEGEND', 'LABEL']);
const MAX_LABEL_CHARS = 120;
function labelOf(el: Element): string {
  const first = el.firstElementChild;
  if (!first || !LABEL_TAGS.has(first.tagName.toUpperCase())) return '';
  // Text before the first child would be the box's own words, not a label.
  if (el.firstChild !== first && (el.firstChild?.textContent ?? '').trim() !== '') return '';
  const text = first.textContent ?? '';
  return text.length <= MAX_LABEL_CHARS ? text.trim() : '';
}

// Per-kind knowledge is data: an ordered table read top to bottom; the first rule that matches names the
// reason. Name patterns match whole tokens ("share-bar" but not "shared"), so "header" never reads as "ad".
// Plain tag matches are checked the same way as names: one walk over the page, no CSS engine.
/** Elements that are page furniture rather than the article, in the order they are tried. */
export const NOISE_RULES: readonly NoiseRule[] = [
  { reason: 'navigation', tags: ['NAV'], roles: ['navigation', 'menubar', 'search'] },
  { reason: 'navigation', names: /^(nav|navbar|navigation|menu|breadcrumbs?|pagination|skip|masthead)$/ },
  { reason: 'site-chrome', tags: ['FOOTER'], roles: ['contentinfo', 'banner', 'dialog'] },
  { reason: 'site-chrome', names: /^(footer|sidebar|sr|screen|visually|offscreen|modal|popup|overlay|cookie|cookies|consent|gdpr|paywall|toolbar)$/ },
  { reason: 'caption', tags: ['FIGCAPTION'], test: (el) => /^(caption|copyrightHolder)$/.test(el.getAttribute('itemprop') ?? '') },
  { reason: 'caption', names: /^(caption|captions|credit|credits|photocredit|wp-caption-text|image-credit)$/ },
  { reason: 'social', names: /^(share|sharing|sharebar|social|socials|sharethis|addthis|follow)$/ },
  { reason: 'newsletter', names: /^(newsletter|newsletters|signup|subscribe|subscription)$/ },
  { reason: 'advertisement', names: /^(ad|ads|advert|advertisement|adslot|adunit|dfp|sponsored|sponsor|promo|promotion|outbrain|taboola|commercial)$/ },
  { reason: 'teaser', tags: ['ASIDE'], roles: ['complementary'] },
  { reason: 'teaser', names: /^(related|recirc|recirculation|trending|popular|mostread|most|recommended|recommendations|more|readmore|next|teaser|teasers|rail)$/ },
  { reason: 'byline', names: /^(byline|author|authors|bio|timestamp|dateline|published|updated)$/ },
  // "<p class="date"><time datetime=...>Monday 23 November 2026, 07:10</time></p>": the page's own date line
  { reason: 'dateline', names: /^(date|pubdate)$/ },
  { reason: 'dateline', test: (el) => el.tagName !== 'TIME' && el.children.length === 1 && el.children[0]!.tagName === 'TIME' && el.textContent?.trim() === el.children[0]!.textContent?.trim() },
  { reason: 'tags', names: /^(tags|tag|topics|keywords|categories)$/ },
  { reason: 'site-chrome', names: /^(comments|comment|disqus|respond|reactions)$/ },
  // The same boxes named in the page's language, by class or by the label they open with.
  { reason: 'site-chrome', names: tokens([...phrasesOf('commentClasses'), ...phrasesOf('consentClasses'), ...phrasesOf('footerClasses')]) },
  { reason: 'teaser', names: tokens(phrasesOf('teaserClasses')) },
  { reason: 'byline', names: tokens(phrasesOf('bylineClasses')) },
  { reason: 'site-chrome', test: (el) => isCommentHeading(labelOf(el)) },
  { reason: 'teaser', test: (el) => isTeaserHeading(labelOf(el)) },
  { reason: 'site-chrome', test: hidden },
];
