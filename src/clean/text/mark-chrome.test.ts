import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markChrome } from './mark-chrome.ts';

const reasons = (body: string) => reasonsAfter(markChrome, body);

test('markChrome removes toolbar, social, ad and menu lines', () => {
  const body = ['Close', 'newsletters Newsletters', 'Facebook Twitter WhatsApp', 'ADVERTISEMENT', 'World Politics Business Sport', '* * *'].join('\n');
  assert.deepEqual(reasons(body), ['site-chrome', 'site-chrome', 'social', 'advertisement', 'navigation', 'empty']);
});

test('markChrome removes timestamps and counters of teaser lists', () => {
  assert.deepEqual(reasons('5h ago\n2 hours ago\n10:42 am\n14 comments\n5 ways to cross the bay'), ['dateline', 'dateline', 'dateline', 'site-chrome', 'kept']);
});

test('markChrome keeps headings and sentences that use a chrome word', () => {
  const body = ['Harbor bridge reopens', 'Search for survivors continues', 'Share prices fell on Monday.', 'Politics', 'Harbor'].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept', 'navigation', 'kept']);
});

test('markChrome removes a counter in brackets and a toolbar with a listening time', () => {
  const body = ['Replies (3)', 'Listen to this story 6 min', 'Save this article', 'This ferry takes 40 minutes.'].join('\n');
  assert.deepEqual(reasons(body), ['site-chrome', 'site-chrome', 'site-chrome', 'kept']);
});

test('markChrome reads a bar-separated menu with some unknown sections as navigation', () => {
  const body = ['Home | World | Farming | Fisheries | Sport | Weather', 'Oslo | Bergen | Tromsø | Stavanger', 'Prices rose | wages fell | rents climbed | fares doubled'].join('\n');
  assert.deepEqual(reasons(body), ['navigation', 'kept', 'kept']);
});
