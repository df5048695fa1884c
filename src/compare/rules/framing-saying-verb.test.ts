import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('"claimed" or "admitted" as a verb of saying colours the statement; with a thing for its object it is a plain act', () => {
  const saying = flags({
    a: 'The mayor said the tender had been run fairly, the council reported.',
    b: 'The mayor said the tender had been run fairly, the council reported.',
    c: 'The mayor claimed the tender had been run fairly, the council reported.',
  });
  assert.ok(saying.includes('c framing claimed'), saying.join('\n'));
  const act = flags({
    a: 'The landslide killed four people and destroyed two bridges, police said.',
    b: 'The landslide killed four people and destroyed two bridges, police said.',
    c: 'The landslide claimed four lives and destroyed two bridges, police said.',
  });
  assert.deepEqual(act.filter((f) => f.includes('framing')), [], act.join('\n'));
  const hospital = flags({
    a: 'Two firefighters were taken to hospital with burns, the fire service said.',
    b: 'Two firefighters were taken to hospital with burns, the fire service said.',
    c: 'Two firefighters were admitted to hospital with burns, the fire service said.',
  });
  assert.deepEqual(hospital.filter((f) => f.includes('framing')), [], hospital.join('\n'));
});
