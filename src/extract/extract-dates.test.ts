import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFromLength, extractDates } from './extract-dates.ts';
import { testSentences } from './test-sentences.ts';

// A Thursday.
const PUBLISHED = '2025-05-15T10:30:00Z';
const brief = (text: string, published: string | null = PUBLISHED) =>
  extractDates(text, testSentences(text), published).map((m) => [m.text, m.value, m.granularity]);

test('equivalent day forms normalise to one value', () => {
  const values = brief('It opened Feb. 7 at noon. It opened February 7th. It opened 7 February.').map((d) => d[1]);
  assert.deepEqual(values, ['2025-02-07', '2025-02-07', '2025-02-07']);
});

test('weekdays look back from the reference date', () => {
  assert.deepEqual(brief('The vote was on Monday. The count ends Thursday.'), [
    ['on Monday', '2025-05-12', 'day'],
    ['Thursday', '2025-05-15', 'day'],
  ]);
});

test('months, years and parts of them', () => {
  assert.deepEqual(brief('Talks began in mid-January, stalled in late 2024 and resumed in April 2023. Costs rose in 2022.'), [
    ['mid-January', '2025-01-mid', 'part-of-month'],
    ['late 2024', '2024-late', 'part-of-year'],
    ['April 2023', '2023-04', 'month'],
    ['2022', '2022', 'year'],
  ]);
});

test('"last" and "next" before a month name the one before or after the article\'s month, not the nearest', () => {
  assert.deepEqual(brief('It agreed to buy the chain last July and will close it next March. Prices rose last October.'), [
    ['last July', '2024-07', 'month'],
    ['next March', '2026-03', 'month'],
    ['last October', '2024-10', 'month'],
  ]);
  assert.deepEqual(brief('Sales fell last December.').map((d) => d[1]), ['2024-12']);
});

test('without a reference date only what the text fixes is kept', () => {
  assert.deepEqual(brief('On Jan. 9 the plant shut; on Tuesday it reopened, and in March 2021 it was sold.', null), [
    ['Jan. 9', '--01-09', 'day'],
    ['March 2021', '2021-03', 'month'],
  ]);
});

test('spans are absolute offsets into the text', () => {
  const text = 'First sentence here. Then on June 30, 2024 it closed.';
  const [date] = extractDates(text, testSentences(text), PUBLISHED);
  assert.ok(date);
  assert.equal(text.slice(date.start, date.end), 'June 30, 2024');
  assert.equal(date.value, '2024-06-30');
});

test('a length of time is no date; one counted from a point is', () => {
  const dates = (text: string) => extractDates(text, [{ start: 0, end: text.length }], '2026-02-10T10:00:00Z').map((d) => d.text);
  assert.deepEqual(dates('Controls will remain in force for 30 days, the ministry said.'), []);
  assert.deepEqual(dates('The ceasefire held for a week.'), []);
  // a bound or an approximation on the length keeps it a length
  assert.deepEqual(dates('The gunmen were inside for about 18 minutes, police said.'), []);
  assert.deepEqual(dates('Crews may need up to three weeks to clear the line.'), []);
  assert.deepEqual(dates('The plant closed 30 days ago.'), ['30 days ago']);
  // a length before "after" or "before" counts from the event named next: compare reads it as a figure, not a day
  assert.ok(readFromLength('40 minutes after') && readFromLength('about two days before'));
  assert.ok(!readFromLength('30 days ago') && !readFromLength('for 30 days') && !readFromLength('June 3'));
  // ... and so is a length in two units
  assert.ok(readFromLength('for 5 hours 40 minutes') && !readFromLength('3 days ago and 2 hours'));
  assert.deepEqual(dates('Talks resume next week.'), ['next week']);
});

test('a day before its month after a preposition keeps its day ("from 20 July" is no time of 20:00)', () => {
  const values = (text: string) => extractDates(text, [{ start: 0, end: text.length }], '2026-07-01T10:00:00Z').map((d) => d.value);
  assert.deepEqual(values('Rationing will apply from 20 July until at least 30 September.'), ['2026-07-20', '2026-09-30']);
});

test('a day written before its month keeps it when a figure follows after a comma ("5 March, 29 per cent less")', () => {
  const values = brief('Beans reached the ports between 1 October and 5 March, 29 per cent less than the season before.').map((d) => [d[0], d[1]]);
  assert.ok(values.some(([text, value]) => text === '5 March' && value === '2025-03-05'), JSON.stringify(values));
  assert.ok(!values.some(([text]) => /29/.test(String(text))), JSON.stringify(values));
});

test('a list of days each before its month reads every day', () => {
  // (the days only: chrono sets the year of "on 3 November" by its own rule)
  const values = brief('Strikes will be held on 3 November, 11 November, 17 November and 18 November.').map((d) => String(d[1]).slice(5));
  assert.deepEqual(values, ['11-03', '11-11', '11-17', '11-18']);
});

test('an amount in millions before a relative date is a sum, not minutes of the date', () => {
  assert.deepEqual(brief('Sales reached 4.12m, compared with 3.87m a year earlier.'), [['a year earlier', '2024', 'year']]);
  assert.deepEqual(brief('The fund held 2.4bn two years ago.'), [['two years ago', '2023', 'year']]);
});
