import type { CleanDocument, RemovalReason } from '../../model/index.ts';
import { normaliseLine } from '../text/normalise-line.ts';
import { wordsOf } from '../text/words-of.ts';
import { carriesReporting } from './carries-reporting.ts';
import { dropParagraphs } from './drop-paragraphs.ts';
import { outletKey } from './outlet-key.ts';
import { splitParagraphs } from './split-paragraphs.ts';

// A short closing or opening sentence repeated by one outlet ("This story has been updated.") is its house text.
const HOUSE_LINE_WORDS = 12;
const EDGE = 2;

/**
 * The cross-article pass (Churnalism's common fragments): a paragraph found in several
 * documents is boilerplate when it carries no reporting ('bundle-boilerplate'), or when the
 * same outlet repeats it and it is a short line at the top or bottom ('outlet-boilerplate').
 * A sentence of reporting shared by outlets is kept: outlets copying the wire is what we compare.
 */
export function removeBundleBoilerplate(docs: readonly CleanDocument[]): CleanDocument[] {
  const texts = docs.map((doc) => splitParagraphs(doc.text).map((r) => doc.text.slice(r.start, r.end)));
  const paragraphs = texts.map((list) => list.map(normaliseLine));
  const outlets = docs.map(outletKey);
  // For each paragraph: how many documents hold it, and how many of those per outlet. Counted once, so a
  // line shared by thousands of items is not compared document by document.
  const holders = new Map<string, { documents: number; byOutlet: Map<string | null, number> }>();
  paragraphs.forEach((keys, d) => {
    for (const key of new Set(keys)) {
      const entry = holders.get(key) ?? { documents: 0, byOutlet: new Map<string | null, number>() };
      entry.documents++;
      entry.byOutlet.set(outlets[d]!, (entry.byOutlet.get(outlets[d]!) ?? 0) + 1);
      holders.set(key, entry);
    }
  });
  const reporting = new Map<string, boolean>();
  const carries = (text: string): boolean => {
    let known = reporting.get(text);
    if (known === undefined) reporting.set(text, (known = carriesReporting(text)));
    return known;
  };
  return docs.map((doc, d) => {
    const keys = paragraphs[d]!;
    const drop = new Map<number, RemovalReason>();
    keys.forEach((key, i) => {
      const entry = holders.get(key);
      if (entry === undefined || entry.documents < 2) return;
      const text = texts[d]![i]!;
      const sameOutlet = outlets[d] !== null && (entry.byOutlet.get(outlets[d]!) ?? 0) >= 2;
      const atEdge = i < EDGE || i >= keys.length - EDGE;
      const isReporting = carries(text);
      if (sameOutlet && (!isReporting || (atEdge && wordsOf(text).length <= HOUSE_LINE_WORDS))) drop.set(i, 'outlet-boilerplate');
      else if (!isReporting) drop.set(i, 'bundle-boilerplate');
    });
    return dropParagraphs(doc, drop);
  });
}
