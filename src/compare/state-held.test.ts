import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Three outlets, the first two alike: the third's findings of meaning on the first sentence.
function meaningOf(base: string, other: string): string[] {
  return flags({ a: base, b: base, c: other }).filter((f) => f.startsWith('c meaning'));
}

test('a state told as going on, against the same thing told as changed, is a change of meaning', () => {
  const cases: [string, string][] = [
    ['Bus fares in the valley remained low at 1.40 euros a ride, the transport board said.', 'Bus fares in the valley climbed to 1.40 euros a ride, the transport board said.'],
    ['The speed limit will stay in place on the coast road, the county said.', 'The speed limit will no longer apply on the coast road, the county said.'],
    ['The church bells kept ringing through the night, the parish said.', 'The church bells stopped ringing during the night, the parish said.'],
    ['The injured cyclist remained in intensive care on Friday, the clinic said.', 'The injured cyclist was released on Friday, the clinic said.'],
    // a name the state is told of ("the Norrvik exchange continued")
    ['Trading at the Norrvik grain exchange continued as normal on Monday, the exchange said.', 'Trading at the Norrvik grain exchange was suspended on Monday, the exchange said.'],
  ];
  for (const [base, other] of cases) assert.equal(meaningOf(base, other).length, 1, `${other}\n${flags({ a: base, b: base, c: other }).join('\n')}`);
});

test('the state reached, a change going on, and a thing kept from changing are no contradiction', () => {
  const cases: [string, string][] = [
    // the state the one tells held is the one the other tells reached
    ['The ferry terminal remained closed on Sunday, the port said.', 'The ferry terminal was closed on Sunday, the port said.'],
    // a verb of holding carrying a change tells the change
    ['Bread prices continued to rise in June, the statistics office said.', 'Bread prices rose in June, the statistics office said.'],
    // "keep" and "stop" with an object and a complement make or prevent: both wordings tell one aim
    ['Engineers fitted a barrier to keep floodwater out of the depot, the council said.', 'Engineers fitted a barrier to stop floodwater entering the depot, the council said.'],
    ['The toll was meant to keep traffic on the old bridge from doubling, the mayor said.', 'The toll was meant to stop traffic on the old bridge doubling, the mayor said.'],
    // a change told after "still" is the state it left things in
    ['The two mountain passes were still impassable on Monday, the road agency said.', 'The two mountain passes were still closed on Monday, the road agency said.'],
    // held until a time is when it ends, not that it goes on
    ['The museum will stay shut until April, the trust said.', 'The museum will stay shut until April, the trust said.'],
  ];
  for (const [base, other] of cases) assert.deepEqual(meaningOf(base, other), [], other);
});

test('a state told with its subject left out is read of the sentence\'s subject', () => {
  const cases: [string, string][] = [
    // a verb joined to another by "and": the subject is the first verb's
    ['Two hikers were treated for exposure and later discharged, the rescue team said.', 'Two hikers were treated for exposure and remained in hospital on Sunday, the rescue team said.'],
    // a subject set off by a clause between commas
    ['The driver, who was charged with speeding, was released on Thursday, the police said.', 'The driver, who was charged with speeding, remains in custody, the police said.'],
  ];
  for (const [base, other] of cases) assert.equal(meaningOf(base, other).length, 1, `${other}\n${flags({ a: base, b: base, c: other }).join('\n')}`);
});

test('a participle opening a clause of its own is no state of the sentence\'s subject', () => {
  // ("keeping" tells what the closing did, not what the bridges did)
  const base = 'Two river bridges were closed on Monday, keeping about 3,000 commuters at home, the county said.';
  const other = 'Two river bridges were shut on Monday, the county said.';
  assert.deepEqual(meaningOf(base, other), []);
});
