import type { RemovalReason } from '../../model/index.ts';
import { wordsOf } from './words-of.ts';

const MAX_WORDS = 35;
// Newsletter and share prompts are imperative calls to the reader; their shapes, as data.
const NEWSLETTER: readonly RegExp[] = [
  /^(?:sign up|subscribe|register|join|get|receive|want|enter your e-?mail|don'?t miss|never miss|stay (?:informed|up to date|updated|in the know)|be the first|sign me up)\b.*\b(?:newsletters?|inbox|e-?mails?|alerts|briefings?|updates|digest)\b/i,
  /\bdelivered (?:straight |directly |right )?to your inbox\b/i,
  /^thanks? (?:you )?for (?:signing up|subscribing)\b/i,
  /^by (?:signing up|subscribing|clicking|submitting)\b.*\b(?:agree|consent|privacy|terms)\b/i,
  /^(?:subscribe|sign up)(?: now| today| here)?[.!]?$/i,
  // the sign-up form's own label
  /^(?:enter |type )?your e-?mail(?: address)?(?: here)?[.:]?$/i,
];
const SHARE: readonly RegExp[] = [
  /^(?:share|tweet|pin|e-?mail|post) (?:this|it|the story|the article|on|via|with)\b/i,
  /^(?:follow|like|join|find) (?:us|our)\b/i,
  /^(?:click|tap) (?:here )?to (?:share|tweet|e-?mail|print|copy|follow)\b/i,
  /^follow @[\w.]+/i,
  // "Follow SeaWatch on X for live updates": the outlet's own account on a platform
  /^[Ff]ollow (?:the )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} on (?:[Xx]|[Tt]witter|[Ff]acebook|[Ii]nstagram|[Tt]ik[Tt]ok|[Tt]hreads|[Bb]luesky|[Ll]inked[Ii]n|[Yy]ou[Tt]ube|[Ww]hats[Aa]pp|[Tt]elegram|[Mm]astodon)\b/u,
  /\bon google news\b.*$/i,
  /^(?:share|follow us)\s*[:|]?$/i,
];

/** 'newsletter' or 'share-prompt' when a short line is a call to sign up, share or follow; otherwise null. */
export function promptReason(text: string): RemovalReason | null {
  const words = wordsOf(text).length;
  if (words > MAX_WORDS) return null;
  if (NEWSLETTER.some((re) => re.test(text)) || (words <= 8 && /\bnewsletters?\b/i.test(text))) return 'newsletter';
  if (words <= 20 && SHARE.some((re) => re.test(text))) return 'share-prompt';
  return null;
}
