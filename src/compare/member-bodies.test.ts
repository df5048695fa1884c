import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from './_compare-texts.ts';
import { speakerWords } from './member-bodies.ts';

const credits = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.kind === 'attribution').map((f) => `${f.article} ${f.message}`);

test('the members a body is named after are not the body that speaks', () => {
  assert.deepEqual(speakerWords(['the', 'nurses', 'union']), ['union']);
  assert.deepEqual(speakerWords(['ada', 'roe', 'head', 'of', 'the', 'ferry', 'workers', 'association']), ['ada', 'roe', 'head', 'of', 'association']);
  assert.deepEqual(speakerWords(['the', 'ministry', 'of', 'health']), ['the', 'ministry', 'of', 'health']);
});

test('a union leader\'s words credited to the institution its members work for is another source', () => {
  assert.deepEqual(credits({
    a: 'Ivo Salo, president of the Northgate Police Federation, said the guard had followed the rules.',
    b: 'Ivo Salo, president of the Northgate Police Federation, said the guard had followed the rules.',
    c: 'The guard had followed the rules, police said.',
  }).some((f) => f.startsWith('c ') && f.includes('police said')), true);
});

test('a body named the same way on both sides is still one source', () => {
  assert.deepEqual(credits({
    a: 'The school ignored two warnings, the teachers association said.',
    b: 'The school ignored two warnings, the teachers association said.',
    c: 'The school ignored two warnings, the Lakeside Teachers Association said.',
  }), []);
});
