import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from './_compare-texts.ts';

test('a condition opened by a function word ("if", "as long as") goes with its clause: dropping the clause drops the condition', () => {
  const found = compareFirstSentences({
    a: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    b: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    c: 'The chief financial officer said the cuts could lift margins by the end of 2028.',
  });
  const dropped = found.filter((f) => f.article === 'c' && f.kind === 'detail_dropped');
  assert.equal(dropped.length, 1, JSON.stringify(found, null, 1));
  assert.match(dropped[0]!.message, /condition .*"if copper prices hold"/);
});

test('the same condition told with another marker is no drop', () => {
  const found = compareFirstSentences({
    a: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    b: 'The chief financial officer said the cuts could lift margins by the end of 2028 as long as copper prices hold.',
    c: 'The chief financial officer said the cuts could lift margins by the end of 2028 provided copper prices hold.',
  });
  assert.deepEqual(found.filter((f) => f.kind === 'detail_dropped'), []);
});

test('a condition or a time limit told by a preposition ("without a permit", "until June 30") is dropped with it', () => {
  const texts = (c: string): Record<string, string> => ({
    a: 'The ministry said the movement of cattle and feed across the county line is banned without a permit until June 30.',
    b: 'The ministry said the movement of cattle and feed across the county line is banned without a permit until June 30.',
    c,
  });
  const dropped = (c: string): string => compareFirstSentences(texts(c)).filter((f) => f.article === 'c' && f.kind === 'detail_dropped').map((f) => f.message).join('\n');
  assert.match(dropped('The ministry said the movement of cattle and feed across the county line is banned until June 30.'), /condition .*"without a permit"/);
  assert.match(dropped('The ministry said the movement of cattle and feed across the county line is banned without a permit.'), /limit .*"until June 30"/);
  // the same limit told with another preposition is no drop
  assert.equal(dropped('The ministry said the movement of cattle and feed across the county line is banned without a permit through June 30.'), '');
});

test('"but" carrying on with the subject caveats the claim; "but" with a subject of its own opens another statement', () => {
  const caveat = compareFirstSentences({
    a: 'The league fined the club 40,000 euros for the breach, but will not deduct any points this season.',
    b: 'The league fined the club 40,000 euros for the breach, but will not deduct any points this season.',
    c: 'The league fined the club 40,000 euros for the breach.',
  });
  assert.equal(caveat.filter((f) => f.article === 'c' && f.kind === 'detail_dropped').length, 1, JSON.stringify(caveat, null, 1));
  const another = compareFirstSentences({
    a: 'The league fined the club 40,000 euros for the breach, but the players kept their bonuses this season.',
    b: 'The league fined the club 40,000 euros for the breach, but the players kept their bonuses this season.',
    c: 'The league fined the club 40,000 euros for the breach.',
  });
  assert.deepEqual(another.filter((f) => f.article === 'c' && /caveat/.test(f.message)), []);
});
