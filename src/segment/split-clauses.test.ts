import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_CLAUSE_WORDS, splitClauses } from './split-clauses.ts';

function clausesOf(text: string): string[] {
  const parts = splitClauses(text, { start: 0, end: text.length });
  let previousEnd = 0;
  for (const p of parts) {
    assert.ok(p.start >= previousEnd && p.start < p.end && p.end <= text.length, 'parts are in order, non-empty, inside the sentence');
    assert.equal(text.slice(p.start, p.end).trim(), text.slice(p.start, p.end), 'parts are trimmed');
    previousEnd = p.end;
  }
  return parts.map((p) => text.slice(p.start, p.end));
}

// [what it checks, sentence, expected parts]; our own sentences
const CASES: Array<[string, string, string[]]> = [
  ['semicolon between two claims', 'The council approved the budget on Monday night; the mayor vetoed it two days later.', ['The council approved the budget on Monday night', 'the mayor vetoed it two days later.']],
  ['a lone spaced dash', 'Prices rose by four percent in the third quarter — the steepest climb in a decade of records.', ['Prices rose by four percent in the third quarter', 'the steepest climb in a decade of records.']],
  ['paired dashes enclose an aside', 'The minister — a former judge with long ties to the party — resigned on Friday after the vote.', ['The minister — a former judge with long ties to the party — resigned on Friday after the vote.']],
  [', while before a participle', 'The agency said it is open to talks on fair terms, while condemning the embargo and vowing to resist.', ['The agency said it is open to talks on fair terms', 'while condemning the embargo and vowing to resist.']],
  [', and before a new subject', 'Two officials said the workers left on recent flights, and a third said more would follow soon.', ['Two officials said the workers left on recent flights', 'and a third said more would follow soon.']],
  [', but before a name', 'The company reported record sales in the spring quarter, but Halvorsen warned that margins would shrink.', ['The company reported record sales in the spring quarter', 'but Halvorsen warned that margins would shrink.']],
  [', and joining verbs of one subject', 'The police detained twelve people at the border, and seized weapons hidden in three separate trucks.', ['The police detained twelve people at the border, and seized weapons hidden in three separate trucks.']],
  ['a short answer to a report is a clause of its own', 'The harbour board declined to comment, while the ferry operator said in a statement that it had followed every rule.', ['The harbour board declined to comment', 'while the ferry operator said in a statement that it had followed every rule.']],
  ['a short answer after a long claim', 'The ministry said the audit would be published in full next spring, but Lindqvist denied the report.', ['The ministry said the audit would be published in full next spring', 'but Lindqvist denied the report.']],
  ['a short part that answers nothing stays joined', 'The board met on Monday, while the operator said in a statement that it had followed every rule.', ['The board met on Monday, while the operator said in a statement that it had followed every rule.']],
  ['a phrase summing the sentence up as an event', 'The port operator agreed to buy two smaller rivals for 400 million euros, in a move that would make it the largest on the coast.', ['The port operator agreed to buy two smaller rivals for 400 million euros', 'in a move that would make it the largest on the coast.']],
  ['"in what would be"', 'The striking drivers voted to return to work on Monday, in what would be the end of a six-week dispute.', ['The striking drivers voted to return to work on Monday', 'in what would be the end of a six-week dispute.']],
  ['"in a" opening a place or time stays joined', 'The drivers voted to return to work on Monday, in a hall near the central depot of the city.', ['The drivers voted to return to work on Monday, in a hall near the central depot of the city.']],
  ['a credit\'s vehicle is no summing up', 'The airline denied that any pilot had been suspended, in a statement that was posted on its website late on Friday.', ['The airline denied that any pilot had been suspended, in a statement that was posted on its website late on Friday.']],
  ['"with" and a figure of its own', 'The merger would create the largest grain trader in the region, with annual sales of about 2 billion dollars.', ['The merger would create the largest grain trader in the region', 'with annual sales of about 2 billion dollars.']],
  ['"with" and no figure stays joined', 'The merger would create the largest grain trader in the region, with offices in every port along the coast.', ['The merger would create the largest grain trader in the region, with offices in every port along the coast.']],
  ['a short first part stays whole', 'In short, and as expected, the committee rejected the proposal after a long debate.', ['In short, and as expected, the committee rejected the proposal after a long debate.']],
  ['a short last part stays whole', 'The court upheld the ruling that barred the merger of the two largest banks; nobody was surprised.', ['The court upheld the ruling that barred the merger of the two largest banks; nobody was surprised.']],
  ['three claims', 'The storm cut power to forty thousand homes overnight; crews restored most of it by noon, but officials said some rural roads stayed closed.', ['The storm cut power to forty thousand homes overnight', 'crews restored most of it by noon', 'but officials said some rural roads stayed closed.']],
  ['no break inside a quotation', '“We will rebuild every house that was lost; we will not leave anyone behind,” the governor said on Sunday.', ['“We will rebuild every house that was lost; we will not leave anyone behind,” the governor said on Sunday.']],
  ['no break inside brackets', 'The report (which covered nine regions, and the capital was among them) found widespread shortages of medicine.', ['The report (which covered nine regions, and the capital was among them) found widespread shortages of medicine.']],
  ['a list with a serial comma is not split', 'The group is known for its role in surveillance of journalists, arrests, and detention of officers without trial.', ['The group is known for its role in surveillance of journalists, arrests, and detention of officers without trial.']],
  ['"not just ..., but ..." is one claim', 'What is at stake in the vote is not just a trade pact, but the future of the whole regional alliance.', ['What is at stake in the vote is not just a trade pact, but the future of the whole regional alliance.']],
  [', as well as and , or join phrases', 'He said that the shipments of grain to the island should end, as well as the loans provided by the bank, or the credits given to its airline.', ['He said that the shipments of grain to the island should end, as well as the loans provided by the bank, or the credits given to its airline.']],
  ['"and" before a second predicate in another tense', 'The new runway was about two thirds finished and had been expected to open next spring.', ['The new runway was about two thirds finished', 'had been expected to open next spring.']],
  ['"and" joining two verbs of one tense is one claim', 'The ferry operator raised its fares in March and cut two of its evening sailings.', ['The ferry operator raised its fares in March and cut two of its evening sailings.']],
  ['a list is not split', 'Soldiers, bodyguards, and advisers were among those killed.', ['Soldiers, bodyguards, and advisers were among those killed.']],
  ['a relative clause on the opening subject, then the main verb', 'The utility, which serves most of the valley and employs 900 people, said it would raise its rates in May.', ['The utility, which serves most of the valley and employs 900 people', 'said it would raise its rates in May.']],
  ['a relative clause inside the predicate is not a break', 'Officials said the utility, which serves most of the valley, would raise its rates in May.', ['Officials said the utility, which serves most of the valley, would raise its rates in May.']],
  ['a relative clause before a word that is no verb stays whole', 'The utility, which serves most of the valley and employs 900 people, in May raised its rates again.', ['The utility, which serves most of the valley and employs 900 people, in May raised its rates again.']],
];

for (const [what, sentence, expected] of CASES) {
  test(`splitClauses: ${what}`, () => {
    assert.deepEqual(clausesOf(sentence), expected);
  });
}

test('splitClauses: offsets point into the whole text, not the sentence', () => {
  const text = 'Intro. The vote passed easily in the lower chamber; the upper chamber will debate it next week. Outro.';
  const sentence = { start: 7, end: text.indexOf(' Outro.') };
  const parts = splitClauses(text, sentence);
  assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), ['The vote passed easily in the lower chamber', 'the upper chamber will debate it next week.']);
});

test('splitClauses: every part keeps the minimum number of words', () => {
  const text = 'One two three four five six; seven eight nine ten eleven twelve; thirteen fourteen.';
  const parts = clausesOf(text);
  assert.deepEqual(parts, ['One two three four five six', 'seven eight nine ten eleven twelve; thirteen fourteen.']);
  for (const p of parts) assert.ok(p.split(/\s+/).length >= MIN_CLAUSE_WORDS);
});
