import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyGrouping, placeArticle } from './group-stories.ts';
import type { Embed } from '../align/embed.ts';

// Two invented stories, each told three ways, and a third story on a neighbouring topic.
const BRIDGE = [
  'The Halverston port authority halted work on the $1.2 billion harbor bridge on Tuesday after engineers found cracked piles under the eastern span, officials said. The authority said repairs could take 14 months.',
  'Work on Halverston\'s $1.2 billion harbor bridge was halted on Tuesday after engineers found cracks in piles beneath the eastern span. The port authority warned that repairs could take 14 months.',
  'Engineers found cracked piles under the eastern span of the Halverston harbor bridge, and the port authority stopped the $1.2 billion project, saying repairs might last 14 months.',
];
const HARVEST = [
  'Kalvora expects its grain harvest to fall 31% this year to 11.8 million tonnes after the worst drought in four decades, the agriculture ministry in Marenca said on Thursday.',
  'The Kalvoran agriculture ministry cut its grain harvest forecast by 31% to 11.8 million tonnes on Thursday, blaming the worst drought in four decades.',
  'Drought will shrink Kalvora\'s grain harvest by 31% to 11.8 million tonnes, the worst in four decades, officials in Marenca said on Thursday.',
];
const DEAL = 'Dornavia agreed on Tuesday to ship up to 4.5 million tonnes of wheat a year to Sulmeria under a three-year grain export deal signed in Qaresh after eight months of talks.';

const input = (id: string, text: string, language = 'en') => ({ id, title: null, text, language });

test('each article joins the story it tells, whatever the order, and the first one names the story', async () => {
  const grouping = emptyGrouping();
  const order = [BRIDGE[0]!, HARVEST[0]!, DEAL, BRIDGE[1]!, HARVEST[1]!, BRIDGE[2]!, HARVEST[2]!];
  const placed = [];
  for (const [k, text] of order.entries()) placed.push(await placeArticle(grouping, input(`a${k}`, text)));
  assert.deepEqual(placed.map((m) => m.story), ['a0', 'a1', 'a2', 'a0', 'a1', 'a0', 'a1']);
  assert.equal(grouping.stories.length, 3);
  assert.equal(placed[0]!.matched, null);
  assert.ok(placed[3]!.matched === 'a0' && placed[3]!.verdict?.kind === 'same');
  assert.ok(placed[4]!.shared.includes('#:11.8'), `shared ${placed[4]!.shared.join(' ')}`);
});

test('placing a new article never moves an earlier one', async () => {
  const grouping = emptyGrouping();
  for (const [k, text] of [...BRIDGE, ...HARVEST].entries()) await placeArticle(grouping, input(`a${k}`, text));
  const before = grouping.stories.map((s) => s.members.map((m) => m.article).join());
  await placeArticle(grouping, input('late', DEAL));
  assert.deepEqual(grouping.stories.slice(0, before.length).map((s) => s.members.map((m) => m.article).join()), before);
});

test('a verbatim copy and a prefix of it are placed as copies', async () => {
  const grouping = emptyGrouping();
  const wire = `${BRIDGE[0]} ${HARVEST[0]}`.replace(/Kalvora/g, 'Halverston');
  await placeArticle(grouping, input('wire', wire));
  const copy = await placeArticle(grouping, input('copy', wire));
  const prefix = await placeArticle(grouping, input('prefix', wire.slice(0, 190)));
  assert.equal(copy.verdict?.kind === 'same' && copy.verdict.on, 'copy');
  assert.equal(prefix.story, 'wire');
});

test('a version in another language joins on names, places and figures', async () => {
  const grouping = emptyGrouping();
  for (const [k, text] of HARVEST.entries()) await placeArticle(grouping, input(`h${k}`, text));
  await placeArticle(grouping, input('deal', DEAL));
  const spanish = await placeArticle(grouping, input('es', 'El ministerio de agricultura de Kalvora prevé que la cosecha de grano caiga un 31% hasta 11,8 millones de toneladas, dijeron fuentes en Marenca el jueves.', 'es'));
  assert.equal(spanish.story, 'h0');
});

test('an undecided pair is put to the encoder, and its view decides', async () => {
  // Few words in common, the same names and figures: words alone leave it undecided.
  const first = 'The port authority stopped the harbor bridge on Tuesday after engineers found cracked piles. Halverston said repairs could take 14 months.';
  const second = 'Halverston officials announced that construction of the crossing is paused while inspectors study damaged foundations. Work could resume in 14 months.';
  let asked = 0;
  const agree: Embed = async (s) => { asked += s.length; return s.map(() => Float32Array.of(1, 0)); };
  const disagree: Embed = async (s) => s.map((_, k) => (k === 0 ? Float32Array.of(1, 0) : Float32Array.of(0, 1)));
  const outcome = async (embed?: Embed) => {
    const grouping = emptyGrouping();
    await placeArticle(grouping, input('a', first));
    return placeArticle(grouping, input('b', second), embed ? { embed } : {});
  };
  const agreed = await outcome(agree);
  assert.equal(agreed.story, 'a');
  assert.equal(agreed.verdict?.kind === 'same' && agreed.verdict.on, 'meaning');
  assert.equal(asked, 2, 'both leads were embedded');
  assert.equal((await outcome(disagree)).story, 'b');
  // Without an encoder, the words and the shared name and figure settle it.
  const alone = await outcome();
  assert.equal(alone.verdict?.kind === 'same' && alone.verdict.on, 'words and anchors');
});

test('an undecided pair about another event (no name, place, figure or date in common) is not put to the encoder', async () => {
  // Many words in common, words alone leave it undecided, but another port, another day, another span of time.
  const first = 'The port authority stopped the harbor bridge on Tuesday after engineers found cracked piles. Halverston said repairs could take 14 months.';
  const second = 'Dunmore officials stopped work at the harbor quay on Friday after engineers found corroded piles; the closure could take weeks.';
  let asked = 0;
  const agree: Embed = async (s) => { asked += s.length; return s.map(() => Float32Array.of(1, 0)); };
  const grouping = emptyGrouping();
  await placeArticle(grouping, input('a', first));
  const placed = await placeArticle(grouping, input('b', second), { embed: agree });
  assert.equal(asked, 0, 'no lead was embedded');
  assert.equal(placed.story, 'b', 'two stories, as the encoder could not have changed');
});

test('a page in a language the pile has not seen finds its story though its capitalised nouns read as names', async () => {
  const grouping = emptyGrouping();
  for (const [k, text] of [...BRIDGE, ...HARVEST].entries()) await placeArticle(grouping, input(`a${k}`, text));
  const german = 'Die Hafenbehörde von Halverston hat am Dienstag die Arbeiten an der Hafenbrücke für 1,2 Milliarden Dollar gestoppt. Ingenieure fanden Risse in Pfählen unter dem Ostabschnitt; die Reparatur könnte 14 Monate dauern, teilte die Behörde mit.';
  assert.equal((await placeArticle(grouping, input('de', german, 'de'))).story, 'a0');
});
