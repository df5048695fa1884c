import type { AttributionMention, QuoteMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { findQuotations } from './find-quotations.ts';
import { extractAttributions } from './extract-attributions.ts';

const GAP_AFTER = /^[ \t,:;—–-]*$/;
const GAP_BEFORE = /^[ \t,:;—–-]*(?:that\s+)?[ \t,:;—–-]*$/;

/**
 * Quotations in straight or curly double quotes, guillemets or unambiguous single curly quotes, each with
 * its full span (which may cross sentences) and, when a cue is adjacent ("...," she said / X said: "..."),
 * its speaker. Pass `attributions` when already extracted, to avoid doing it twice.
 */
export function extractQuotes(text: string, sentences: readonly Range[], attributions?: readonly AttributionMention[]): QuoteMention[] {
  const inSentences = (q: Range): boolean => sentences.some((s) => q.start < s.end && s.start < q.end);
  const quotations = findQuotations(text).filter(inSentences);
  if (quotations.length === 0) return [];
  const credits = (attributions ?? extractAttributions(text, sentences)).filter((a) => a.sourceType !== 'unspecified');
  const quotes = quotations.map((q) => {
    const content = { start: q.content.start, end: q.content.end, text: text.slice(q.content.start, q.content.end) };
    // A quote closed with a full stop ends its sentence: what follows belongs to the next one.
    const open = !/\.$/.test(content.text) && !(/[?!]$/.test(content.text) && /^\s*\p{Lu}/u.test(text.slice(q.end)) && !/^\s*(said|says|asked|added)\b/.test(text.slice(q.end)));
    const credit =
      (open ? credits.find((a) => a.start >= q.end && a.cue.start - q.end < 60 && GAP_AFTER.test(text.slice(q.end, a.start))) : undefined) ??
      credits.find((a) => a.end <= q.start && GAP_BEFORE.test(text.slice(a.end, q.start)));
    const speaker = credit ? { speaker: { start: credit.source.start, end: credit.source.end, text: credit.source.text } } : {};
    return { kind: 'quote' as const, start: q.start, end: q.end, text: text.slice(q.start, q.end), content, ...speaker };
  });
  return quotes.map((quote, i) => inheritSpeaker(text, quote, quotes[i - 1]));
}

/** '“We won,” she said. “It was hard.”': a quote that goes on in the same paragraph keeps its speaker. */
function inheritSpeaker(text: string, quote: QuoteMention, previous: QuoteMention | undefined): QuoteMention {
  if (quote.speaker || !previous?.speaker || previous.speaker.start < previous.end) return quote;
  const between = text.slice(previous.end, quote.start);
  if (between.includes('\n') || between.length > 120 || !/[.!?]\s*$/.test(between)) return quote;
  return { ...quote, speaker: previous.speaker };
}
