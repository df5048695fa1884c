import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Three outlets, the first two alike: the third's findings of meaning on the first sentence.
function meaningOf(base: string, other: string): string[] {
  return flags({ a: base, b: base, c: other }).filter((f) => f.startsWith('c meaning'));
}

test('a state told as going on, against the same thing told as changed, is a change of meaning', () => {
  const cases: [string, string][] = [
    ['Rent arrears at the housing trust remained low at 2.3% of tenancies, the regulator said.', 'Rent arrears at the housing trust climbed to 2.3% of tenancies, the regulator said.'],
    ['The parking levy will remain in force for hospital staff, the council said.', 'The parking levy will no longer apply to hospital staff, the council said.'],
    ['The beacons kept transmitting a signal throughout the blizzard, the coastguard said.', 'The beacons stopped transmitting a signal during the blizzard, the coastguard said.'],
    ['Two of the climbers remained in hospital on Friday, the rescue service said.', 'Two of the climbers were discharged on Friday, the rescue service said.'],
    // a name the state is told of ("the port of Vellamar continued")
    ['Shipments from the port of Vellamar continued as normal on Monday, harbour officials said.', 'Shipments from the port of Vellamar were halted on Monday, harbour officials said.'],
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
    ['The levy was needed to keep the cost of the bursary scheme from spiralling, the ministry said.', 'The levy was needed to stop the cost of the bursary scheme spiralling, the ministry said.'],
    // a change told after "still" is the state it left things in
    ['About 900 farms were still without water on Monday, the utility said.', 'About 900 farms were still cut off on Monday, the utility said.'],
    // held until a time is when it ends, not that it goes on
    ['The museum will stay shut until April, the trust said.', 'The museum will stay shut until April, the trust said.'],
  ];
  for (const [base, other] of cases) assert.deepEqual(meaningOf(base, other), [], other);
});
