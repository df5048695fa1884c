import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';
import { sameWord } from '../same-word.ts';
import { wordTokens } from '../../text/word-tokens.ts';

const word = (text: string) => wordTokens(text, { start: 0, end: text.length })[0]!;

test('a portfolio the text also writes in lower case is part of the title: another portfolio is another office', () => {
  const found = flags({
    a: 'Ports Minister Julia Arbel said the new terminal would open in May. The country has four ports.',
    b: 'Ports Minister Julia Arbel said the new terminal would open in May. Its ports are busy.',
    c: 'Ports Minister Julia Arbel said the new terminal would open in May. The ports handle grain.',
    d: 'Transport Minister Julia Arbel said the new terminal would open in May. Two ports are closed.',
  });
  assert.ok(found.some((f) => f.startsWith('d entity Transport')), found.join('\n'));
  assert.ok(!found.some((f) => /entity (Ports|Julia)/.test(f)), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes('entity') && !f.startsWith('d ')), []);
});

test('title words before a name of no title name a body: "Supreme Court" for "Constitutional Court" is another court', () => {
  const found = flags({
    a: 'Opposition lawmakers asked the Constitutional Court on Thursday to strike down the pension law.',
    b: 'Opposition lawmakers asked the Constitutional Court on Thursday to strike down the pension law.',
    c: 'Opposition lawmakers asked the Supreme Court on Thursday to strike down the pension law.',
  });
  assert.ok(found.some((f) => f.startsWith('c entity Supreme')), found.join('\n'));
});

test('a post and the body it heads are not one word ("minister" / "ministry"), a word and its plural are', () => {
  assert.equal(sameWord(word('Minister'), word('Ministry')), false);
  assert.equal(sameWord(word('inspector'), word('inspectorate')), false);
  assert.equal(sameWord(word('ministers'), word('minister')), true);
});

test('one named person given another title is a changed role', () => {
  const found = flags({
    a: 'Ministry spokeswoman Lea Dorn said the ambassador had been summoned to explain the seizure.',
    b: 'Ministry spokeswoman Lea Dorn said the ambassador had been summoned to explain the seizure.',
    c: 'Foreign Minister Lea Dorn summoned the ambassador to explain the seizure.',
  });
  assert.ok(found.some((f) => f.startsWith('c entity') && /Foreign|Minister/.test(f)), found.join('\n'));
});

test('a body told as one person with a title of the same portfolio is another actor ("the Foreign Ministry" / "Foreign Minister X")', () => {
  const found = flags({
    a: "Marovia's Foreign Ministry summoned Tessland's envoy and condemned the arrests.",
    b: "Marovia's Foreign Ministry summoned Tessland's envoy and condemned the arrests.",
    c: "Foreign Minister Ana Vell summoned Tessland's envoy and condemned the arrests.",
  });
  assert.ok(found.some((f) => f.startsWith('c entity')), found.join('\n'));
});
