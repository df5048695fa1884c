import { Readability } from '@mozilla/readability';
import type { Removed } from '../../model/index.ts';
import { articleBodyBlocks } from './article-body-blocks.ts';
import { findFallbackRoot } from './find-fallback-root.ts';
import { parsePage } from './parse-page.ts';
import { removeNoise } from './remove-noise.ts';
import { textBlocks, type TextBlock } from './text-blocks.ts';

/** The article's paragraphs as found in a page, and what page furniture was removed on the way. */
export interface MainText {
  readonly blocks: readonly TextBlock[];
  readonly removed: readonly Removed[];
  readonly method: 'readability' | 'fallback' | 'json-ld';
}

// Below this many characters Readability has probably picked a fragment (or nothing): compare with
// the fallback and keep the longer.
const SHORT_TEXT = 200;

// Readability's cost grows with elements times depth; past this many elements the fallback reads the page.
const MAX_READABILITY_ELEMENTS = 20_000;

// The JSON-LD body replaces what the page shows only when it is this many times longer (trafilatura's ratio): pages
// that draw their text with a script show a loading note or a teaser, and a JSON body cut short never wins.
const JSON_BODY_RATIO = 2;

const charsOf = (blocks: readonly TextBlock[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * Find the main text of a page, trying extractors in turn as trafilatura does: strip page furniture, run
 * Readability on what is left, fall back to the largest paragraph container when Readability finds nothing
 * or a fragment, and to the JSON-LD `articleBody` when that is much longer than either. Mutates `document`.
 */
export function extractMainText(document: Document, html: string, check: () => void = () => undefined, articleBody: string | null = null): MainText {
  const found = extractShown(document, html, check);
  if (articleBody === null || articleBody.length <= JSON_BODY_RATIO * charsOf(found.blocks)) return found;
  check();
  const blocks = articleBodyBlocks(articleBody);
  return charsOf(blocks) > JSON_BODY_RATIO * charsOf(found.blocks) ? { blocks, removed: found.removed, method: 'json-ld' } : found;
}

/** The main text the page shows: Readability, or the largest paragraph container. */
function extractShown(document: Document, html: string, check: () => void): MainText {
  const removed = removeNoise(document);
  check();
  let blocks: TextBlock[] = [];
  try {
    // Counted here: Readability's own maxElemsToParse counts getElementsByTagName('*'), which linkedom leaves
    // empty, so a flat page of 40,000 elements went through it (12 s, and past a gigabyte on larger ones).
    if (document.querySelectorAll('*').length <= MAX_READABILITY_ELEMENTS) {
      const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
      if (article?.content) blocks = textBlocks(article.content);
    }
  } catch {
    // Readability throws on a few malformed trees (linkedom differs from a browser DOM) and on pages past
    // MAX_READABILITY_ELEMENTS; the fallback covers them.
  }
  check();
  if (charsOf(blocks) >= SHORT_TEXT) return { blocks, removed, method: 'readability' };
  // Readability has mutated the first tree, so the fallback reads a fresh parse.
  const fresh = parsePage(html);
  removeNoise(fresh);
  const root = findFallbackRoot(fresh);
  const fallback = root ? textBlocks(root) : [];
  return charsOf(fallback) > charsOf(blocks)
    ? { blocks: fallback, removed, method: 'fallback' }
    : { blocks, removed, method: 'readability' };
}
