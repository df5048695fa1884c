import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Range } from '../model/span.ts';
import { segment } from './segment.ts';
import type { Segments } from './segment.ts';

const SPACE = /\s/;

/** The invariants every segmentation must keep, whatever the text. */
function assertInvariants(text: string, { paragraphs, sentences }: Segments): void {
  const checkList = (ranges: Range[], what: string) => {
    let previousEnd = 0;
    for (const r of ranges) {
      assert.ok(r.start < r.end, `${what} [${r.start}, ${r.end}) is empty`);
      assert.ok(r.start >= previousEnd, `${what} [${r.start}, ${r.end}) overlaps or is out of order`);
      assert.ok(!SPACE.test(text[r.start]!) && !SPACE.test(text[r.end - 1]!), `${what} is not trimmed`);
      previousEnd = r.end;
    }
    assert.ok(previousEnd <= text.length);
  };
  checkList(paragraphs, 'paragraph');
  checkList(sentences, 'sentence');
  let p = 0;
  for (const s of sentences) {
    while (paragraphs[p] !== undefined && paragraphs[p]!.end <= s.start) p++;
    const paragraph = paragraphs[p];
    assert.ok(paragraph && paragraph.start <= s.start && s.end <= paragraph.end, `sentence ${JSON.stringify(text.slice(s.start, s.end))} crosses a paragraph boundary`);
  }
  const covered = new Uint8Array(text.length);
  for (const s of sentences) covered.fill(1, s.start, s.end);
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i]!)) assert.equal(covered[i], 1, `character ${i} ${JSON.stringify(text[i])} is in no sentence`);
  }
}

function sentencesOf(text: string): string[] {
  const segments = segment(text);
  assertInvariants(text, segments);
  return segments.sentences.map((s) => text.slice(s.start, s.end));
}

// [what it checks, input, expected sentences]; the sentences are ours, written for these traps
const CASES: Array<[string, string, string[]]> = [
  ['months before a day', 'The vote was held on Jan. 3 and again on Feb. 21. It failed twice.', ['The vote was held on Jan. 3 and again on Feb. 21.', 'It failed twice.']],
  ['month then day ending a sentence', 'Talks resume on Sept. 5. The envoy will attend.', ['Talks resume on Sept. 5.', 'The envoy will attend.']],
  ['month, day and year', 'It opened on Dec. 14, 2019. Few came.', ['It opened on Dec. 14, 2019.', 'Few came.']],
  ['dotted acronyms before names', 'The U.S. Senate and the U.N. Security Council met. The U.K. Treasury did not.', ['The U.S. Senate and the U.N. Security Council met.', 'The U.K. Treasury did not.']],
  ['dotted acronym before a digit or lowercase', 'The U.S. 10-year yield rose as U.S. officials watched.', ['The U.S. 10-year yield rose as U.S. officials watched.']],
  ['dotted acronym ending a sentence', 'The ships sailed for the U.S. The crews stayed home.', ['The ships sailed for the U.S.', 'The crews stayed home.']],
  ['titles', 'Dr. Amara Osei met Mrs. Lind, Gov. Park, Sen. Ruiz, Rep. Hale, Gen. Ito and Lt. Col. Brandt. St. Paul was next.', ['Dr. Amara Osei met Mrs. Lind, Gov. Park, Sen. Ruiz, Rep. Hale, Gen. Ito and Lt. Col. Brandt.', 'St. Paul was next.']],
  ['Mr. at the start', 'Mr. Varga declined to comment.', ['Mr. Varga declined to comment.']],
  ['No. before a number', 'She is ranked No. 5 in the world. No. 1 is her coach.', ['She is ranked No. 5 in the world.', 'No. 1 is her coach.']],
  ['company suffixes mid-sentence', 'Orbital Inc. and Fenwick Corp. signed with Maple Ltd. and Tern Co. on Friday.', ['Orbital Inc. and Fenwick Corp. signed with Maple Ltd. and Tern Co. on Friday.']],
  ['company suffix ending a sentence', 'The contract went to Fenwick Corp. Shares fell.', ['The contract went to Fenwick Corp.', 'Shares fell.']],
  ['vs. and etc.', 'It was the city vs. Harlow County over roads, bridges, etc. and nobody won.', ['It was the city vs. Harlow County over roads, bridges, etc. and nobody won.']],
  ['etc. ending a sentence', 'They brought tents, stoves, etc. The rain came anyway.', ['They brought tents, stoves, etc.', 'The rain came anyway.']],
  ['a.m. before a day or zone', 'The polls open at 7 a.m. Tuesday and close at 8 p.m. ET. Turnout is expected to be high.', ['The polls open at 7 a.m. Tuesday and close at 8 p.m. ET.', 'Turnout is expected to be high.']],
  ['a.m. ending a sentence', 'The blast came at 9 a.m. The mayor arrived an hour later.', ['The blast came at 9 a.m.', 'The mayor arrived an hour later.']],
  ['p.m. mid-sentence', 'By 6 p.m. the square was empty.', ['By 6 p.m. the square was empty.']],
  ['initials', 'John F. Kennedy and J.R.R. Tolkien were mentioned. So was H. G. Wells.', ['John F. Kennedy and J.R.R. Tolkien were mentioned.', 'So was H. G. Wells.']],
  ['lone capital ending a sentence', 'They switched to plan B. The old plan was dropped.', ['They switched to plan B.', 'The old plan was dropped.']],
  ['vitamin-style letter', 'The pills contain vitamin C. Doctors were doubtful.', ['The pills contain vitamin C.', 'Doctors were doubtful.']],
  ['decimals and money', 'Output rose 3.5 percent to $1.2 billion. Costs were flat at €0.9 million.', ['Output rose 3.5 percent to $1.2 billion.', 'Costs were flat at €0.9 million.']],
  ['ellipsis mid-sentence', 'He paused... and then kept talking.', ['He paused... and then kept talking.']],
  ['quote spanning sentences', 'She said: "We are leaving. It is over." Then she left.', ['She said: "We are leaving. It is over."', 'Then she left.']],
  ['curly quote spanning sentences with attribution', '“We tried. We failed,” the minister said. Talks ended.', ['“We tried. We failed,” the minister said.', 'Talks ended.']],
  ['sentence ending inside a quotation', 'The chief called it "a disgrace." The board disagreed.', ['The chief called it "a disgrace."', 'The board disagreed.']],
  ['closing curly quote belongs before', 'He called the plan “dead.” Aides did not respond.', ['He called the plan “dead.”', 'Aides did not respond.']],
  ['closing bracket belongs before', 'The bill passed (narrowly.) Opponents vowed to appeal. (Two abstained.) Debate ended.', ['The bill passed (narrowly.)', 'Opponents vowed to appeal.', '(Two abstained.)', 'Debate ended.']],
  ['question in a quotation then lowercase', '"Why now?" she asked. "Because!" he replied.', ['"Why now?" she asked.', '"Because!" he replied.']],
  ['exclamation in a quotation then a named speaker', '“Not one more day!” Ortega wrote on Monday. Aides were silent.', ['“Not one more day!” Ortega wrote on Monday.', 'Aides were silent.']],
  ['attributed quotation then a new sentence', 'Lee said, “We left on time.” He added that the train was full.', ['Lee said, “We left on time.”', 'He added that the train was full.']],
  ['quotation then a new sentence', '“We are done.” The talks collapsed a day later.', ['“We are done.”', 'The talks collapsed a day later.']],
  ['URLs and emails', 'Details are at www.example.org/report.html and data.gov.example. Write to press.office@example.com for more.', ['Details are at www.example.org/report.html and data.gov.example.', 'Write to press.office@example.com for more.']],
  ['heading paragraph without a period', 'Talks in the capital\n\nThe delegates met on Monday. They left Tuesday.', ['Talks in the capital', 'The delegates met on Monday.', 'They left Tuesday.']],
  ['heading line inside a paragraph', 'What happens next\nOfficials will meet again.', ['What happens next', 'Officials will meet again.']],
  ['numbered and bulleted list', 'The plan has three parts:\n1. Cut rates.\n2. Raise spending.\n• Review in May.', ['The plan has three parts:', '1. Cut rates.', '2. Raise spending.', '• Review in May.']],
  ['brand starting lowercase', 'The phone shipped in 2020. iPhone rivals followed.', ['The phone shipped in 2020. iPhone rivals followed.']],
  ['plain question and exclamation', 'Is it safe? Nobody knows! The report is due.', ['Is it safe?', 'Nobody knows!', 'The report is due.']],
];

for (const [what, input, expected] of CASES) {
  test(`segment: ${what}`, () => {
    assert.deepEqual(sentencesOf(input), expected);
  });
}

test('segment: paragraphs split at blank lines, however many, and sentences stay inside them', () => {
  const text = '  First part. Still first.\n\n\n Second part\n \n\tThird part.  ';
  const { paragraphs, sentences } = segment(text);
  assert.deepEqual(paragraphs.map((p) => text.slice(p.start, p.end)), ['First part. Still first.', 'Second part', 'Third part.']);
  assert.equal(sentences.length, 4);
  assertInvariants(text, { paragraphs, sentences });
});

test('segment: text with single line breaks only is read one paragraph per line', () => {
  const text = 'A title\nThe first paragraph. It has two sentences.\nThe second paragraph.';
  const { paragraphs, sentences } = segment(text);
  assert.deepEqual(paragraphs.map((p) => text.slice(p.start, p.end)), ['A title', 'The first paragraph. It has two sentences.', 'The second paragraph.']);
  assert.equal(sentences.length, 4);
});

test('segment: empty and blank text have no segments', () => {
  assert.deepEqual(segment(''), { paragraphs: [], sentences: [] });
  assert.deepEqual(segment(' \n\n \t'), { paragraphs: [], sentences: [] });
});

test('segment: a quotation left open at the paragraph end joins nothing', () => {
  assert.deepEqual(sentencesOf('“We will stay. We will fight.\n\n“We will win,” she said.'), ['“We will stay.', 'We will fight.', '“We will win,” she said.']);
});

test('segment: a very long quotation keeps its sentences apart', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} of the speech goes on.`).join(' ');
  assert.equal(sentencesOf(`She said: "${long}" Then she sat down.`).length, 13);
});

test('segment: offsets are UTF-16 indices, past astral characters too', () => {
  const text = 'Fans cheered 🎉 loudly. The team 🏆 won.';
  const { sentences } = segment(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Fans cheered 🎉 loudly.', 'The team 🏆 won.']);
});

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = join(here, '../../../shared/seeds');
const exampleDir = join(here, '../../examples/harbor-bridge');

/** Texts of a folder: each .txt file whole, and the `text` of every JSON line of each .jsonl file. */
function textsIn(dir: string): Array<[string, string]> {
  return readdirSync(dir).sort().flatMap((name): Array<[string, string]> => {
    const raw = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.txt')) return [[name, raw]];
    if (!name.endsWith('.jsonl')) return [];
    return raw.split('\n').filter((l) => l.trim() !== '').map((l, i) => [`${name}#${i + 1}`, String((JSON.parse(l) as { text: unknown }).text)]);
  });
}

// forms that must never hold a sentence boundary: "Feb. 26", "Sept. 11", "U.S. Department",
// "Dr. Lee", "$1.2 billion", "2.3-kilometer"
const TRAPS = /\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. \d+|\bU\.[SKN]\.(?= \p{Ll}| \d| (?!The |He |She |It |They |We |But )\p{Lu})(?: \S+)?|\b(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep)\. \p{Lu}\S*|\$?\d+\.\d+(?:-\p{L}+| (?:billion|million|percent))?/gu;

/** Assert the invariants and that every trap form lies inside one sentence; count sentences and traps. */
function assertTrapsWhole(name: string, text: string): { sentences: number; traps: number } {
  const segments = segment(text);
  assertInvariants(text, segments);
  let traps = 0;
  for (const m of text.matchAll(TRAPS)) {
    const end = m.index + m[0].length;
    const inside = segments.sentences.some((s) => s.start <= m.index && end <= s.end);
    assert.ok(inside, `${name}: ${JSON.stringify(m[0])} at ${m.index} is split between sentences`);
    traps++;
  }
  return { sentences: segments.sentences.length, traps };
}

test('segment: in the seed articles, dates, "U.S.", titles and decimals stay inside one sentence', () => {
  const seeds = textsIn(seedsDir);
  assert.ok(seeds.length >= 5, 'the seed articles are readable');
  let traps = 0;
  for (const [name, text] of seeds) {
    const found = assertTrapsWhole(name, text);
    assert.ok(found.sentences >= 10, `${name} has sentences`);
    traps += found.traps;
  }
  assert.ok(traps >= 20, `the seeds hold trap forms to check (${traps})`);
});

test('segment: in the example bundle, dates, "U.S.", titles and decimals stay inside one sentence', () => {
  const examples = textsIn(exampleDir);
  assert.ok(examples.length >= 4, 'the example texts are readable');
  let traps = 0;
  for (const [name, text] of examples) {
    const found = assertTrapsWhole(name, text);
    assert.ok(found.sentences >= 5, `${name} has sentences`);
    traps += found.traps;
  }
  assert.ok(traps >= 10, `the examples hold trap forms to check (${traps})`);
});

test('segment: no seed sentence ends on "Jan." or "U.S." before a lowercase word or a digit', () => {
  for (const [name, text] of textsIn(seedsDir)) {
    const { sentences } = segment(text);
    for (let i = 0; i + 1 < sentences.length; i++) {
      const left = text.slice(sentences[i]!.start, sentences[i]!.end);
      const right = text.slice(sentences[i + 1]!.start, sentences[i + 1]!.end);
      const abbreviated = /(?:^|\s)(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N|Mr|Mrs|Dr|Gen|Gov|Sen)\.$/.test(left);
      assert.ok(!(abbreviated && /^[\p{Ll}\p{Nd}]/u.test(right)), `${name}: split between ${JSON.stringify(left.slice(-30))} and ${JSON.stringify(right.slice(0, 30))}`);
    }
  }
});

test('a sentence opening with a figure is a sentence of its own; a figure after an abbreviation is not', () => {
  const text = 'She tested positive in 2023. 30 athletes were banned that year. No. 3 seed Lind lost on Jan. 3 2020. The fee is approx. 40 euros. Prices rose 3.5%. 12 firms failed.';
  const sentences = segment(text).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['She tested positive in 2023.', '30 athletes were banned that year.', 'No. 3 seed Lind lost on Jan. 3 2020.', 'The fee is approx. 40 euros.', 'Prices rose 3.5%.', '12 firms failed.']);
});
