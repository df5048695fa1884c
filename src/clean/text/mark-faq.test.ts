import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markFaq } from './mark-faq.ts';

const reasons = (body: string) => reasonsAfter(markFaq, body);
const story = ['The bridge reopened on Monday after eight months of repairs.', 'Engineers replaced the deck, the city said.'];

test('markFaq removes a closing block of questions under a heading that restates the story', () => {
  const body = [...story, 'What the reopening means for commuters', 'When did the bridge reopen?', 'The bridge reopened on Monday after repairs.', 'What did engineers replace?', 'Engineers replaced the deck.'].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'faq', 'faq', 'faq', 'faq', 'faq']);
});

test('markFaq removes everything after a "Frequently asked questions" heading', () => {
  const body = [...story, 'Frequently Asked Questions', 'Is the bridge open?', 'Yes.'].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'faq', 'faq', 'faq']);
});

test('markFaq keeps a single rhetorical question and its answer', () => {
  const body = [...story, 'Why does it matter?', 'The bridge carries most of the city’s freight.'].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept', 'kept']);
});

test('markFaq leaves a page alone when "FAQ" is only a menu item', () => {
  const body = ['FAQ', ...story, 'Ferries run at weekends.'].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept', 'kept']);
});

test('markFaq keeps an explainer organised under question headings', () => {
  const body = [...story, 'Who pays for the work?', 'Taxpayers in three counties will share the bill through a levy on property.', 'When will tolls start?', 'Tolls begin next spring, with discounts for residents.', 'Will ferries survive?', 'Operators expect weekend tourists to keep two routes alive.'].join('\n');
  assert.deepEqual(reasons(body), Array(8).fill('kept'));
});
