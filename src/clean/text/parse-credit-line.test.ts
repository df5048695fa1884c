import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCreditLine } from './parse-credit-line.ts';

test('parseCreditLine reads wire sign-offs, bare or wrapped, and their reporters', () => {
  assert.deepEqual(parseCreditLine('(Reporting by Ana Ruiz; Editing by Tom Lee)'), { reporters: ['Ana Ruiz'] });
  assert.deepEqual(
    parseCreditLine('(Reporting by Ana Ruiz in Geneva and Li Wei in Beijing; Additional reporting by Omar Haddad; Writing by Kim Soo-jin; Editing by Tom Lee and Ines Baptiste)'),
    { reporters: ['Ana Ruiz', 'Li Wei'] },
  );
  assert.deepEqual(parseCreditLine('Reporting by Ana Ruiz, Editing by Tom Lee'), { reporters: ['Ana Ruiz'] });
  assert.deepEqual(parseCreditLine('[Writing by Ana Ruiz; editing by Tom Lee]'), { reporters: ['Ana Ruiz'] });
  assert.deepEqual(parseCreditLine('-- Compiled by Harbor Desk'), { reporters: null });
  assert.deepEqual(parseCreditLine('Compiled by the Asia desk; Editing by Tom Lee'), { reporters: null });
  assert.deepEqual(parseCreditLine('Associated Press writers Ana Ruiz and Tom Lee in Geneva contributed to this report.'), { reporters: null });
});

test('parseCreditLine reads agencies that contributed and a review credit, with no reporters', () => {
  assert.deepEqual(parseCreditLine('The Associated Press contributed to this report.'), { reporters: null });
  assert.deepEqual(parseCreditLine('Reuters and AFP contributed to this story.'), { reporters: null });
  assert.deepEqual(parseCreditLine('Medically reviewed by Harbor Health editors'), { reporters: null });
  assert.deepEqual(parseCreditLine('Fact-checked by Omar Haddad'), { reporters: null });
  assert.equal(parseCreditLine('The city council contributed to this report.'), null);
});

test('parseCreditLine leaves sentences that only mention reporting', () => {
  for (const line of [
    'Reporting by the Post prompted an inquiry into the port.',
    'Reporting by Reuters found that the cracks ran deeper.',
    '(Reporting by Ana Ruiz; the ferry sails at noon)',
    'The mayor said reporting by local outlets was unfair.',
    'Editing by hand took weeks, the archivist said.',
    'Residents contributed to this report by sending photographs.',
    'The plans were reviewed by engineers before the vote.',
  ]) {
    assert.equal(parseCreditLine(line), null, line);
  }
});
