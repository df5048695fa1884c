// A party's answer read story-wide: an outlet's sentence telling how a party answered (admitted, denied, declined to
// say), set against the source's answer by the same party on the same matter wherever the aligner seated the two
// sentences (findAnswers, through compareOutsideClaims).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlesOf } from './_compare-texts.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';
import { chooseSource } from './choose-source.ts';
import { compareOutsideClaims } from './compare-claims.ts';

// An outlet named after a wire agency is the source.
const WIRE = 'Reuters';

// The changes of meaning found in outlet b's second sentence, an outlet-only passage read against the source.
function meanings(wire: string, b: string): string[] {
  const articles = articlesOf({ [WIRE]: wire, b });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const outlet = articles.find((a) => a.id === 'b')!;
  const passage = spanOf('b', outlet.text, outlet.sentences[1]!.start, outlet.sentences[1]!.end);
  return compareOutsideClaims([passage], [], tagged, byId, [], chooseSource(articles)).filter((d) => d.kind === 'meaning').map((d) => `${d.text} | ${d.versus[0]?.text}`);
}

const HARBOUR = 'Lotte Brandvik, who heads the harbour authority, spoke to reporters on Friday. She declined to say why the flood gates had been left open overnight.';

test('a party named in one telling and a pronoun in the other is one party when the pronoun\'s sentence or the one before names it', () => {
  assert.deepEqual(meanings(HARBOUR, 'The harbour flooded on Thursday. Brandvik admitted the flood gates had been faulty for weeks.'),
    ['admitted | declined to say']);
  // the same answer is no change
  assert.deepEqual(meanings(HARBOUR, 'The harbour flooded on Thursday. Brandvik declined to say why the gates were open.'), []);
});

test('a party named alike needs one word of the matter in common, a noun pointing back two, a pronoun alone three', () => {
  const wire = 'Telvane, the network operator, said on Monday that it had fixed the fault. The company denied claims that customer passwords had been stolen.';
  assert.deepEqual(meanings(wire, 'Service returned on Monday. Telvane acknowledged that customer passwords may have been copied.'),
    ['acknowledged that | denied claims']);
  // one word in common: another matter, unless the party is named alike
  const ivarsen = 'The runway reopened at noon. Ivarsen declined to comment on staffing and said radar was one of several tools.';
  assert.deepEqual(meanings(ivarsen, 'The airport reopened at noon. Ivarsen acknowledged that staffing in the wildlife unit had been cut.'), ['acknowledged that | declined to comment']);
  assert.deepEqual(meanings(wire, 'Service returned on Monday. Telvane acknowledged that customer bills may have been wrong.'), []);
  // a pronoun with no name near it, on two words of the matter: not known to be the same party
  const auditors = 'Overtime at the sites was unpaid, the auditors found. The Garment Makers\' Association rejected the findings on overtime pay.';
  assert.deepEqual(meanings(auditors, 'Wages went unpaid for months. The records may have been altered, though they could not confirm it on overtime pay.'), []);
});
