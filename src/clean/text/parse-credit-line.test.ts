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

test('parseCreditLine leaves sentences that only mention reporting', () => {
  for (const line of [
    'Reporting by the Post prompted an inquiry into the port.',
    'Reporting by Reuters found that the cracks ran deeper.',
    '(Reporting by Ana Ruiz; the ferry sails at noon)',
    'The mayor said reporting by local outlets was unfair.',
    'Editing by hand took weeks, the archivist said.',
    'Residents contributed to this report by sending photographs.',
  ]) {
    assert.equal(parseCreditLine(line), null, line);
  }
});
