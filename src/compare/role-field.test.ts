import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// A post in charge of a part of a body is told by its field after "of" ("head of policy", "director of the works
// unit"): the body's top post ("the chief executive", "the director") or a post over another field is another post;
// the same field in other words, or a bare "head", is not.

const said = (role: string): string => `The depot must close by June, said Mira Holt, ${role}.`;
const entity = (wire: string, outlet: string): string[] =>
  flags({ Reuters: said(wire), b: said(outlet), c: said(wire) }).filter((f) => f.includes(' entity '));

test("the body's top post where the wire gives a post over one field", () => {
  assert.deepEqual(entity("the league's head of policy", "the league's chief executive"), ['b entity chief executive']);
  assert.deepEqual(entity("the trust's director", 'head of clinical audit at the trust'), ['b entity head of clinical audit']);
});

test('a post over another field of the same body', () => {
  assert.deepEqual(entity("the board's head of licensing", "the board's head of finance"), ['b entity head of finance']);
  assert.deepEqual(entity("head of the council's roads unit", "the council's regional director"), ['b entity regional director']);
});

test('the same field in other words, or the body itself after "of", is the same post', () => {
  assert.deepEqual(entity("the board's head of licensing", "the board's licensing chief"), []);
  assert.deepEqual(entity("the museum's director", 'director of the museum'), []);
  assert.deepEqual(entity('chief executive of the regional planning committee', "the committee's chief executive"), []);
  assert.deepEqual(entity("the league's head of policy", "the league's head"), []);
});
