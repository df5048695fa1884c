import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags, flagsOfSentence } from './_compare-texts.ts';

const SAID = 'The mayor said residents were "deeply worried" and would be consulted before any decision on the bridge.';

test('a two-word quotation with one word changed is a misquote: the collation pairs the renderings', () => {
  const found = flags({ a: SAID, b: SAID, c: SAID.replace('deeply worried', 'gravely worried') });
  assert.ok(found.includes('c quote gravely'), found.join('\n'));
});

test('a short quotation rendered the same way by every outlet is no finding', () => {
  const found = flags({ a: SAID, b: SAID.replace('The mayor said', 'Mayor Ilse Varga said'), c: SAID });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

const PLAIN = 'The company said the gates were padlocked to prevent theft of tools and that it would review its safety rules.';

test('words put in quotation marks where the source tells them in its own voice are a made-up quotation', () => {
  const found = flags({ a: PLAIN, b: PLAIN, c: PLAIN.replace('padlocked to prevent theft of tools', 'padlocked "to stop workers stealing tools"') });
  assert.ok(found.some((f) => f.startsWith('c quote to stop workers stealing')), found.join('\n'));
});

test('the same words in quotation marks are a made-up quotation too', () => {
  const found = flags({ a: PLAIN, b: PLAIN, c: PLAIN.replace('would review its safety rules', 'would "review its safety rules"') });
  assert.ok(found.some((f) => f.startsWith('c quote review its safety rules')), found.join('\n'));
});

test('a quotation the source gives elsewhere in its article is no made-up quotation', () => {
  const quoted = `${PLAIN} "We padlocked them to prevent theft," a manager said.`;
  const found = flags({ a: quoted, b: quoted, c: PLAIN.replace('padlocked to prevent theft', 'padlocked "to prevent theft"') });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

test('quotation marks every version shares are no finding', () => {
  const marked = PLAIN.replace('padlocked to prevent theft', 'padlocked "to prevent theft"');
  const found = flags({ a: marked, b: marked, c: marked.replace('The company said', 'The firm said') });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

test('a quotation standing where the source tells something else is no made-up quotation', () => {
  const found = flags({ a: PLAIN, b: PLAIN, c: PLAIN.replace('padlocked to prevent theft of tools', 'padlocked, "which no inspector ever questioned"') });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

test('a two-word phrase set in quotation marks with the same words is a marked phrase, not a made-up quotation', () => {
  const found = flags({ a: PLAIN, b: PLAIN, c: PLAIN.replace('review its safety rules', 'review its "safety rules"') });
  assert.deepEqual(found.filter((f) => f.includes(' quote ')), []);
});

// The collation puts the function words beside a changed word with it ("an unacceptable" / "an inexcusable"): the two
// renderings are one quotation when their content words line up.
test('a three-word quotation with one word changed after an article is a misquote', () => {
  const wire = 'Minister Lena Ost called the outage "an unacceptable failure" by the operator.';
  const found = flags({ a: wire, b: wire, c: 'Minister Lena Ost called the outage "an inexcusable failure" by the operator.' });
  assert.ok(found.some((f) => f.startsWith('c quote inexcusable')), found.join('\n'));
});

test('a quotation put in another person\'s mouth is an attribution changed, where a speaker stands outside a wording', () => {
  const context = '"We are not crying wolf," federation chair Ingrid Tavensholt said. ';
  const quote = '"Nobody joins a rescue team to leave someone on a mountain overnight."';
  const moved = flagsOfSentence({
    Reuters: `${context}${quote}`,
    b: `${context}${quote}`,
    c: `${context}"Nobody joins a rescue team to leave someone on a mountain overnight," said team leader Callum Ambery.`,
  }, 1);
  assert.ok(moved.some((f) => f.startsWith('c attribution Nobody joins')), moved.join('\n'));
  // the same speaker told by a pronoun, a title or the name again is no change
  for (const told of ['she said', 'the federation chair said', 'Tavensholt said']) {
    const same = flagsOfSentence({
      Reuters: `${context}${quote}`,
      b: `${context}${quote}`,
      c: `${context}"Nobody joins a rescue team to leave someone on a mountain overnight," ${told}.`,
    }, 1);
    assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], told);
  }
});

test('a compound with a hyphen in one quotation and closed up in the other is the same word', () => {
  const quote = (word: string, thing = 'alarm'): string => `"The old ${thing} was ${word} into the mains, so nobody could switch it off," the caretaker said.`;
  const quotes = (outlet: string): string[] => flags({ Reuters: quote('hard-wired'), b: outlet, c: quote('hard-wired') }).filter((f) => f.includes(' quote '));
  assert.deepEqual(quotes(quote('hardwired')), []);
  // a word changed beside it is still a changed quotation
  assert.deepEqual(quotes(quote('hardwired', 'siren')), ['b quote siren']);
});

test('a short quotation in the same frame whose only content word changed is a misquote', () => {
  const weeks = 'The carmaker said it held enough chips for "several months" of output at its two plants.';
  const found = flags({ a: weeks, b: weeks, c: weeks.replace('several months', 'several weeks') });
  assert.ok(found.includes('c quote weeks'), found.join('\n'));
  assert.deepEqual(flags({ a: weeks, b: weeks, c: weeks.replace('The carmaker said', 'The company told investors') }).filter((f) => f.includes(' quote ')), []);
});
