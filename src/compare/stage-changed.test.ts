import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const PLANNED = 'The government plans to raise the birth grant to 3,000 euros from 1,200 euros next year, the finance ministry said.';

test('an act the base tells as planned, told as done, is a change of meaning', () => {
  const found = flags({ a: PLANNED, b: PLANNED, c: 'The government has raised the birth grant to 3,000 euros from 1,200 euros, the finance ministry said.' });
  assert.ok(found.some((f) => f.startsWith('c meaning raised')), found.join('\n'));
});

test('an act agreed, told as only considered, is a change of meaning', () => {
  const agreed = 'Ministers also agreed to extend the annual spawning closure by two weeks, the fisheries ministry said.';
  const found = flags({ a: agreed, b: agreed, c: 'Ministers are also considering extending the annual spawning closure by two weeks, the fisheries ministry said.' });
  assert.ok(found.some((f) => f.startsWith('c meaning considering extending')), found.join('\n'));
});

test('the same stage in other words is no finding', () => {
  const found = flags({ a: PLANNED, b: PLANNED, c: PLANNED.replace('plans to raise', 'intends to raise') });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('an act told as already done where the base tells another act only proposed is a change of meaning, whatever the verbs', () => {
  const proposed = 'The city council said it would propose 12 million euros in extra funding for the bus network next month.';
  const found = flags({ a: proposed, b: proposed, c: 'The city council said it has already set aside 12 million euros in extra funding for the bus network.' });
  assert.ok(found.some((f) => f.startsWith('c meaning has already set')), found.join('\n'));
  // without the marker of completion, another verb is left to the other checks
  const plain = flags({ a: proposed, b: proposed, c: 'The city council said it would earmark 12 million euros in extra funding for the bus network next month.' });
  assert.deepEqual(plain.filter((f) => f.includes(' meaning ')), []);
});

test('an act the base tells as asked of someone, told as done, is a change of meaning', () => {
  const asked = 'The water board will ask the regional assembly to fund a second treatment works at Orlaby, its chair said.';
  const found = flags({ a: asked, b: asked, c: 'The regional assembly has funded a second treatment works at Orlaby, the water board\'s chair said.' });
  assert.ok(found.some((f) => f.startsWith('c meaning funded')), found.join('\n'));
});

test('an act asked of someone and told as asked in other words is no finding', () => {
  const asked = 'The water board will ask the regional assembly to fund a second treatment works at Orlaby, its chair said.';
  const found = flags({ a: asked, b: asked, c: 'The water board plans to urge the regional assembly to fund a second treatment works at Orlaby, its chair said.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('an act inside a question the outlet put is not told as done', () => {
  const asked = 'The operator asked its guards to work their days off, the inspectors said.';
  const found = flags({ wire: asked, herald: 'The Herald asked the operator how many of its guards had worked their days off.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('an act asked of someone, against its participle after a noun, is no act told as done', () => {
  const asked = 'The newspaper\'s lawyer has asked the court to seal the seized laptops, the editor said.';
  const found = flags({ wire: asked, herald: 'The newspaper\'s lawyer wants the seized laptops sealed.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('an act the base tells both as asked and as done is no change of stage where an outlet tells it done', () => {
  const both = 'The board has leased two drones from a local firm and plans to lease four more next month, a spokesman said.';
  const found = flags({ a: both, b: both, c: 'The board has leased two drones from a local firm, a spokesman said.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});
