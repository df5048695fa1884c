import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Divergence } from '../model/index.ts';
import { spannedText } from '../model/index.ts';
import { cleanText } from '../clean/text/clean-text.ts';
import { segment } from '../segment/segment.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { alignClaims } from '../align/align-claims.ts';
import { compareClaims } from './compare-claims.ts';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

function seeds(): Article[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const doc = cleanText({ source: file, format: 'text', body: readFileSync(join(SEEDS, file), 'utf8'), meta: {} });
    return { ...doc, id: file.slice(0, 3), ...segment(doc.text) };
  });
}

// The four public divergences of the seed bundle (see ../shared/seeds/README.md), as article, kinds and words.
const PUBLIC: readonly { article: string; kinds: readonly string[]; words: string }[] = [
  { article: '003', kinds: ['detail_added'], words: 'filmed' },
  { article: '003', kinds: ['attribution'], words: 'Reuters reports' },
  { article: '002', kinds: ['meaning'], words: 'traveling between' },
  { article: '003', kinds: ['entity', 'meaning', 'detail_added', 'detail_dropped'], words: 'maritime' },
  { article: '000', kinds: ['attribution'], words: 'removed from their functions' },
];

// Further changes a careful reader finds in the seeds (reviewed by hand): a quantifier, counts of sources and a hedge.
const REVIEWED: readonly { article: string; kinds: readonly string[]; words: string }[] = [
  // "some Cuban advisers have been removed" (000, 001, 002; 003 "several") told as all of them
  { article: '004', kinds: ['quantifier'], words: 'Cuban advisors have been removed' },
  // "several Cuban advisers" where 000, 001 and 002 say "some"
  { article: '003', kinds: ['quantifier'], words: 'several Cuban advisers have already been stripped' },
  // "Two sources added" (001, 002) becomes sources without a count
  { article: '000', kinds: ['attribution'], words: 'According to sources,' },
  // "four sources said" (001, 002) becomes a bare "is said to"
  { article: '004', kinds: ['hedge', 'attribution'], words: 'is said to' },
  // "according to 11 sources familiar with the matter, Reuters reports" (001, 002) becomes Reuters alone
  { article: '003', kinds: ['attribution'], words: 'as reported by Reuters' },
  // "pledged to permanently sever" where the others say "vowed to end", "intention to disarticulate"
  { article: '003', kinds: ['detail_added', 'framing'], words: 'permanently sever' },
  // "a professor at New York University" where the others say "an associate professor of history"
  { article: '000', kinds: ['entity', 'attribution'], words: 'a professor at New York' },
  // "regime" where the others say "the Chavista government"
  { article: '000', kinds: ['framing'], words: 'regime’s ability' },
  // "the Havana regime" where the others say "the alliance between Caracas and Havana"
  { article: '000', kinds: ['framing'], words: 'Havana regime' },
  // "a severe economic stranglehold" added to the oil blockade the others tell plainly
  { article: '003', kinds: ['framing'], words: 'stranglehold' },
  // "It is unclear whether ..." where 001 and 002 credit the uncertainty to "Other sources"
  { article: '000', kinds: ['attribution'], words: 'It is unclear' },
  // "the regime led by Miguel Díaz-Canel" added to the oil blockade the others tell plainly
  { article: '000', kinds: ['framing'], words: 'regime led by' },
  // "a cornerstone of Washington's broader ambition" where 002 says "part of Washington's broader strategy"
  { article: '003', kinds: ['framing'], words: 'cornerstone' },
  // "In January" where 002 gives the day of the memorial ("On Jan. 8")
  { article: '000', kinds: ['date'], words: 'In January, Cuban' },
  // "the January attack" where 002 says "the Jan. 3 operation"
  { article: '003', kinds: ['date'], words: 'the January attack' },
  // "Four sources said" (002) becomes "sources quoted by the media"
  { article: '000', kinds: ['attribution'], words: 'sources quoted by the media' },
];

test('the seed bundle yields its public and reviewed divergences and no false alarm on equivalent forms', async () => {
  const articles = seeds();
  const mentions = new Map(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const claims = await alignClaims(articles, mentions);
  const found = compareClaims(articles, mentions, claims);
  const shown = found.map((d) => `${d.article} ${d.kind} "${d.text}"`).join('\n');
  const overlaps = (d: Divergence, article: string, words: string): boolean => {
    const text = articles.find((a) => a.id === article)!.text;
    const at = text.indexOf(words);
    return d.article === article && at >= 0 && d.start < at + words.length && at < d.end;
  };
  for (const p of [...PUBLIC, ...REVIEWED]) {
    assert.ok(found.some((d) => p.kinds.includes(d.kind) && overlaps(d, p.article, p.words)), `missing ${p.kinds[0]} on ${p.article} "${p.words}"; found:\n${shown}`);
  }
  // 004 tells the 32 deaths and credits them in the next sentence ("Havana acknowledged the losses")
  assert.ok(!found.some((d) => d.kind === 'attribution' && overlaps(d, '004', 'the death of 32 Cuban')), `false dropped attribution on 004; found:\n${shown}`);
  // figures, dates and spellings agree across the five: none of them may be flagged, only the two months told without their day
  assert.deepEqual(found.filter((d) => d.kind === 'number' || d.kind === 'quote').map((d) => d.text), []);
  assert.deepEqual(found.filter((d) => d.kind === 'date').map((d) => `${d.article} ${d.text}`).sort(), ['000 January', '003 January']);
  for (const d of found) {
    assert.equal(spannedText(articles.find((a) => a.id === d.article)!, d).slice(d.start, d.end), d.text);
    assert.ok(d.text.length <= 200, `span too wide: "${d.text}"`);
  }
});
