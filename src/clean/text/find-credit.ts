import { LEXICON } from './boilerplate-lexicon.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY = `(?:${[...LEXICON.agencies].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
const PHOTO = `(?:${[...LEXICON.photoWords].sort((a, b) => b.length - a.length).map(escape).join('|')})s?`;

// One to five words, each ended by a space or a dot: with both optional, one long word could be cut
// into five in (n choose 4) ways before the pattern failed.
const NAME = `[\\p{L}'’-]+(?:(?:\\.\\s?|\\s)[\\p{L}'’-]+){0,4}\\.?\\s?`;
// Captions are short; a longer line is never a credit line, and the patterns need not read it.
const MAX_CHARS = 2000;

// Credit shapes at the end of a line, each with the credit as its last group: a credit naming a
// picture ("(AFP Photo)", "- Image by X") marks a caption at any length ...
const PICTURE_CREDIT: readonly RegExp[] = [
  // No leading \s*: unanchored, it would rescan a run of spaces from each of its positions.
  new RegExp(`(\\([^()]*\\b${PHOTO}\\b[^()]*\\))$`, 'iu'),
  new RegExp(`[-–—|/]\\s*(${PHOTO}\\s*(?:by|:)\\s*.{1,100})$`, 'iu'),
  new RegExp(`[.!?]["”’]?\\s*(${PHOTO}\\s*(?:by|:)\\s*.{1,60})$`, 'iu'),
  new RegExp(`[.!?]["”’]?(${AGENCY}(?:\\s+${PHOTO})?)$`, 'iu'),
];
// ... but a bare agency name also signs off wire copy ("... the ministry said. (PTI)"), so it
// marks a caption only on a short line.
const AGENCY_CREDIT: readonly RegExp[] = [
  new RegExp(`(\\(${AGENCY}(?:\\s*/\\s*[^()]{1,40})?\\))$`, 'iu'),
  new RegExp(`[.!?]["”’]?\\s*(${AGENCY}(?:\\s+${PHOTO})?(?:\\s*/\\s*[^.!?]{1,40})?)$`, 'iu'),
  new RegExp(`[.!?]["”’]?\\s*(${NAME}\\s*/\\s*${AGENCY}(?:\\s+via\\s+${AGENCY})?)$`, 'iu'),
];
const SHORT_CAPTION_WORDS = 20;
const ONLY: readonly RegExp[] = [
  new RegExp(`^\\(?\\s*(?:${PHOTO}|${AGENCY})(?:\\s+${PHOTO})?\\s*\\)?$`, 'iu'),
  new RegExp(`^\\(?\\s*${PHOTO}\\s*(?:by|:|-)\\s*[^.!?]{1,80}\\)?$`, 'iu'),
  new RegExp(`^${NAME}\\s*/\\s*${AGENCY}(?:\\s+via\\s+${AGENCY})?$`, 'iu'),
  new RegExp(`^${AGENCY}\\s*/\\s*${NAME}$`, 'iu'),
];

/**
 * Where a photo credit sits in a line: `{ start }` of a credit at its end ("... on Monday. (AFP
 * Photo)", "...the harbor.AFP", "... - Image by X"), start 0 when the line is only a credit,
 * or null when it has none.
 */
export function findCredit(text: string): { readonly start: number } | null {
  if (text.length > MAX_CHARS) return null;
  if (ONLY.some((re) => re.test(text))) return { start: 0 };
  const short = (text.match(/\S+/g) ?? []).length <= SHORT_CAPTION_WORDS;
  for (const re of short ? [...PICTURE_CREDIT, ...AGENCY_CREDIT] : PICTURE_CREDIT) {
    const match = re.exec(text);
    const credit = match?.[1];
    if (match && credit !== undefined) return { start: match.index + match[0].length - credit.length };
  }
  return null;
}
