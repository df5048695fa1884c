// The certainty scale has steps: "possible" for "likely", "may" for "believed", is a hedge changed, while two words of
// one step ("may" / "could", "likely" / "probably") say the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('a hedge a step weaker or stronger than the source\'s is flagged', () => {
  const likely = 'The institute said strong aftershocks were likely in the region for several weeks.';
  const weaker = flags({ [WIRE]: likely, b: 'The institute said strong aftershocks were possible in the region for several weeks.', c: likely });
  assert.ok(weaker.includes('b hedge possible'), weaker.join('\n'));
  const may = 'Investigators said the tools may have been smuggled in with kitchen supplies.';
  const stronger = flags({ [WIRE]: may, b: 'Investigators said the tools were probably smuggled in with kitchen supplies.', c: may });
  assert.ok(stronger.some((f) => f.startsWith('b hedge')), stronger.join('\n'));
});

test('hedges of one step, and a belief told with "reckons", agree', () => {
  const may = 'Investigators said the tools may have been smuggled in with kitchen supplies.';
  const could = flags({ [WIRE]: may, b: 'Investigators said the tools could have been smuggled in with kitchen supplies.', c: may });
  assert.deepEqual(could.filter((f) => f.includes(' hedge ')), [], could.join('\n'));
  const likely = 'The institute said strong aftershocks were likely in the region for several weeks.';
  const probably = flags({ [WIRE]: likely, b: 'The institute said strong aftershocks would probably hit the region for several weeks.', c: likely });
  assert.deepEqual(probably.filter((f) => f.includes(' hedge ')), [], probably.join('\n'));
  const projected = 'The agency has projected that about 140 homes will be lost by 2050.';
  const reckons = flags({ [WIRE]: projected, b: 'The agency reckons that about 140 homes will be lost by 2050.', c: projected });
  assert.deepEqual(reckons.filter((f) => f.includes(' hedge ')), [], reckons.join('\n'));
});

test('"may not" is doubt facing "will not", and no word of the scale alone (a prohibition reads the same)', () => {
  const may = 'The company warned it may not turn a profit before 2029.';
  const will = flags({ [WIRE]: may, b: 'The company warned it will not turn a profit before 2029.', c: may });
  assert.ok(will.includes('b hedge will'), will.join('\n'));
  const rule = 'Visitors may not enter the site before 2029, the council said.';
  const cannot = flags({ [WIRE]: rule, b: 'Visitors cannot enter the site before 2029, the council said.', c: rule });
  assert.deepEqual(cannot.filter((f) => f.includes(' hedge ')), [], cannot.join('\n'));
});
