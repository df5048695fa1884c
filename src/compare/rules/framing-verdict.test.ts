import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('a verdict on a report ("damning", "scathing") added by one outlet is framing', () => {
  for (const word of ['damning', 'scathing']) {
    const found = flags({
      a: 'In its annual report, the watchdog said one in four young adults skipped meals to pay rent.',
      b: 'In its annual report, the watchdog said one in four young adults skipped meals to pay rent.',
      c: `In its ${word} annual report, the watchdog said one in four young adults skipped meals to pay rent.`,
    });
    assert.ok(found.includes(`c framing ${word}`), found.join('\n'));
  }
});
