import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignClaims } from './align-claims.ts';
import { fixtureArticle } from './_fixture-article.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { shareClauses } from './share-clauses.ts';
import { featuriser } from './unit-features.ts';
import { clauseRuns } from '../segment/clause-runs.ts';
import type { ClaimUnit } from './claim-unit.ts';

// One outlet folds the downgrade into a clause of its sentence on the withdrawals; the others tell it apart.
const articles = [
  fixtureArticle('Customers withdrew 3.1 billion crowns from Harlow Bank on Thursday and Friday, the lender said. Mentor Ratings cut the long-term credit rating of Harlow Bank by two notches to BB on Wednesday. The bank has 85 branches in the north.', 'wire'),
  fixtureArticle('Depositors pulled 3.1 billion crowns from Harlow Bank on Thursday and Friday. Mentor Ratings lowered the long-term credit rating of Harlow Bank by two notches to BB on Wednesday. Harlow has 85 branches, most in the north.', 'post'),
  fixtureArticle('Mentor Ratings cut Harlow Bank two notches to BB on Wednesday, below investment grade. Customers withdrew 3.1 billion crowns from Harlow Bank over two days.', 'gauge'),
  fixtureArticle('Savers withdrew 3.8 billion crowns from Harlow Bank on Thursday and Friday after Mentor Ratings cut its credit rating to junk on Tuesday. The bank has 85 branches.', 'courier'),
];

test('a clause telling another claim is seated in that claim too, as its own span; its sentence keeps its claim', async () => {
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  const rating = claims.find((c) => c.support.some((s) => s.article === 'wire' && s.text.includes('two notches')));
  assert.ok(rating, 'no claim holds the downgrade');
  const folded = rating.support.find((s) => s.article === 'courier');
  assert.ok(folded, `the downgrade's claim lacks the courier: ${rating.support.map((s) => s.text).join(' | ')}`);
  assert.equal(folded.text, 'Mentor Ratings cut its credit rating to junk on Tuesday.');
  const withdrawals = claims.find((c) => c.support.some((s) => s.article === 'wire' && s.text.includes('withdrew')));
  assert.ok(withdrawals?.support.some((s) => s.article === 'courier' && s.text.startsWith('Savers withdrew 3.8 billion')));
});

test('a clause that only credits a source joins no claim on the strength of the credit', () => {
  const credited = [
    fixtureArticle('Transport Minister Ola Brenn told reporters on Friday that the tunnel would reopen in March. Engineers found cracks in two supports of the tunnel.', 'a'),
    fixtureArticle('The tunnel will reopen in March, Transport Minister Ola Brenn told reporters on Friday. Engineers found cracks in two supports of the tunnel last month.', 'b'),
    fixtureArticle('Engineers found cracks in two supports of the tunnel, Transport Minister Ola Brenn told reporters on Friday.', 'c'),
  ];
  const mentions = credited.map((a) => extractMentions(a.text, a.sentences, a.published));
  const units: ClaimUnit[] = credited.flatMap((a, article) => a.sentences.map((s) => ({ article, ...s, text: a.text.slice(s.start, s.end), parts: [] as number[] })))
    .map((u, i) => ({ ...u, parts: [i] }));
  const { features, featurise } = featuriser(units, mentions);
  const at = (article: number, words: string) => units.findIndex((u) => u.article === article && u.text.includes(words));
  const reopening = [at(0, 'reopen'), at(1, 'reopen')];
  const cracks = [at(0, 'cracks'), at(1, 'cracks'), at(2, 'cracks')];
  const input = { units, features, featurise, runs: clauseRuns, texts: credited.map((a) => a.text), credits: mentions.map((ms) => ms.flatMap((m) => (m.kind === 'attribution' ? [m.source, m.cue] : []))) };
  const rules = { told: 0.4, terms: 3, own: 5, accept: 0.25, sure: 0.3 };
  const shared = shareClauses([reopening, cracks], input, rules);
  assert.deepEqual(shared.units, [], shared.units.map((u) => u.text).join(' | '));
  // read without its credits left out, the credit alone would seat the clause in the reopening's claim
  const blind = shareClauses([reopening, cracks], { ...input, credits: [] }, rules);
  assert.deepEqual(blind.units.map((u) => u.text), ['Transport Minister Ola Brenn told reporters on Friday.']);
});
