import type { CleanDocument, RawDocument } from '../../model/index.ts';
import { extractMainText } from './extract-main-text.ts';
import { filterBlocks } from './filter-blocks.ts';
import { mapToSource } from './map-to-source.ts';
import { parseCreditLine } from '../text/parse-credit-line.ts';
import { parsePage } from './parse-page.ts';
import { readPageMeta } from './read-page-meta.ts';

/**
 * Clean one HTML page: metadata from JSON-LD, meta tags and the input; the article's paragraphs as plain
 * text separated by blank lines; every removed block listed with its reason; paragraph starts mapped
 * back to the HTML source where they occur verbatim.
 */
export function cleanHtml(raw: RawDocument): CleanDocument {
  const document = parsePage(raw.body);
  const meta = readPageMeta(document, raw.meta);
  const main = extractMainText(document, raw.body);
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
  return {
    ...meta,
    byline: meta.byline ?? reporters?.join(', ') ?? null,
    source: raw.source,
    text,
    removed: [...main.removed, ...removed],
    sourceMap: mapToSource(paragraphs, raw.body),
  };
}
