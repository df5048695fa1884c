import type { RemovalReason } from '../../model/index.ts';
import { phrasesOf } from './languages.ts';

// A label is read without its decoration: bullets, a count ("Kommentare (3)", "12 commentaires"), trailing colons and arrows.
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s•·|>»›\-–—]+/, '').replace(/[\s:.…»›>|\-–—]+$/, '')
    .replace(/\s*\(\d+\)$/, '').replace(/^\d+\s+/, '').trim();
}

const WIDGETS = new Set(phrasesOf('widgets'));
const TEASER_HEADINGS = new Set([...phrasesOf('teaserHeadings'), ...phrasesOf('teaserLeads')]);
const COMMENT_HEADINGS = new Set(phrasesOf('commentHeadings'));
const MAX_CHARS = 120;

/**
 * Why a short line that is only a label is page furniture: the heading of a box of other articles
 * ('teaser'), of a comment section or a button row ('site-chrome'), or null. "Antworten · Melden"
 * (several buttons on one line) counts as buttons.
 */
export function labelReason(text: string): RemovalReason | null {
  // The block rules ask once per kind about the same paragraph in a row: the last answer is kept.
  if (text !== last.text) last = { text, reason: reasonOf(text) };
  return last.reason;
}

let last: { text: string; reason: RemovalReason | null } = { text: '', reason: null };

function reasonOf(text: string): RemovalReason | null {
  if (text.length > MAX_CHARS) return null;
  const label = normalise(text);
  if (!label) return null;
  if (TEASER_HEADINGS.has(label)) return 'teaser';
  if (COMMENT_HEADINGS.has(label) || WIDGETS.has(label)) return 'site-chrome';
  const parts = label.split(/\s*[·|•]\s*/);
  return parts.length > 1 && parts.every((p) => WIDGETS.has(normalise(p))) ? 'site-chrome' : null;
}

/** Whether a heading names a section of reader comments ("Kommentare (3)", "I commenti dei lettori"). */
export function isCommentHeading(text: string): boolean {
  return text.length <= MAX_CHARS && COMMENT_HEADINGS.has(normalise(text));
}

/** Whether a heading names a box of other articles ("Mehr zum Thema", "Lo más leído"). */
export function isTeaserHeading(text: string): boolean {
  return text.length <= MAX_CHARS && TEASER_HEADINGS.has(normalise(text));
}
