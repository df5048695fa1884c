import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carriesReporting } from './carries-reporting.ts';

test('carriesReporting accepts sentences, even short quotes', () => {
  assert.equal(carriesReporting('The bridge reopened on Monday, the city said.'), true);
  assert.equal(carriesReporting('“The repairs worked brilliantly.”'), true);
});

test('carriesReporting refuses headings, labels and boilerplate sentences', () => {
  for (const text of ['Shift in harbor traffic', 'ADVERTISEMENT', 'Sign up for our newsletter to get the news delivered to your inbox.', 'Reporting by Ana Ruiz; Editing by Tom Lee.', '© 2026 Harbor Daily. All rights reserved.', 'Read more: Why the bridge failed.']) {
    assert.equal(carriesReporting(text), false, text);
  }
});
