import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const changed = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.message.includes('count the sources differently') || f.message.includes('counts the sources differently')).map((f) => `${f.article} ${f.text}`);

test('a count of sources that differs from the count the other outlets give is flagged', () => {
  assert.deepEqual(changed({
    a: 'The carmaker plans to close its plant in Sarnow next year, five people briefed on the plan said.',
    b: 'The carmaker plans to close its Sarnow plant next year, five people briefed on the plan said.',
    c: 'The carmaker plans to close its plant in Sarnow next year, two people briefed on the plan said.',
  }), ['c two people briefed on the plan said']);
});

test('the same count in words and digits, or a count left out, is no changed count', () => {
  assert.deepEqual(changed({
    a: 'The carmaker plans to close its plant in Sarnow next year, five people briefed on the plan said.',
    b: 'The carmaker plans to close its plant in Sarnow next year, 5 people briefed on the plan said.',
    c: 'The carmaker plans to close its plant in Sarnow next year, people briefed on the plan said.',
  }), []);
});

test('a share of the sources is not set against the whole group, nor one group against another', () => {
  assert.deepEqual(changed({
    a: 'The carmaker plans to close its plant in Sarnow next year, four people briefed on the plan said.',
    b: 'The carmaker plans to close its plant in Sarnow next year, two of the people said.',
    c: 'The carmaker plans to close its plant in Sarnow next year, two of the people said.',
  }), []);
  assert.deepEqual(changed({
    a: 'The carmaker plans to close its plant in Sarnow next year, three union officials said.',
    b: 'The carmaker plans to close its plant in Sarnow next year, three union officials said.',
    c: 'The carmaker plans to close its plant in Sarnow next year, two diplomats said.',
  }), []);
});
