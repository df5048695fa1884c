import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markDisclaimers } from './mark-disclaimers.ts';

const reasons = (body: string) => reasonsAfter(markDisclaimers, body);

test('markDisclaimers removes standing disclaimers and funding notes at the foot of the story', () => {
  const body = [
    'The ferry will resume its winter timetable on Monday, the operator said in a statement.',
    'Subscribe',
    'The content of this page is for informational purposes only and does not constitute financial advice.',
    'Harbor Radio’s science desk receives funding from the Tidewater Trust. Harbor Radio is solely responsible for all content.',
  ].join('\n\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'outlet-boilerplate', 'outlet-boilerplate']);
});

test('markDisclaimers keeps such words inside the story', () => {
  const body = [
    'The regulator said the leaflet was for informational purposes only and carried no legal weight.',
    'Ferry fares will rise by 4 percent in April, the operator said on Tuesday.',
  ].join('\n\n');
  assert.deepEqual(reasons(body), ['kept', 'kept']);
});
