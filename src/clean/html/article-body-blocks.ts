import { flattenDeepHtml } from './flatten-deep-html.ts';
import { parsePage } from './parse-page.ts';
import { textBlocks, type TextBlock } from './text-blocks.ts';

const MARKUP = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|em|strong|a|span)\b[^>]*>/i;

/**
 * The paragraphs of a JSON-LD `articleBody`: read as HTML when it carries markup (cut down like any page
 * first, since it is the page's own hostile input), else one paragraph per line.
 */
export function articleBodyBlocks(body: string): TextBlock[] {
  if (MARKUP.test(body)) {
    const document = parsePage(flattenDeepHtml(body).html);
    return document.body ? textBlocks(document.body) : [];
  }
  return body.split(/\s*[\r\n]+\s*/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
    .map((text) => ({ text, linkChars: 0, rawChars: text.replace(/\s/g, '').length, tag: 'P' }));
}
