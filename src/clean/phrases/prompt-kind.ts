import type { RemovalReason } from '../../model/index.ts';
import { LEXICON } from '../text/boilerplate-lexicon.ts';
import { wordsOf } from '../text/words-of.ts';
import { phrasesOf } from './languages.ts';
import { phrasePattern, WORD_END } from './phrase-pattern.ts';

const TEASER_LEAD = phrasePattern(phrasesOf('teaserLeads'), (p) => `^(?:${p})\\s*[:|–—.-]\\s*\\S`);
const SHARE = phrasePattern(phrasesOf('sharePrompts'), (p) => `^(?:${p})${WORD_END}`);
const SOCIAL = phrasePattern([...LEXICON.social].filter((s) => s.length > 2), (p) => `(?<![\\p{L}\\p{N}])(?:${p})${WORD_END}`);
const NEWSLETTER = phrasePattern(phrasesOf('newsletterWords'), (p) => `(?<![\\p{L}\\p{N}])(?:${p})`);
const PITCH = phrasePattern(phrasesOf('newsletterPitches'), (p) => `(?<![\\p{L}\\p{N}])(?:${p})${WORD_END}`);
const COOKIE = /(?<![\p{L}])cookies?(?![\p{L}])/iu;
const CONSENT = phrasePattern(phrasesOf('consentWords'), (p) => `(?<![\\p{L}\\p{N}])(?:${p})${WORD_END}`);
const COPYRIGHT = phrasePattern(phrasesOf('copyright'), (p) => `(?<![\\p{L}\\p{N}])(?:${p})${WORD_END}`);
const TAGS = phrasePattern(phrasesOf('tagLabels'), (p) => `^(?:${p})\\s*:`);
const MAX_CHARS = 800;

/**
 * Why a short paragraph is a prompt or pointer rather than the story, in any language of the phrase
 * tables: a link to another article ('teaser'), a share or follow call ('share-prompt'), a newsletter
 * pitch ('newsletter'), a cookie banner ('site-chrome'), a tag list ('tags'), a copyright notice ('copyright'); else null.
 */
export function promptKind(text: string): RemovalReason | null {
  // The block rules ask once per kind about the same paragraph in a row: the last answer is kept.
  if (text !== last.text) last = { text, kind: kindOf(text) };
  return last.kind;
}

let last: { text: string; kind: RemovalReason | null } = { text: '', kind: null };

function kindOf(text: string): RemovalReason | null {
  if (text.length > MAX_CHARS) return null;
  const words = wordsOf(text).length;
  if (words <= 30 && TEASER_LEAD.test(text)) return 'teaser';
  if (words <= 14 && SHARE.test(text) && (words <= 3 || SOCIAL.test(text) || /\b(?:artikel|art[ií]culo|article|artigo|articolo|nota|not[ií]cia)\b/iu.test(text))) return 'share-prompt';
  if (words <= 40 && NEWSLETTER.test(text) && PITCH.test(text)) return 'newsletter';
  if (words <= 80 && COOKIE.test(text) && CONSENT.test(text)) return 'site-chrome';
  if (words <= 15 && TAGS.test(text)) return 'tags';
  if (words <= 30 && COPYRIGHT.test(text)) return 'copyright';
  return null;
}
