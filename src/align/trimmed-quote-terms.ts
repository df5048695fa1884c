import { findQuotations } from '../extract/find-quotations.ts';
import { contentTerms } from './content-terms.ts';

// "…", "...", ". . ." between words: the writer cut words out of the quotation there.
const ELLIPSIS = /(?:…|\.\s?\.\s?\.)/;

/**
 * The content terms of the quotations in `text` that an ellipsis trims ("We will … rebuild it"), or none.
 * Such a quotation is a shortened copy of a longer one: its words, not its length, say which quotation it is.
 */
export function trimmedQuoteTerms(text: string): string[] {
  const terms: string[] = [];
  for (const quote of findQuotations(text)) {
    const words = text.slice(quote.content.start, quote.content.end);
    // an ellipsis that opens or closes the quotation trims around it; one between words cuts from inside
    if (ELLIPSIS.test(words)) terms.push(...contentTerms(words));
  }
  return terms;
}
