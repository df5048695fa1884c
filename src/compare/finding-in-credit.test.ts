// A verb of finding that carries a credit ("tests suggested that ...") still tells how firmly the thing was found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('"suggested" told as "showed" inside a credit is a finding hardened', () => {
  const wire = 'Early tests suggested that a leaking valve had flooded the pump room, the port authority said.';
  const found = flags({ [WIRE]: wire, b: 'Early tests showed that a leaking valve had flooded the pump room, the port authority said.', c: wire });
  assert.ok(found.some((f) => f.startsWith('b hedge')), found.join('\n'));
});

test('"confirmed" and "found" inside a credit are two ways of saying, and a finding verb against a plain "said" is none', () => {
  const wire = 'Laboratory tests confirmed the parasite in two of the hatchery tanks, the fisheries agency said.';
  const found = flags({ [WIRE]: wire, b: 'Laboratory tests found the parasite in two of the hatchery tanks, the fisheries agency said.', c: wire });
  assert.deepEqual(found.filter((f) => f.includes(' hedge ')), [], found.join('\n'));
  const said = 'The harbour master confirmed that the ferry had been delayed by fog.';
  const plain = flags({ [WIRE]: said, b: 'The harbour master said that the ferry had been delayed by fog.', c: said });
  assert.deepEqual(plain.filter((f) => f.includes(' hedge ')), [], plain.join('\n'));
});
