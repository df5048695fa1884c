// Readings that hold for any story: the source deciding against one other wording, credits of documents and
// estimates, qualifiers inside credits, modals read only against another modal, opposite sides of one thing, a
// denial read over a rebuilt sentence, and a denial left unmade.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlesOf, compareFirstSentences, flags, flagsOfSentence } from './_compare-texts.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';
import { chooseSource } from './choose-source.ts';
import { compareOutsideClaims } from './compare-claims.ts';

// An outlet named after a wire agency is the source (no dates: the only wire copy is the baseline).
const WIRE = 'Reuters';

test('the source decides against one other wording, however far that one strays; two outlets alone need close wording', () => {
  const source = 'A central bank spokeswoman said Keldra had not yet drawn on the line.';
  const rewrite = 'Keldra has already tapped the line, the central bank said.';
  assert.ok(flags({ [WIRE]: source, b: rewrite }).some((f) => f.startsWith('b meaning has already tapped')));
  assert.deepEqual(flags({ a: source, b: rewrite }), []);
});

test("a document's owner is its source: another owner is another credit, a noun pointing back is the same one", () => {
  const showed = 'Insurers paid out 2.3 billion kalder in flood claims over the past five years, the regulator\'s figures showed.';
  const moved = flags({ [WIRE]: showed, b: showed, c: 'Insurers paid out 2.3 billion kalder in flood claims over the past five years, Finance Ministry figures show.' });
  assert.ok(moved.some((f) => f.startsWith('c attribution Finance Ministry figures show')), moved.join('\n'));
  const authority = 'Reservoirs stood at 31% of capacity, according to the authority\'s figures.';
  const same = flags({ [WIRE]: authority, b: authority, c: 'Reservoirs stood at 31% of capacity, according to VWA figures.' });
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), []);
});

test('an estimate is credited to whoever makes it', () => {
  const hmsc = 'The HMSC estimates the spawning stock of western cod at about 11,000 tonnes.';
  const found = flags({ [WIRE]: hmsc, b: hmsc, c: 'Blue Halvic estimates the spawning stock of western cod at about 11,000 tonnes.' });
  assert.ok(found.some((f) => f.startsWith('c attribution Blue Halvic estimates')), found.join('\n'));
  const same = flags({ [WIRE]: hmsc, b: hmsc, c: 'The HMSC puts the spawning stock of western cod at about 11,000 tonnes.' });
  assert.deepEqual(same.filter((f) => f.includes(' attribution ')), []);
});

test('a qualifier inside a credit qualifies what is credited', () => {
  const provisional = 'Provisional figures from the city show that 214 landlords were fined a total of 1.9 million euros.';
  const found = flags({ [WIRE]: provisional, b: provisional, c: 'Figures from the city show that 214 landlords were fined a total of 1.9 million euros.' });
  assert.ok(found.some((f) => f.startsWith('c detail_dropped')), found.join('\n'));
});

test('"should" and "can" are hedges against "will", never alone', () => {
  const should = 'The company said the measures should save about 480 million euros a year from 2028.';
  const firmer = flags({ [WIRE]: should, b: should, c: 'The company said the measures will save about 480 million euros a year from 2028.' });
  assert.ok(firmer.some((f) => f.startsWith('c hedge will')), firmer.join('\n'));
  const advice = 'Owners should not drive the cars at all until they are repaired, the company said.';
  const told = flags({ [WIRE]: advice, b: advice, c: 'Owners were told not to drive the cars at all until they are repaired, the company said.' });
  assert.deepEqual(told.filter((f) => f.includes(' hedge ')), []);
});

test('opposite sides of one thing are another thing; one side written two ways is not', () => {
  const north = 'The fire came close to destroying the north tower, officials said.';
  const found = flags({ [WIRE]: north, b: north, c: 'The fire came close to destroying the south tower, officials said.' });
  assert.ok(found.some((f) => f.startsWith('c entity south')), found.join('\n'));
  const same = flags({ [WIRE]: north, b: north, c: 'The fire came close to destroying the northern tower, officials said.' });
  assert.deepEqual(same.filter((f) => f.includes(' entity ')), []);
});

test('an act denied in one wording and done in the other is a change of meaning, however the sentence was rebuilt', () => {
  const denied = 'Workers were not consulted before the plan was announced, the union said.';
  const found = flags({ [WIRE]: denied, b: 'The union said workers were not consulted before the plan was announced.', c: 'The union said the company had consulted workers before announcing the plan.' });
  assert.ok(found.some((f) => f.startsWith('c meaning consulted')), found.join('\n'));
  const alike = flags({ [WIRE]: denied, b: denied, c: 'The union said the company had not consulted workers before announcing the plan.' });
  assert.deepEqual(alike.filter((f) => f.includes(' meaning ')), []);
  // a denying determiner after the verb denies it too
  const none = 'No device was found on him when arbiters searched him after the game.';
  const after = flags({ [WIRE]: none, b: none, c: 'Arbiters found no device when they searched him afterwards.' });
  assert.deepEqual(after.filter((f) => f.includes(' meaning ')), []);
  const tested = 'The commission said it had tested the samples and found no ostarine in them.';
  const passive = flags({ [WIRE]: tested, b: tested, c: 'The samples were tested by the commission and found to contain no ostarine.' });
  assert.deepEqual(passive.filter((f) => f.includes(' meaning ')), []);
});

test('one doer told acting on the same thing with another verb, denied on one side only, is a change of meaning', () => {
  const denied = 'The grounding does not affect the smaller Kestrel-2 rocket, the agency said.';
  const found = flags({ [WIRE]: denied, b: denied, c: 'The grounding also covers the smaller Kestrel-2 rocket, the agency said.' });
  assert.ok(found.some((f) => f.startsWith('c meaning covers')), found.join('\n'));
  // another doer, a denial by a phrase that may deny something else, or a verb that holds a denial ("excludes") is no
  // such change
  for (const c of [
    'Engineers also inspected the smaller Kestrel-2 rocket, the agency said.',
    'The grounding excludes the smaller Kestrel-2 rocket, the agency said.',
  ]) {
    const same = flags({ [WIRE]: denied, b: denied, c });
    assert.deepEqual(same.filter((f) => f.includes(' meaning ')), [], same.join('\n'));
  }
});

test('a denial left unmade is no denial', () => {
  const rejected = 'The embassy rejected the accusation as "a baseless provocation" in a statement on Saturday.';
  const found = flags({ [WIRE]: rejected, b: rejected, c: 'The embassy refused to deny involvement, calling the claim "a baseless provocation".' });
  assert.ok(found.some((f) => f.startsWith('c meaning refused to deny')), found.join('\n'));
});

test('a share of a whole told in words, fractions or counts is compared by the part it allows', () => {
  const third = 'Roughly two-thirds of the deposits are held in accounts below that limit, the bank said.';
  const found = flags({ [WIRE]: third, b: third, c: 'Nearly all of the deposits are held in accounts below that limit, the bank said.' });
  assert.ok(found.some((f) => f.startsWith('c quantifier Nearly all')), found.join('\n'));
  const bottles = 'Tests found that 45 of the 48 seized bottles contained cheap wine.';
  for (const same of ['Tests found that all but three of the 48 seized bottles contained cheap wine.', 'Tests found that Forty-five of the 48 seized bottles contained cheap wine.', 'Tests found that about 94% of the 48 seized bottles contained cheap wine.']) {
    assert.deepEqual(flags({ [WIRE]: bottles, b: bottles, c: same }).filter((f) => f.includes(' quantifier ')), [], same);
  }
  // the two parts of one whole are no change
  const women = 'Of the patients treated at the clinic, 61.4% of patients were women, the report said.';
  assert.deepEqual(flags({ [WIRE]: women, b: women, c: 'Of the patients treated at the clinic, 38.6% of patients were men, the report said.' }).filter((f) => f.includes(' quantifier ')), []);
});

test('a verb of denial read as a noun denies nothing; an acronym is the body its article spells out', () => {
  const decline = "Scientists have linked the cod's decline to oxygen-starved zones on the seabed.";
  assert.deepEqual(flags({ [WIRE]: decline, b: decline, c: "Scientists have linked the decline of cod to oxygen-starved zones on the seabed." }).filter((f) => f.includes(' meaning ')), []);
  const hmsc = 'The HMSC estimates the spawning stock at about 11,000 tonnes. The Halvic Marine Science Council (HMSC) advises the ministry.';
  const found = flags({ [WIRE]: hmsc, b: 'The science council puts the spawning stock at about 11,000 tonnes. The Science Council advises the ministry.', c: hmsc });
  assert.deepEqual(found.filter((f) => f.includes(' attribution ')), []);
});

test('two names that share a word are compared whole, wherever the collation cut them', () => {
  const appeal = 'The ruling upholds a Court of Appeal decision in March which found against the plan.';
  const found = flags({ [WIRE]: appeal, b: appeal, c: 'The ruling upholds a High Court decision in March which found against the plan.' });
  assert.ok(found.some((f) => f.startsWith('c entity High')), found.join('\n'));
  const same = flags({ [WIRE]: appeal, b: appeal, c: 'The ruling upholds a decision of the Court of Appeal in March which found against the plan.' });
  assert.deepEqual(same.filter((f) => f.includes(' entity ')), []);
});

test('a neighbour that names the statement\'s own act credits it; one that says more of it states something new', () => {
  const source = 'Velsor will recall 1.38 million vehicles worldwide, the company said on Tuesday.';
  const named = flags({ [WIRE]: source, b: source, c: 'Velsor will recall 1.38 million vehicles worldwide. The company confirmed the recall on Tuesday after its shares fell.' });
  assert.deepEqual(named.filter((f) => f.includes(' attribution ')), []);
  const more = flags({ [WIRE]: source, b: source, c: 'Velsor will recall 1.38 million vehicles worldwide. The company said the recall would cost $640 million.' });
  assert.ok(more.some((f) => f.startsWith('c attribution')), more.join('\n'));
});

test('an event denied is its rival told: "will not be approved" is "will be refused"; both told plainly are rivals', () => {
  const source = 'Licences for shipments to military end-users will not be approved, the ministry said.';
  assert.deepEqual(flags({ [WIRE]: source, b: source, c: 'Licences for shipments to military end-users will be refused, the ministry said.' }).filter((f) => f.includes(' meaning ')), []);
  const approved = 'The ministry approved the licences on Monday.';
  assert.ok(flags({ [WIRE]: approved, b: approved, c: 'The ministry refused the licences on Monday.' }).some((f) => f.startsWith('c meaning refused')));
  // where there is a middle ground, the denied side is not the other: "did not confirm" is not "disputed"
  const unconfirmed = 'The office said staff numbers had fallen but did not confirm the union\'s figure.';
  assert.ok(flags({ [WIRE]: unconfirmed, b: unconfirmed, c: 'The office said staff numbers had fallen but disputed the union\'s figure.' }).some((f) => f.startsWith('c meaning disputed')));
});

test('words of certainty in a rebuilt sentence are paired by the verb they bear on', () => {
  const source = 'The lottery said it would not try to recover overpayments of less than 500 ostrals but may ask holders of larger sums to return the money.';
  const rebuilt = 'Overpayments below 500 ostrals will not be recovered, the lottery said, but it will ask holders of larger sums to pay it back.';
  const found = compareFirstSentences({ [WIRE]: source, b: source, c: rebuilt }).filter((f) => f.article === 'c' && f.kind === 'hedge');
  assert.deepEqual(found.map((f) => rebuilt.slice(f.start, f.end + 4)), ['will ask']);
  const same = flags({ [WIRE]: source, b: source, c: 'Overpayments under 500 ostrals will not be reclaimed, the lottery said, though it may ask people who received larger sums to return them.' });
  assert.deepEqual(same.filter((f) => f.includes(' hedge ')), []);
});

test('a hope, a schedule expected and a death feared are hedges', () => {
  const hoped = 'The team hoped to begin a study of about 600 patients next year.';
  assert.ok(flags({ [WIRE]: hoped, b: hoped, c: 'The team will begin a study of about 600 patients next year.' }).some((f) => f.startsWith('c hedge will')));
  const expected = 'The sequencing results are expected next week, the agency said.';
  assert.ok(flags({ [WIRE]: expected, b: expected, c: 'The sequencing results could come next week, the agency said.' }).some((f) => f.startsWith('c hedge')));
  assert.deepEqual(flags({ [WIRE]: expected, b: expected, c: 'The agency said the sequencing results are expected next week.' }).filter((f) => f.includes(' hedge ')), []);
});

test('"due" agrees with "will" and with "expected"; against nothing it hedges nothing', () => {
  const expected = 'Final results are expected by Oct. 15, the commission said.';
  assert.deepEqual(flags({ [WIRE]: expected, b: expected, c: 'Final results are due by 15 October, the commission said.' }).filter((f) => f.includes(' hedge ')), []);
  const will = 'The full assessment will be published on July 6.';
  assert.deepEqual(flags({ [WIRE]: will, b: will, c: 'The full assessment is due on 6 July.' }).filter((f) => f.includes(' hedge ')), []);
  assert.ok(flags({ [WIRE]: expected, b: expected, c: 'Final results could come by 15 October, the commission said.' }).some((f) => f.startsWith('c hedge could')));
});

test('an act to come against the same act done is a change of stage; a participle tells no act done', () => {
  const opened = 'The regulator said it had opened a formal inquiry into the outage.';
  assert.ok(flags({ [WIRE]: opened, b: opened, c: 'The regulator said it would open a formal inquiry into the outage.' }).some((f) => f.startsWith('c meaning would open')));
  const plans = 'The zoo plans to move its remaining big cats into indoor quarters.';
  assert.ok(flags({ [WIRE]: plans, b: plans, c: 'The zoo has moved its remaining big cats into indoor quarters.' }).some((f) => f.startsWith('c meaning moved')));
  const agreed = 'The government has agreed to import 2 million doses from Kalvane.';
  assert.deepEqual(flags({ [WIRE]: agreed, b: agreed, c: 'The government will import 2 million doses from Kalvane.' }).filter((f) => f.includes(' meaning ')), []);
  const monitor = 'A joint centre staffed by officials from both countries will monitor traffic in the lane.';
  assert.deepEqual(flags({ [WIRE]: monitor, b: monitor, c: 'Traffic in the lane is to be monitored by a joint centre staffed by officials from both countries.' }).filter((f) => f.includes(' meaning ')), []);
});

test('a claim an outlet merged into a sentence of its own is compared there', () => {
  const texts = {
    [WIRE]: 'The referendum passed with 61% of the vote. She said her party would not challenge the commission\'s figures.',
    b: 'The referendum passed with 61% of the vote. Calderwood said her party would challenge the commission\'s figures in the court, which must hear challenges within five days.',
  };
  const articles = articlesOf(texts);
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const at = articles[0]!.sentences[1]!;
  const claim = { id: 'c-challenge', text: texts[WIRE].slice(at.start, at.end), articles: [WIRE], support: [spanOf(WIRE, texts[WIRE], at.start, at.end)] };
  const baseline = chooseSource(articles);
  const found = compareOutsideClaims([], [claim], tagged, byId, [], baseline);
  assert.ok(found.some((d) => d.article === 'b' && d.kind === 'meaning' && d.claim === 'c-challenge'), JSON.stringify(found.map((d) => [d.article, d.kind, d.text])));
  // an outlet that tells the claim in a sentence of its own seated there is compared in the claim, not here
  const seated = { ...claim, articles: [WIRE, 'b'], support: [...claim.support, spanOf('b', texts.b, articles[1]!.sentences[1]!.start, articles[1]!.sentences[1]!.end)] };
  assert.deepEqual(compareOutsideClaims([], [seated], tagged, byId, [], baseline).filter((d) => d.claim === 'c-challenge'), []);
});

test('a party\'s answer is read in its common forms: denied doing, did not say whether, could not rule out, admitted', () => {
  const denied = 'Kalvia denied paying any ransom for the crew, the foreign ministry said.';
  const declined = flags({ [WIRE]: denied, b: denied, c: 'Kalvia declined to say whether it had paid any ransom for the crew, the foreign ministry said.' });
  assert.ok(declined.some((f) => f.startsWith('c meaning declined to say')), declined.join('\n'));
  const open = 'The utility said it could not rule out that the system had been hacked.';
  const ruled = flags({ [WIRE]: open, b: open, c: 'The utility said it had ruled out that the system had been hacked.' });
  assert.ok(ruled.some((f) => f.startsWith('c meaning ruled out')), ruled.join('\n'));
  // "had not been ruled out" leaves it open as "could not rule out" does; a patient admitted is no admission
  assert.deepEqual(flags({ [WIRE]: open, b: open, c: 'The utility said a hack of the system had not been ruled out.' }).filter((f) => f.includes(' meaning ')), []);
  const hospital = 'Two workers were admitted to hospital with burns, the company said.';
  assert.deepEqual(flags({ [WIRE]: hospital, b: hospital, c: 'Two workers were taken to hospital with burns, the company said.' }).filter((f) => f.includes(' meaning ')), []);
});

test('a party\'s answer told otherwise in a sentence seated elsewhere is compared with the source\'s answer on the same matter', () => {
  const texts = {
    [WIRE]: 'Oberhagen Union Bank is in talks to buy Keldra, three people familiar with the matter said. Oberhagen declined to comment.',
    b: 'The collapse of Keldra has shaken savers across the region. Oberhagen Union Bank has confirmed it is in talks to buy Keldra.',
  };
  const articles = articlesOf(texts);
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const baseline = chooseSource(articles);
  const sentence = (id: string, k: number) => spanOf(id, texts[id as keyof typeof texts], articles.find((a) => a.id === id)!.sentences[k]!.start, articles.find((a) => a.id === id)!.sentences[k]!.end);
  const talks = { id: 'c-talks', text: sentence(WIRE, 0).text, articles: [WIRE], support: [sentence(WIRE, 0)] };
  const found = compareOutsideClaims([sentence('b', 1)], [talks], tagged, byId, [], baseline);
  assert.ok(found.some((d) => d.article === 'b' && d.kind === 'meaning' && d.text.startsWith('confirmed')), JSON.stringify(found.map((d) => [d.article, d.kind, d.text])));
  // the same answer by the same party: nothing to tell
  const same = { ...texts, b: 'The collapse of Keldra has shaken savers across the region. Oberhagen Union Bank declined to comment on the talks to buy Keldra.' };
  const sameArticles = articlesOf(same);
  const sameTagged = new Map(sameArticles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const at = sameArticles[1]!.sentences[1]!;
  assert.deepEqual(compareOutsideClaims([spanOf('b', same.b, at.start, at.end)], [talks], sameTagged, new Map(sameArticles.map((article, order) => [article.id, { article, order }])), [], chooseSource(sameArticles)).filter((d) => d.kind === 'meaning'), []);
});

test('a cause asserted where the source ties the same facts more loosely, or blames another factor elsewhere', () => {
  const linked = 'Scientists have linked the decline of the cod to low-oxygen zones on the seabed.';
  const caused = flags({ [WIRE]: linked, b: linked, c: 'Low-oxygen zones on the seabed have caused the decline of the cod, scientists say.' });
  assert.ok(caused.some((f) => f.startsWith('c meaning caused')), caused.join('\n'));
  const after = 'The announcement came three weeks after Vessaria tightened controls on chip exports.';
  const retaliation = flags({ [WIRE]: after, b: after, c: 'The announcement was retaliation for Vessaria tightening controls on chip exports three weeks ago.' });
  assert.ok(retaliation.some((f) => f.startsWith('c meaning retaliation for')), retaliation.join('\n'));
  // the same tie as firm: nothing asserted
  assert.deepEqual(flags({ [WIRE]: linked, b: linked, c: 'Low-oxygen zones on the seabed have been linked to the decline of the cod, scientists say.' }).filter((f) => f.includes(' meaning ')), []);
});

test('a date that opens both readings after the same word holds the same place: a year changed there is another date', () => {
  const began = 'Work began in 2024 and the road was due to open in late 2029.';
  const found = flags({ [WIRE]: began, b: began, c: 'Work began in 2023, with opening scheduled for late 2029.' });
  assert.ok(found.some((f) => f.startsWith('c date 2023')), found.join('\n'));
  // a year alone elsewhere in a long reading is background, not paired ("since 2012" is not "in 2024")
  assert.deepEqual(flags({ [WIRE]: began, b: began, c: 'Work, planned since 2012, began in 2024, with opening scheduled for late 2029.' }).filter((f) => f.includes(' date ')), []);
});

test('a clause an outlet tells alone, in a sentence whose rest the claims hold, is compared with the source sentence it retells', () => {
  const texts = {
    [WIRE]: 'The contract goes to a consortium led by Aquenta Hydro. The plant is due to open on the headland in 2031.',
    b: 'The contract goes to a consortium led by Aquenta Hydro, and the plant is due to open on the headland in 2030.',
  };
  const articles = articlesOf(texts);
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const cut = texts.b.indexOf(', and the plant');
  const contract = { id: 'c-contract', text: 'The contract goes to a consortium led by Aquenta Hydro', articles: [WIRE, 'b'],
    support: [spanOf(WIRE, texts[WIRE], 0, articles[0]!.sentences[0]!.end), spanOf('b', texts.b, 0, cut)] };
  const clause = spanOf('b', texts.b, cut, texts.b.length);
  const found = compareOutsideClaims([clause], [contract], tagged, byId, [], chooseSource(articles));
  assert.ok(found.some((d) => d.article === 'b' && d.kind === 'date' && d.text === '2030'), JSON.stringify(found.map((d) => [d.kind, d.text])));
});

test('"she said" credits the person named just before it: a quotation given to another person is a credit moved', () => {
  const before = 'The blaze was under control by dawn, fire chief Isabel Marren said.';
  const quote = ' "Nothing at this stage points to a deliberate act," she said.';
  const wire = before + quote;
  const moved = flagsOfSentence({ [WIRE]: wire, b: wire, c: before + ' "Nothing at this stage points to a deliberate act," Colonel Anton Delsarte said.' }, 1);
  assert.ok(moved.some((f) => f.startsWith('c attribution')), moved.join('\n'));
  // the same person named, or another full name told between (whom "she" may mean): no change
  assert.deepEqual(flagsOfSentence({ [WIRE]: wire, b: wire, c: before + ' "Nothing at this stage points to a deliberate act," Marren said.' }, 1).filter((f) => f.includes(' attribution ')), []);
  const between = 'The blaze was under control by dawn, fire chief Isabel Marren said. Colonel Anna Delsarte arrived at six.';
  assert.deepEqual(flagsOfSentence({ [WIRE]: between + quote, b: between + quote, c: between + ' "Nothing at this stage points to a deliberate act," Delsarte said.' }, 2).filter((f) => f.includes(' attribution ')), []);
});

test('a rise against a fall of one thing named two ways is another event; the same move named two ways is not', () => {
  const fall = 'The finance ministry expects revenue to fall over time as manufacturers cut sugar, budget documents show.';
  const climb = flags({ [WIRE]: fall, b: fall, c: 'The finance ministry expects receipts to climb over time as more drinks are sold, budget documents show.' });
  assert.ok(climb.some((f) => f.startsWith('c meaning climb')), climb.join('\n'));
  const drop = flags({ [WIRE]: fall, b: fall, c: 'The finance ministry expects receipts to drop over time as manufacturers cut sugar, budget documents show.' });
  assert.deepEqual(drop.filter((f) => f.includes(' meaning ')), []);
});

test('a clipped word and usage variants are one word: "lab" / "laboratory", "Transportation" / "Transport", "press" / "news" conference', () => {
  const wire = 'About 3,900 cases were confirmed by laboratory tests, Transport Minister Ida Stam told a press conference.';
  const same = flags({ [WIRE]: wire, b: wire, c: 'About 3,900 cases were confirmed by lab tests, Transportation Minister Ida Stam told a news conference.' });
  assert.deepEqual(same, [], same.join('\n'));
});

test('"maths" / "math" / "mathematics" and "rail" / "railway" are one word; a rule "effective immediately" is no praise', () => {
  const wire = 'The board cancelled the mathematics paper and closed all main rail lines with immediate effect on Monday.';
  const same = flags({ [WIRE]: wire, b: wire, c: 'The board cancelled the math paper and closed all main railway lines, effective immediately, on Monday.' });
  assert.deepEqual(same.filter((f) => / (?:entity|framing) /.test(f)), [], same.join('\n'));
});

test('a source kept unnamed on purpose is one detail however worded: "speaking on condition of anonymity" / "who asked not to be named"', () => {
  const wire = 'A police official, speaking on condition of anonymity, said the three suspects had been under surveillance for weeks.';
  const same = flags({ [WIRE]: wire, b: wire, c: 'A police official, who asked not to be named, said the three suspects had been under surveillance for weeks.' });
  assert.deepEqual(same.filter((f) => / detail_/.test(f)), [], same.join('\n'));
});

test('words an acronym of the other wording spells are that acronym: "artificial intelligence company" / "AI company"', () => {
  const wire = 'A court ruled on Thursday that artificial intelligence company Nomix infringed copyright by training its AI models on pirated books.';
  const same = flags({ [WIRE]: wire, b: wire, c: 'A court ruled Thursday that AI company Nomix infringed copyright by training its AI models on pirated books.' });
  assert.deepEqual(same.filter((f) => f.includes(' detail_')), [], same.join('\n'));
  // words no acronym there spells are still dropped
  const plain = 'A court ruled on Thursday that artificial intelligence company Nomix infringed copyright by training its models on pirated books.';
  const dropped = flags({ [WIRE]: plain, b: plain, c: 'A court ruled Thursday that company Nomix infringed copyright by training its models on pirated books.' });
  assert.ok(dropped.some((f) => f.startsWith('c detail_dropped')), dropped.join('\n'));
});

// The outlet's second sentence as an outlet-only passage, against the source's sentences (none seated with it).
function outsideClaims(texts: Record<string, string>): string[] {
  const articles = articlesOf(texts);
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const b = articles.find((a) => a.id === 'b')!;
  const passage = spanOf('b', b.text, b.sentences[1]!.start, b.sentences[1]!.end);
  return compareOutsideClaims([passage], [], tagged, byId, [], chooseSource(articles)).filter((d) => d.kind === 'meaning').map((d) => `${d.article} ${d.kind} ${d.text}`);
}

test('an act the source denies, told as done in a sentence seated elsewhere, on the same thing, is a change of meaning', () => {
  const wire = 'Pelmora\'s coast guard said it was too early to say whether the damage was deliberate. It said it had not boarded the Saranth Glory, which was outside Pelmoran waters.';
  const boarded = outsideClaims({ [WIRE]: wire, b: 'Both cables were cut on Sunday night. Coast guard officers boarded the Saranth Glory on Monday and questioned its crew.' });
  assert.deepEqual(boarded, ['b meaning boarded']);
  const refunded = outsideClaims({
    [WIRE]: 'The auction house sold 2,300 counterfeit bottles over four years. It has since refunded 96 buyers and withdrawn the remaining lots.',
    b: 'Buyers paid up to 40,000 euros a bottle. The auction house has refused to refund buyers who bought at its spring sales.',
  });
  assert.deepEqual(refunded, ['b meaning refused to refund']);
});

test('an act told both ways by the source, done to another thing, or under a condition is no denial turned around', () => {
  // the source writes the verb twice: two acts, or one told both ways
  const twice = outsideClaims({
    [WIRE]: 'The founder did not sell any shares in the offering. The company raised 8 billion vells by selling 200 million new shares.',
    b: 'Trading opened strongly on Wednesday. The company is selling 200 million new shares at the top of its range.',
  });
  assert.deepEqual(twice, []);
  // another thing: "did not board the tanker" / "boarded the ferry"
  const other = outsideClaims({ [WIRE]: 'The navy said it was monitoring the strait. It said it had not boarded the tanker, which was in international waters.', b: 'Ships were diverted on Monday. Navy officers boarded the ferry on Monday and questioned its crew.' });
  assert.deepEqual(other, []);
  // a condition: "if the ransom is not paid" tells no act either way
  const condition = outsideClaims({
    [WIRE]: 'The group demanded a ransom of 1.8 million euros. The council said the ransom had been paid by its insurer on Friday.',
    b: 'The attack shut the council\'s systems for a week. The group threatened to publish the files if the ransom is not paid within seven days.',
  });
  assert.deepEqual(condition, []);
});

test('a denial carried over "been able to", and a choice against an act, deny the act as "unable to" and "not to" do', () => {
  const unable = 'Search teams had not been able to reach the area by nightfall.';
  const same = flags({ [WIRE]: unable, b: 'Search teams have been unable to reach the area by nightfall.', c: unable });
  assert.deepEqual(same.filter((f) => f.includes(' meaning ')), [], same.join('\n'));
  const against = 'Last year the council decided not to build a sea wall at Saltholm.';
  const alike = flags({ [WIRE]: against, b: 'Last year the council decided against building a sea wall at Saltholm.', c: against });
  assert.deepEqual(alike.filter((f) => f.includes(' meaning ')), [], alike.join('\n'));
  // against a choice to build, it is the opposite
  const built = 'Last year the council decided to build a sea wall at Saltholm.';
  const opposite = flags({ [WIRE]: built, b: 'Last year the council decided against building a sea wall at Saltholm.', c: built });
  assert.ok(opposite.some((f) => f.startsWith('b meaning decided against')), opposite.join('\n'));
});

test('a second description of a person beside the title both give is no other title', () => {
  const mayor = 'The mayor resigned on Monday after a vote of no confidence.';
  const second = flags({ [WIRE]: mayor, b: 'The mayor, a former teacher, resigned on Monday after a vote of no confidence.', c: mayor });
  assert.deepEqual(second.filter((f) => f.includes(' entity ')), [], second.join('\n'));
  // in place of the title, another one is
  const swapped = flags({ [WIRE]: mayor, b: 'The governor resigned on Monday after a vote of no confidence.', c: mayor });
  assert.ok(swapped.some((f) => f.startsWith('b entity governor')), swapped.join('\n'));
});
