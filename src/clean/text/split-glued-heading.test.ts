import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitGluedHeading } from './split-glued-heading.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string) => splitGluedHeading({ units: splitLines(body), meta }).units.map((u) => [u.role, u.text]);

test('splitGluedHeading splits a sentence-case heading run into its paragraph', () => {
  const body = 'Ferry fares go up again Since March, the operator has raised fares twice, citing fuel costs.';
  assert.deepEqual(run(body), [
    ['heading', 'Ferry fares go up again'],
    ['body', 'Since March, the operator has raised fares twice, citing fuel costs.'],
  ]);
});

test('splitGluedHeading splits a heading that lists with a comma', () => {
  const body = 'A flooded tunnel, a delayed line The tunnel, dug under the river in 2019, was closed for repairs on Friday.';
  assert.deepEqual(run(body), [
    ['heading', 'A flooded tunnel, a delayed line'],
    ['body', 'The tunnel, dug under the river in 2019, was closed for repairs on Friday.'],
  ]);
});

test('splitGluedHeading splits a one-word section heading', () => {
  const body = 'Background Harbor City built its first bridge in 1902 and rebuilt it twice.';
  assert.deepEqual(run(body)[0], ['heading', 'Background']);
});

test('splitGluedHeading leaves ordinary sentences whole', () => {
  for (const body of [
    'Officials in The Hague said the ruling would stand for at least two years.',
    'She joined The New York Times in 2010 and covered the port for a decade.',
    'Background checks are required for all new ferry crew, the operator said.',
    'After the storm, The ferry operator said services would resume on Monday.',
    'In a statement, the union, which represents 400 crew, said It would not strike before the vote.',
    'Asked about delays, the mayor said the city, not The Port, would pay for the repairs this year.',
  ]) {
    assert.equal(run(body).length, 1, body);
  }
});
