import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globMatcher, hasGlobMagic } from './glob-matcher.ts';
import { InputError } from './input-error.ts';

test('glob magic is recognised', () => {
  assert.equal(hasGlobMagic('a/*.txt'), true);
  assert.equal(hasGlobMagic('a/file?.txt'), true);
  assert.equal(hasGlobMagic('a/[ab].txt'), true);
  assert.equal(hasGlobMagic('a/plain.txt'), false);
});

test('stars, question marks and classes match like the shell', () => {
  const m = (glob: string, name: string): boolean => globMatcher(glob)(name);
  assert.equal(m('*.txt', 'story.txt'), true);
  assert.equal(m('*.txt', 'story.html'), false);
  assert.equal(m('*.txt', '.hidden.txt'), false);
  assert.equal(m('.*.txt', '.hidden.txt'), true);
  assert.equal(m('00?_*.txt', '003_x.txt'), true);
  assert.equal(m('00?_*.txt', '0033_x.txt'), false);
  assert.equal(m('[ab]*.html', 'b1.html'), true);
  assert.equal(m('[!ab]*.html', 'b1.html'), false);
  assert.equal(m('[!ab]*.html', 'c1.html'), true);
  assert.equal(m('[0-9].txt', '7.txt'), true);
  assert.equal(m('a+b(1).txt', 'a+b(1).txt'), true);
  assert.equal(m('\\*.txt', '*.txt'), true);
  assert.equal(m('\\*.txt', 'x.txt'), false);
  assert.equal(m('[unclosed', '[unclosed'), true);
});

test('a backwards range is an input error, not a crash', () => {
  assert.throws(() => globMatcher('[z-a].txt'), (e: unknown) => e instanceof InputError && /range "z-a" is backwards/.test(e.message));
  assert.equal(globMatcher('[!]x]')('y'), true);
  assert.equal(globMatcher('[!]x]')(']'), false);
});

test('many stars against a long name answer at once (no exponential backtracking)', () => {
  const pattern = `${'*a'.repeat(40)}*b`;
  assert.equal(globMatcher(pattern)('a'.repeat(250)), false);
  assert.equal(globMatcher(pattern)(`${'a'.repeat(249)}b`), true);
  assert.equal(globMatcher('*[a-c]?*.txt')('zzbq.txt'), true);
});
