import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAnchors } from './read-anchors.ts';
import { storyWords } from './story-words.ts';

const anchorsOf = (text: string): string[] => readAnchors(storyWords(text));

test('names inside a sentence count, a capital that opens one does not', () => {
  const anchors = anchorsOf('Officials said Halvard Senn met Mirela Costandi. Officials left.');
  assert.ok(anchors.includes('n:halvard') && anchors.includes('n:costandi'));
  assert.ok(!anchors.includes('n:officials'));
});

test('a country, its people and its capital are one place, in any of its forms', () => {
  const a = anchorsOf('The talks were held in Cuba on Monday.');
  const b = anchorsOf('He said Cuban officials had met in Havana.');
  assert.ok(a.includes('p:cuba') && b.includes('p:cuba'));
});

test('figures are read whatever their separators, and dates across languages meet', () => {
  assert.ok(anchorsOf('It cost 3,800 crowns.').includes('#:3800'));
  assert.ok(anchorsOf('Es kostete 3.800 Kronen.').includes('#:3800'));
  assert.ok(anchorsOf('It grew 3.8 percent.').includes('#:3.8'));
  const english = anchorsOf('They met on January 3 in the capital.');
  const spanish = anchorsOf('Se reunieron el 3 de enero en la capital.');
  assert.ok(english.includes('d:1-3') && spanish.includes('d:1-3'));
  assert.ok(!anchorsOf('He had 5 dogs.').some((a) => a.startsWith('#:')));
});

test('months and weekdays are dates, not names', () => {
  const anchors = anchorsOf('The vote, held on Tuesday in March, was close.');
  assert.ok(!anchors.includes('n:tuesday') && !anchors.includes('n:march'));
});

test('an Arabic page\'s figures and dates meet an English one\'s, whatever digits it writes them in', () => {
  const arabic = anchorsOf('صدر القرار في ٢٦ فبراير، وقد تضيف الإصلاحات ١٨٠ مليون دولار إلى كلفة الجسر البالغة ١٫٢ مليار دولار.');
  const english = anchorsOf('The order came on Feb. 26; repairs may add $180 million to the $1.2 billion bridge.');
  for (const anchor of ['d:2-26', '#:180', '#:1.2']) assert.ok(arabic.includes(anchor) && english.includes(anchor), `${anchor}: ${arabic.join(' ')}`);
});
