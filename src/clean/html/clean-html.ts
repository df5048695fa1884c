import { joinNames } from '../join-names.ts';
import type { CleanDocument, RawDocument } from '../../model/index.ts';
import { extractMainText } from './extract-main-text.ts';
import { filterBlocks } from './filter-blocks.ts';
import { flattenDeepHtml, MAX_HTML_DEPTH, MAX_REFERENCES, MAX_TAG_CHARS } from './flatten-deep-html.ts';
import { chooseLanguage } from '../detect-language.ts';
import { mapToSource } from './map-to-source.ts';
import { parseCreditLine } from '../text/parse-credit-line.ts';
import { parsePage } from './parse-page.ts';
import { readArticleBody } from './read-json-ld.ts';
import { readPageMeta } from './read-page-meta.ts';
import { readShownMeta } from './read-shown-meta.ts';
import { textBlocks } from './text-blocks.ts';

const pageLines = (document: Document): string[] => (document.body ? textBlocks(document.body).map((b) => b.text) : []);

/**
 * Clean one HTML page: metadata from JSON-LD, meta tags and the input; the article's paragraphs as plain
 * text separated by blank lines; every removed block listed with its reason; paragraph starts mapped
 * back to the HTML source where they occur verbatim. `check` is called between the costly steps and
 * throws to abandon a document that has used up its time.
 */
export function cleanHtml(raw: RawDocument, check: () => void = () => undefined): CleanDocument {
  // Markup nested past the cap is flattened before any parser sees it; its text stays.
  const { html, flattened, stripped, references } = flattenDeepHtml(raw.body);
  const document = parsePage(html);
  check();
  const meta = readPageMeta(document, raw.meta);
  // Before extraction changes the page: its lines, where a byline or date line the metadata lacks may be read.
  const lines = meta.byline === null || meta.published === null ? pageLines(document) : [];
  const main = extractMainText(document, html, check, readArticleBody(document));
  check();
  const { kept, removed } = filterBlocks(main.blocks, meta.title);
  const paragraphs: { start: number; text: string }[] = [];
  let text = '';
  for (const block of kept) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, text: block.text });
    text += block.text;
  }
  // A page with no byline may still sign off with its reporters ("(Reporting by ...)").
  const reporters = main.blocks.map((b) => parseCreditLine(b.text)?.reporters).find((names) => names);
  // The input's own language stands; the page's is checked against the text, and found from it when missing.
  const language = raw.meta.language?.trim() ? meta.language : chooseLanguage(meta.language, text);
  // Metadata first; then the byline and date lines the page shows, which were removed from the text.
  const start = kept[0] === undefined ? -1 : lines.indexOf(kept[0].text);
  const shown = readShownMeta([...main.removed, ...removed], start > 0 ? lines.slice(0, start) : [], language);
  return {
    ...meta,
    byline: meta.byline ?? shown.byline ?? (reporters ? joinNames(reporters) : undefined) ?? null,
    published: meta.published ?? shown.published,
    language,
    source: raw.source,
    ...(raw.meta.finalUrl && { finalUrl: raw.meta.finalUrl }),
    text,
    removed: [
      ...(flattened > 0 ? [{ text: `${flattened.toLocaleString('en')} elements nested deeper than ${MAX_HTML_DEPTH} levels lost their tags (their text is kept)`, reason: 'flattened' as const }] : []),
      ...(references > 0 ? [{ text: `${references.toLocaleString('en')} character references past the first ${MAX_REFERENCES.toLocaleString('en')} dropped`, reason: 'flattened' as const }] : []),
      ...(stripped > 0 ? [{ text: `${stripped.toLocaleString('en')} tags longer than ${MAX_TAG_CHARS.toLocaleString('en')} characters lost their attributes`, reason: 'flattened' as const }] : []),
      ...main.removed,
      ...removed,
    ],
    sourceMap: mapToSource(paragraphs, raw.body),
  };
}
