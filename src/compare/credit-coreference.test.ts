import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareUpTo, flags } from './_compare-texts.ts';

// The flags of each text's wording up to "Later:" (two sentences or more), `c` set against two copies of `wire`.
function flagsUpTo(wire: string, c: string): string[] {
  return compareUpTo({ a: wire, b: wire, c }, 'Later:').map((f) => `${f.article} ${f.kind} ${f.text}`);
}

const WIRE = 'The ferry was licensed to carry 180 passengers, according to the national maritime registry. Harbour Lines said in a statement that the vessel had passed its last inspection.';

test('a named body in place of a described one is another source when the base credits that body apart', () => {
  const found = flags({ a: WIRE, b: WIRE, c: 'The ferry was licensed to carry 180 passengers, according to Harbour Lines. The vessel sank near the port.' });
  assert.ok(found.some((f) => f.startsWith('c attribution according to Harbour Lines')), found.join('\n'));
});

test('a description the base resolves to the name (it names the body and credits it only so) is the same source', () => {
  const described = 'Last year was the hottest on record, the country\'s weather agency said. The Varnish Weather Institute keeps records since 1871.';
  const named = 'Last year was the hottest on record, the Varnish Weather Institute said. The figures go back to 1871.';
  const found = flags({ a: described, b: described, c: named });
  assert.deepEqual(found.filter((f) => f.includes(' attribution ')), []);
});

// A role before a name ("Union leader", "Health Ministry spokesman") holds words of a body; the credit still names a
// person, and "she said" a sentence on points back at her.
test('a pronoun points back at a person named after a role that names a body', async () => {
  const { flagsOfSentence } = await import('./_compare-texts.ts');
  const wire = 'Union leader Marta Vosk said the talks had failed. The union will strike on Monday, she said.';
  const moved = flagsOfSentence({ a: wire, b: wire, c: 'Union leader Marta Vosk said the talks had failed. The union will strike on Monday, Mayor Hans Kessler said.' }, 1);
  assert.ok(moved.some((f) => f.startsWith('c attribution Mayor Hans Kessler said')), moved.join('\n'));
  const same = flagsOfSentence({ a: wire, b: wire, c: 'Union leader Marta Vosk said the talks had failed. The union will strike on Monday, Vosk said.' }, 1);
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

test('"he said" and "she added" on one quotation are two speakers, whoever they are', async () => {
  const { flagsOfSentence } = await import('./_compare-texts.ts');
  const wire = 'Librarians held a vigil on Friday. "Nobody speaks for the readers," he said.';
  const found = flagsOfSentence({ a: wire, b: wire, c: 'Librarians held a vigil on Friday. "Nobody speaks for the readers," she added.' }, 1);
  assert.ok(found.some((f) => f.startsWith('c attribution she added')), found.join('\n'));
  const same = flagsOfSentence({ a: wire, b: wire, c: 'Librarians held a vigil on Friday. "Nobody speaks for the readers," he added.' }, 1);
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

// "the union", "the exchange", "the AEM": a body its own article named in full before; set against the body another
// outlet names, it is that full name that counts.
test('"the <body>" is the body its article named before: another body named in its place is another source', async () => {
  const { flagsOfSentence } = await import('./_compare-texts.ts');
  const wire = 'The Torrin Bus Workers\' Union represents 1,900 drivers at Halden City Transit (HCT). According to the union, 212 drivers quit last year.';
  const moved = flagsOfSentence({ a: wire, b: wire, c: 'The Torrin Bus Workers\' Union represents 1,900 drivers at Halden City Transit (HCT). HCT said 212 drivers quit last year.' }, 1);
  assert.ok(moved.some((f) => f.startsWith('c attribution HCT said')), moved.join('\n'));
  const same = flagsOfSentence({ a: wire, b: wire, c: 'The Torrin Bus Workers\' Union represents 1,900 drivers at Halden City Transit (HCT). The Torrin Bus Workers\' Union said 212 drivers quit last year.' }, 1);
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

test('an acronym is the name its article spells out before it, in whatever order its initials run', async () => {
  const { flagsOfSentence } = await import('./_compare-texts.ts');
  const wire = 'The Ostrava Medicines Agency (AMO) regulates drugs. The AMO said stocks would last a week.';
  const same = flagsOfSentence({ a: wire, b: wire, c: 'The Ostrava Medicines Agency (AMO) regulates drugs. The agency said stocks would last a week.' }, 1);
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
  const other = flagsOfSentence({ a: wire, b: wire, c: 'The Ostrava Medicines Agency (AMO) regulates drugs. The Inter-Agency Supply Council said stocks would last a week.' }, 1);
  assert.ok(other.some((f) => f.startsWith('c attribution The Inter-Agency Supply Council said')), other.join('\n'));
});

// A wire's lede describes the body ("the fisheries regulator said") and names it in the next sentences ("The Dorvland
// Marine Licensing Authority (DMLA) said"): the description stands for that name, not for another source.
test('a body described before its article names it, then named by the next credit of a body, is that body', () => {
  const wire = 'Sales of fishing permits raised 40 million crowns, half the forecast, the fisheries regulator said on Monday. The Dorvland Marine Licensing Authority (DMLA) said 12 of the 20 permits were sold.';
  const named = flags({ a: wire, b: wire, c: 'Sales of fishing permits raised 40 million crowns, half the forecast, the Dorvland Marine Licensing Authority (DMLA) said on Monday. It said 12 of the 20 permits were sold.' });
  assert.deepEqual(named.filter((f) => f.includes(' attribution ')), [], named.join('\n'));
  // the next credit names a person (whatever body her title holds): the description stands for no one named
  const person = 'Sales of fishing permits raised 40 million crowns, half the forecast, the fisheries regulator said on Monday. Ilse Marendt, who chairs the Dorvland Licensing Board, said 12 of the 20 permits were sold.';
  const moved = flags({ a: person, b: person, c: 'Sales of fishing permits raised 40 million crowns, half the forecast, Ilse Marendt said on Monday. She said 12 of the 20 permits were sold.' });
  assert.ok(moved.some((f) => f.startsWith('c attribution Ilse Marendt said')), moved.join('\n'));
});

// "X called the plan "reckless" and said ...": the verb of saying shares the subject of the verb it is joined to.
test('a verb of saying joined by "and" to the first verb credits that verb\'s subject', () => {
  const wire = 'The Harbour Workers\' Union, which represents dockers, called the plan "reckless" and said 300 jobs would go at the port by June.';
  const fact = flags({ a: wire, b: wire, c: 'Some 300 jobs would go at the port by June under the plan.' });
  assert.ok(fact.some((f) => f.startsWith('c attribution ')), fact.join('\n'));
  const credited = flags({ a: wire, b: wire, c: 'Some 300 jobs would go at the port by June under the plan, the Harbour Workers\' Union said.' });
  assert.deepEqual(credited.filter((f) => f.includes(' attribution ')), [], credited.join('\n'));
});

// A wording the aligner took from two sentences, each crediting its own source: the sentence that tells the statement
// is judged with its own credit, not with the other sentence's (which may name the baseline's source).
test('a sentence crediting another source is judged alone, though the next sentence names the baseline\'s', async () => {
  const wire = 'Brevonia has paid 240 million crowns under the deal, which could cost up to 575 million crowns in all, according to the National Audit Office. The office estimated that each move would cost 2.1 million crowns. Later: talks.';
  const moved = flagsUpTo(wire, 'Brevonia has paid 240 million crowns under the deal, which could cost up to 575 million crowns in all, the Interior Ministry has said. The National Audit Office estimated that each move would cost 2.1 million crowns. Later: talks.');
  assert.ok(moved.some((f) => f.startsWith('c attribution the Interior Ministry has said')), moved.join('\n'));
  const same = flagsUpTo(wire, 'Brevonia has paid 240 million crowns under the deal, which could cost up to 575 million crowns in all, the National Audit Office has said. The office estimated that each move would cost 2.1 million crowns. Later: talks.');
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

// '"First sentence. Second sentence," said X': the credit after the closing quotation mark is set off after a comma,
// and governs the quotation before it.
test('a credit after a closing quotation mark governs the quotation: another speaker for its first sentence is flagged', async () => {
  const wire = '“Patients with chronic illnesses cannot shop around for their pills. They were the easiest people to exploit,” said Astrid Holm, the alliance’s head of policy. Later: talks.';
  const moved = flagsUpTo(wire, 'Competition boss Signe Berg said: “Patients with chronic illnesses cannot shop around for their pills.” Later: talks.');
  assert.ok(moved.some((f) => f.startsWith('c attribution Competition boss Signe Berg said')), moved.join('\n'));
  const same = flagsUpTo(wire, '“Patients with chronic illnesses cannot shop around for their pills,” said Astrid Holm. Later: talks.');
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

// "A study published in February estimated": the month before the verb is no source, and the statement keeps the
// study's credit; another body credited for it is still another source.
test('a month or a weekday names no source', async () => {
  const wire = 'A study by the Marlow Institute estimated that the fee rise could cut first-year enrolment by 3% to 5%. Poorer students could be hit hardest, it said. Later: talks.';
  const month = flagsUpTo(wire, 'A Marlow Institute study published in February estimated that the fee rise could cut first-year enrolment by 3% to 5%. Later: talks.');
  assert.deepEqual(month.filter((f) => f.includes(' attribution ')), [], month.join('\n'));
  const moved = flagsUpTo(wire, 'The Conference of University Rectors estimated that the fee rise could cut first-year enrolment by 3% to 5%. Later: talks.');
  assert.ok(moved.some((f) => f.startsWith('c attribution The Conference of University Rectors estimated')), moved.join('\n'));  // "..., the agency said Wednesday": the day it said so, not who
  const day = 'A weather satellite broke apart in orbit early on Monday, the Vestrian Space Agency (VSA) said Wednesday.';
  const dated = flags({ a: day, b: day, c: 'The Vestrian Space Agency (VSA) said on 15 March that a weather satellite broke apart in orbit early on 13 March.' });
  assert.deepEqual(dated.filter((f) => f.includes(' attribution ')), [], dated.join('\n'));
});

// "it said", a sentence after a body was credited, is that body: another body credited in its place is another source,
// not anyone the pronoun might have stood for.
test('"it said" points back at the body credited just before', async () => {
  const { flagsOfSentence } = await import('./_compare-texts.ts');
  const wire = 'The Marlow Institute said fees would rise by a third. Poorer students could be hit hardest, it said.';
  const moved = flagsOfSentence({ a: wire, b: wire, c: 'The Marlow Institute said fees would rise by a third. Poorer students could be hit hardest, the Conference of University Rectors said.' }, 1);
  assert.ok(moved.some((f) => f.startsWith('c attribution the Conference of University Rectors said')), moved.join('\n'));
  const same = flagsOfSentence({ a: wire, b: wire, c: 'The Marlow Institute said fees would rise by a third. Poorer students could be hit hardest, the institute said.' }, 1);
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

// A credit closing a later sentence of a wording taken from two sentences governs that sentence, not the first: the
// first sentence's statement credited to it instead of the first sentence's own source is another source.
test('a credit closing the second sentence of a wording does not govern the first', async () => {
  const wire = 'The fee rise could cut enrolment by 3% to 5%, according to the Marlow Institute. Poorer students could be hit hardest, the Conference of University Rectors said. Later: talks.';
  const moved = flagsUpTo(wire, 'The fee rise could cut enrolment by 3% to 5%, the Conference of University Rectors said. Later: talks.');
  assert.ok(moved.some((f) => f.startsWith('c attribution the Conference of University Rectors said')), moved.join('\n'));
  const same = flagsUpTo(wire, 'The fee rise could cut enrolment by 3% to 5%, the Marlow Institute said. Later: talks.');
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), [], same.join('\n'));
});

// A producer's word inside a body's name ("the Society of Authors") does not make the body the author of a document
// another outlet credits ("court records").
test('a document is not the work of a body whose name merely holds a producer\'s word', () => {
  const wire = 'At least 14 similar lawsuits are pending against AI developers in Corandia, according to the Society of Authors.';
  const found = flags({ a: wire, b: wire, c: 'At least 14 similar lawsuits are pending against AI developers in Corandia, according to court records.' });
  assert.ok(found.some((f) => f.startsWith('c attribution ')), found.join('\n'));
});
