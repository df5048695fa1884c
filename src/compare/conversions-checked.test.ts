// A conversion bracketed after a figure is a figure too: two conversions of one figure must agree, and a measure's
// conversion must restate the figure it follows. A currency converted where the source converts nothing is no change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('a conversion changed against the source\'s conversion of the same figure is flagged', () => {
  const wire = 'The fine of 1.27 billion euros ($1.38 billion) is the largest, the commission said.';
  const swapped = flags({ [WIRE]: wire, b: 'The fine of 1.27 billion euros ($1.83 billion) is the largest, the commission said.', c: wire });
  assert.ok(swapped.some((f) => f.startsWith('b number')), swapped.join('\n'));
  const rounded = flags({ [WIRE]: wire, b: 'The fine of 1.27 billion euros ($1.4 billion) is the largest, the commission said.', c: wire });
  assert.deepEqual(rounded.filter((f) => f.includes(' number ')), [], rounded.join('\n'));
});

test('a measure converted wrongly is flagged; converted rightly, or a currency converted alone, is not', () => {
  const wire = 'The river flooded a stretch 42 kilometres long, officials said.';
  const wrong = flags({ [WIRE]: wire, b: 'The river flooded a stretch 42 kilometers (16 miles) long, officials said.', c: wire });
  assert.ok(wrong.some((f) => f.startsWith('b number')), wrong.join('\n'));
  const right = flags({ [WIRE]: wire, b: 'The river flooded a stretch 42 kilometers (26 miles) long, officials said.', c: wire });
  assert.deepEqual(right.filter((f) => f.includes(' number ')), [], right.join('\n'));
  const money = 'The plant was fined 4.2 million euros, officials said.';
  const dollars = flags({ [WIRE]: money, b: 'The plant was fined 4.2 million euros ($5.6 million), officials said.', c: money });
  assert.deepEqual(dollars.filter((f) => f.includes(' number ')), [], dollars.join('\n'));
});

test('a unit written as its symbol or its name is one unit ("400 kV" / "400-kilovolt", "57dB" / "57-decibel")', () => {
  const wire = 'Relays tripped the 400-kilovolt Kerrin line at 5:42 p.m., the operator said, and the 57-decibel noise limit was kept.';
  const found = flags({ [WIRE]: wire, b: 'Relays tripped the 400 kV Kerrin line at 5:42 p.m., the operator said, and the 57dB noise limit was kept.', c: wire });
  assert.deepEqual(found, []);
});
