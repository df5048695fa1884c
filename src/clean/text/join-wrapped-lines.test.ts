import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string) => joinWrappedLines({ units: splitLines(body), meta }).units;

test('joinWrappedLines rejoins a page hard-wrapped at a fixed width', () => {
  const body = [
    'Harbor bridge reopens',
    '',
    'The old harbor bridge reopened to traffic on Monday after eight months',
    'of repairs, the city transport office said in a statement on its site.',
    'Engineers replaced the deck and two of the towers that hold the cables',
    'over the water.',
    '',
    'Officials expect the crossing to carry about forty thousand cars a day',
    'once the last lane opens.',
  ].join('\n');
  const units = run(body);
  assert.equal(units.length, 3);
  assert.equal(units[0]!.text, 'Harbor bridge reopens');
  assert.match(units[1]!.text, /^The old harbor bridge .* over the water\.$/);
  assert.equal(units[1]!.pieces.length, 4);
  assert.match(units[2]!.text, /a day once the last lane/);
});

test('joinWrappedLines keeps one-paragraph-per-line pages and short lines apart', () => {
  const body = [
    'Close',
    'newsletters and more',
    'A title without a full stop',
    'This long paragraph is a full line of its own and ends with a full stop as every paragraph does here, more or less.',
    'The next paragraph starts on the next line with no blank line before it, which many scraped pages do.',
  ].join('\n');
  assert.equal(run(body).length, 5);
});

test('joinWrappedLines joins an unfinished line running into lowercase words', () => {
  const units = run('The ministry said on Tuesday that the new ferry timetable\nwould start in May.');
  assert.equal(units.length, 1);
});

test('joinWrappedLines rejoins double-spaced wraps across blank lines', () => {
  const body = 'The council said the new ferry timetable would start in\n\nMay, and that fares would rise by a tenth for\n\nthe first time in four years.\n\nHarbor news\n\nThe bridge reopened.';
  const units = run(body);
  assert.deepEqual(units.map((u) => u.text), [
    'The council said the new ferry timetable would start in May, and that fares would rise by a tenth for the first time in four years.',
    'Harbor news',
    'The bridge reopened.',
  ]);
});
