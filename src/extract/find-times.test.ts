import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes, sameTime } from './find-times.ts';
import { extractNumbers } from './extract-numbers.ts';

const read = (s: string) => findTimes(s).map((t) => [s.slice(t.start, t.end), t.minutes, t.certain]);

test('clock readings in their common spellings are times of day, in minutes after midnight', () => {
  assert.deepEqual(read('The train left shortly after 6:45 a.m., police said.'), [['6:45 a.m.', 405, true]]);
  assert.deepEqual(read('The polls closed at 9.15pm on Friday.'), [['9.15pm', 1275, true]]);
  assert.deepEqual(read('The alarm sounded at 23:10 GMT and again at 2 p.m.'), [['23:10 GMT', 1390, true], ['2 p.m.', 840, true]]);
  assert.deepEqual(read('Talks resumed at noon.'), [['noon', 720, true]]);
  assert.deepEqual(read('The vote ended at 5:20.'), [['5:20', 320, false]]);
});

test('decimals, ratios and scores are not times', () => {
  assert.deepEqual(read('Prices rose 4.25 per cent, a 3:1 majority backed the plan, and the quake measured 6.10.'), []);
  assert.deepEqual(read('The shares closed at 7.45, up from 7.10.'), []);
});

test('a reading without am/pm may be either half of the day; two certain readings must match', () => {
  const [bare] = findTimes('at 7:30');
  const [morning, evening, other] = findTimes('at 7.30am or 7:30 p.m. or 8:30 a.m.');
  assert.ok(sameTime(bare!, morning!) && sameTime(bare!, evening!));
  assert.ok(!sameTime(morning!, evening!));
  assert.ok(!sameTime(morning!, other!));
});

test('the figures of a clock reading are not counted as numbers', () => {
  const text = 'About 40 buses left the depot shortly after 7.30am and 12 more by 8:15 a.m.';
  assert.deepEqual(extractNumbers(text, [{ start: 0, end: text.length }]).map((n) => n.value), [40, 12]);
});
