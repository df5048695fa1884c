import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.ts';
import { nameOutlet, parseOutletNames, unusedOutletNames } from './outlet-names.ts';

const doc = (source: string, input?: string, outlet?: string): RawDocument =>
  ({ source, ...(input && { input }), format: 'text', body: 'x', meta: outlet ? { outlet } : {} });

test('parseOutletNames reads FILE=NAME and refuses a value without both', () => {
  assert.deepEqual(parseOutletNames(['a/b.txt=Harbor Daily', 'x=y=Z']), [{ input: 'a/b.txt', name: 'Harbor Daily' }, { input: 'x=y', name: 'Z' }]);
  const bad = parseOutletNames(['b.txt']);
  assert.ok('problem' in bad && /FILE=NAME/.test(bad.problem));
  assert.ok('problem' in parseOutletNames(['b.txt= ']));
});

test('nameOutlet names a file, a feed item by its feed, a file in a folder, the closest input winning', () => {
  const names = [{ input: 'bundle', name: 'Folder Name' }, { input: 'bundle/02.txt', name: 'Harbor Daily' }, { input: 'feed.xml', name: 'Tide' }];
  assert.equal(nameOutlet(doc('bundle/02.txt', undefined, 'Desk'), names).meta.outlet, 'Harbor Daily');
  assert.equal(nameOutlet(doc('./bundle/03.txt'), names).meta.outlet, 'Folder Name');
  assert.equal(nameOutlet(doc('feed.xml#2', 'feed.xml'), names).meta.outlet, 'Tide');
  assert.equal(nameOutlet(doc('other.txt'), names).meta.outlet, undefined);
  assert.equal(nameOutlet(doc('https://a.example/x'), [{ input: 'https://a.example/x', name: 'A' }]).meta.outlet, 'A');
});

test('unusedOutletNames lists the names no document was read from', () => {
  const names = [{ input: 'a.txt', name: 'A' }, { input: 'missing.txt', name: 'M' }];
  assert.deepEqual(unusedOutletNames(names, [doc('a.txt')]).map((n) => n.input), ['missing.txt']);
});
