import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../model/index.ts';
import { cleanText } from '../text/clean-text.ts';
import { removeBundleBoilerplate } from './remove-bundle-boilerplate.ts';

const wire = 'The harbor bridge reopened on Monday after eight months of repairs, the city said.';
const clean = (source: string, body: string, outlet?: string): CleanDocument =>
  cleanText({ source, format: 'text', body, meta: outlet === undefined ? {} : { outlet } });

/** Every mapped piece of clean text must equal the raw body at the mapped offsets. */
function assertMapExact(doc: CleanDocument, body: string): void {
  for (const entry of doc.sourceMap) {
    assert.equal(doc.text.slice(entry.start, entry.end), body.slice(entry.sourceStart, entry.sourceStart + entry.end - entry.start));
  }
  for (const removed of doc.removed) {
    if (removed.source) assert.ok(body.slice(removed.source.start, removed.source.end).length > 0);
  }
}

test('removeBundleBoilerplate keeps shared reporting and removes shared non-reporting lines', () => {
  const bodies = [
    `${wire}\n\nHarbor Watch Weekly Digest\n\nEngineers replaced the deck.`,
    `Commuters cheered at dawn as the first cars crossed.\n\nHarbor Watch Weekly Digest\n\n${wire}`,
  ];
  const out = removeBundleBoilerplate(bodies.map((b, i) => clean(`d${i}`, b, `Outlet ${i}`)));
  assert.equal(out[0]!.text, `${wire}\n\nEngineers replaced the deck.`);
  assert.equal(out[1]!.text, `Commuters cheered at dawn as the first cars crossed.\n\n${wire}`);
  assert.deepEqual(out[1]!.removed.map((r) => [r.reason, r.text]), [['bundle-boilerplate', 'Harbor Watch Weekly Digest']]);
  out.forEach((doc, i) => assertMapExact(doc, bodies[i]!));
});

test('removeBundleBoilerplate removes an outlet’s house line but not other outlets’ copies of the wire', () => {
  const house = 'This story has been updated with new details.';
  const bodies = [`${wire}\n\nFerries will run at weekends, the operator said.\n\n${house}`, `A new timetable starts in May, officials said.\n\n${wire}\n\n${house}`, `${wire}\n\n${house}`];
  const outlets = ['Harbor Daily', 'Harbor Daily', 'Bay Times'];
  const out = removeBundleBoilerplate(bodies.map((b, i) => clean(`d${i}`, b, outlets[i])));
  assert.ok(out.every((doc) => doc.text.includes(wire)));
  assert.equal(out[0]!.removed.at(-1)?.reason, 'outlet-boilerplate');
  assert.equal(out[1]!.removed.at(-1)?.reason, 'outlet-boilerplate');
  assert.ok(out[2]!.text.includes(house));
  out.forEach((doc, i) => assertMapExact(doc, bodies[i]!));
  const source = out[0]!.removed.at(-1)?.source;
  assert.equal(bodies[0]!.slice(source?.start, source?.end), house);
});

test('removeBundleBoilerplate returns documents untouched when nothing recurs', () => {
  const docs = [clean('a', wire), clean('b', 'Engineers replaced the deck and two towers.')];
  const out = removeBundleBoilerplate(docs);
  assert.equal(out[0], docs[0]);
  assert.equal(out[1], docs[1]);
});
