// Near-certainty and projections are hedges: told as plain fact, the hedge is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('"almost certainly", "projected" and "in theory" hedge what they qualify', () => {
  const palace = 'The seven works almost certainly came from the palace, the museum said.';
  const fact = flags({ [WIRE]: palace, b: 'The seven works came from the palace, the museum said.', c: palace });
  assert.ok(fact.includes('b hedge came'), fact.join('\n'));
  const deficit = 'The operator faces a projected deficit of 38 million euros next year.';
  const told = flags({ [WIRE]: deficit, b: 'The operator faces a deficit of 38 million euros next year.', c: deficit });
  assert.ok(told.some((f) => f.startsWith('b hedge')), told.join('\n'));
  // the same hedge in other words is none dropped
  const likely = flags({ [WIRE]: palace, b: 'The seven works very likely came from the palace, the museum said.', c: palace });
  assert.deepEqual(likely.filter((f) => f.includes(' hedge ')), [], likely.join('\n'));
});

test('"forecast to" and "predicted to" after "be" hedge a schedule, as "expected to" does', () => {
  const crop = 'The apple harvest is forecast to fall by a fifth this year, the growers said.';
  const fact = flags({ [WIRE]: crop, b: 'The apple harvest will fall by a fifth this year, the growers said.', c: crop });
  assert.ok(fact.some((f) => f.startsWith('b hedge')), fact.join('\n'));
  // one schedule word for another is no hedge dropped
  const alike = flags({ [WIRE]: crop, b: 'The apple harvest is predicted to fall by a fifth this year, the growers said.', c: crop });
  assert.deepEqual(alike.filter((f) => f.includes(' hedge ')), [], alike.join('\n'));
});
