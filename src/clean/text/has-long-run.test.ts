import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLongRun, MAX_RUN } from './has-long-run.ts';

test('a long run is no prose when it holds a Latin letter or no letter or digit at all', () => {
  assert.equal(hasLongRun(`The bridge reopened. ${'x'.repeat(MAX_RUN)}`), true);
  assert.equal(hasLongRun(`The bridge reopened. ${'<'.repeat(MAX_RUN)}`), true);
  assert.equal(hasLongRun(`The bridge reopened. ${'|-'.repeat(MAX_RUN)}`), true);
  // a script written without spaces, and short runs of marks, are prose
  assert.equal(hasLongRun('橋'.repeat(MAX_RUN * 2)), false);
  assert.equal(hasLongRun(`The bridge reopened ${'<'.repeat(MAX_RUN - 1)} on Monday.`), false);
  assert.equal(hasLongRun(`${'1'.repeat(MAX_RUN)}`), false);
});
