import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Two sources in a sentence, one of them shared: who reported a thing ("farmers have reported ...") and who the
// sentence credits for it ("..., according to the farmers' association"). The outer source replaced is another credit,
// however many sources the two wordings share.

test('the outer source replaced beside a shared inner one is another credit', () => {
  const found = flags({
    wire: "Farmers in the valley have reported 212 sheep killed since mid-June, according to the National Sheep Farmers' Association.",
    b: 'Farmers in the valley have reported 212 sheep killed since mid-June, the environment ministry said.',
  });
  assert.ok(found.includes('b attribution the environment ministry said'), found.join('\n'));
});

test('an inner source worded otherwise beside the same outer source is no other credit', () => {
  // "Retailers reported" / "Shops reported", both credited to the association
  const found = flags({
    wire: 'Retailers reported shortages of fresh fruit last week, and two car plants halted production, according to the Castrellan Automotive Industry Association.',
    b: 'Shops reported shortages of fresh fruit last week, and two car plants halted production, according to the Castrellan Automotive Industry Association.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' attribution ')), []);
});

