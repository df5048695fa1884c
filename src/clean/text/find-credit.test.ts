import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCredit } from './find-credit.ts';

const creditOf = (text: string) => {
  const found = findCredit(text);
  return found === null ? null : text.slice(found.start);
};

test('findCredit finds credits at the end of captions', () => {
  assert.equal(creditOf('The mayor cuts the ribbon at the ferry terminal on May 2, 2026. (AFP Photo)'), '(AFP Photo)');
  assert.equal(creditOf('Ferries wait in the harbor.Reuters'), 'Reuters');
  assert.equal(creditOf('Ferries wait in the harbor. Jane Roe/Getty Images'), 'Jane Roe/Getty Images');
  assert.equal(creditOf('Workers on the deck - Image by © Port Office / @harborport'), 'Image by © Port Office / @harborport');
  assert.equal(creditOf('The old pier at dawn. Photo: Ana Ruiz'), 'Photo: Ana Ruiz');
});

test('findCredit reads credit-only lines', () => {
  for (const line of ['Getty Images', '(AFP Photo)', 'File photo', 'Photo: Ana Ruiz/AP', 'Reuters/Ana Ruiz', 'Photo']) {
    assert.equal(creditOf(line), line, line);
  }
});

test('findCredit ignores reporting that mentions agencies or photos', () => {
  assert.equal(findCredit('The mayor told Reuters the bridge would reopen.'), null);
  assert.equal(findCredit('Officials released a photo of the damaged deck on Monday.'), null);
  assert.equal(findCredit('CARACAS (Reuters) - The bridge reopened on Monday.'), null);
  const signedOff = 'More than 300 commuters were stranded overnight when the last ferry of the day broke down in the middle of the bay, the operator said. PTI';
  assert.equal(findCredit(signedOff), null);
  assert.equal(findCredit(`${signedOff.slice(0, -4)} (AP)`), null);
});
