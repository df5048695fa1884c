// A clause or phrase one wording of a claim tells and the other outlet's article tells nowhere (checkUntold): a detail
// dropped or added, however long, where no other check typed those words; a rewording never is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// An outlet named after a wire agency is the source.
const WIRE = 'Reuters';

test('a clause of the source the outlet tells nowhere is a detail it dropped', () => {
  const wire = 'Two men were arrested on Sunday and later released on bail, police said.';
  const found = flags({ [WIRE]: wire, b: 'Two men were arrested on Sunday, police said.', c: wire });
  assert.ok(found.includes('b detail_dropped Sunday'), found.join('\n'));
});

test('a phrase set off in the outlet that the source tells nowhere is a detail it added', () => {
  const wire = 'All but one have been released, the county said.';
  const found = flags({ [WIRE]: wire, b: 'All but one, a woman with severe asthma, have been released, the county said.', c: wire });
  assert.ok(found.includes('b detail_added woman with severe asthma'), found.join('\n'));
});

test('words told elsewhere in the article, a rewording, or a measure in a second unit are no detail', () => {
  const wire = 'Two men were arrested on Sunday and later released on bail, police said.';
  // the outlet tells the release in a sentence of its own
  const elsewhere = flags({ [WIRE]: wire, b: 'Two men were arrested on Sunday, police said. Both were released on bail on Monday.', c: wire });
  assert.deepEqual(elsewhere.filter((f) => f.includes(' detail_')), [], elsewhere.join('\n'));
  // "told a news conference" / "told reporters": each says it in its own words
  const conference = 'The mayor told a news conference the bridge would reopen in June.';
  const reworded = flags({ [WIRE]: conference, b: 'The mayor told reporters the bridge would reopen in June.', c: conference });
  assert.deepEqual(reworded.filter((f) => f.includes(' detail_')), [], reworded.join('\n'));
  // a measure given in a second unit, or not
  const fire = 'The fire spread 30 kilometres (19 miles) along the coast, officials said.';
  const unit = flags({ [WIRE]: fire, b: 'The fire spread 30 kilometres along the coast, officials said.', c: fire });
  assert.deepEqual(unit.filter((f) => f.includes(' detail_')), [], unit.join('\n'));
});

test('a further statement joined on by "and that" and told nowhere in the other article is dropped from the sentence', () => {
  const wire = 'Rescuers said the boat had capsized near the reef and that divers had not yet reached the hull. The search went on.';
  const found = flags({ a: wire, b: 'Rescuers said the boat had capsized near the reef. The search went on.', c: wire });
  assert.ok(found.some((f) => f.startsWith('b detail_dropped')), found.join('\n'));
  // told in a sentence of its own, it was moved, not dropped
  const moved = flags({ a: wire, b: 'Rescuers said the boat had capsized near the reef. Divers had not yet reached the hull. The search went on.', c: wire });
  assert.deepEqual(moved.filter((f) => f.includes('detail_dropped')), []);
});
