import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../model/index.ts';
import { outletKey } from './outlet-key.ts';

const doc = (outlet: string | null, url: string | null): CleanDocument => ({
  source: 'x', url, title: null, byline: null, outlet, published: null, language: null, text: '', removed: [], sourceMap: [],
});

test('outletKey prefers the outlet name, then the URL host', () => {
  assert.equal(outletKey(doc('Harbor  Daily', 'https://other.example/a')), 'harbor daily');
  assert.equal(outletKey(doc(null, 'https://www.harbor.example/news/1')), 'harbor.example');
  assert.equal(outletKey(doc(null, 'not a url')), null);
  assert.equal(outletKey(doc(null, null)), null);
});
