// Property test (issue 9): analyze never throws on any text. Random texts and mutated copies of the bundled
// example go through the reading path the CLI uses (bytes -> documents -> clean -> segment) and then
// analyzeArticles with embeddings off; each run gives a report whose spans point at their words, or an input
// is refused with an InputError; any other exception fails. FC_SEED replays a run, FC_RUNS scales it up,
// FC_SHRINK=1 shrinks a failure to a small counterexample (slow; off by default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Article, RawDocument, Report } from '../model/index.ts';
import { spannedText } from '../model/index.ts';
import type { Baseline } from '../compare/choose-source.ts';
import { bytesToDocuments } from '../ingest/bytes-to-documents.ts';
import { InputError } from '../ingest/input-error.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticles } from './build-articles.ts';
import { analyzeArticles } from './analyze.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = process.env.FC_SEED === undefined ? 20260304 : Number(process.env.FC_SEED);
// FC_RUNS is the mutated-bundle count; random bundles are cheaper and get about twice as many.
const mutatedRuns = process.env.FC_RUNS === undefined ? 80 : Number(process.env.FC_RUNS);
const randomRuns = Math.round(mutatedRuns * 1.9);

/** How one text reaches the cleaner: as a file's bytes, a JSON Lines item (it carries lone surrogates), or as is. */
type Carrier = 'txt' | 'html' | 'jsonl' | 'document';
interface Input { readonly text: string; readonly carrier: Carrier }

const MAX_BYTES = 10 * 1024 * 1024;
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The documents of one input, read as the CLI reads a file; only an InputError may refuse it. */
function documentsOf({ text, carrier }: Input, i: number): readonly RawDocument[] {
  const source = `input-${i}.${carrier === 'document' ? 'txt' : carrier}`;
  if (carrier === 'document') return [{ source, format: 'text', body: text, meta: {} }];
  const body = carrier === 'jsonl' ? JSON.stringify({ title: 'Story', text })
    : carrier === 'html' ? `<!DOCTYPE html><html><head><title>Story</title></head><body><article>${text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`
      : text;
  try {
    return bytesToDocuments(Buffer.from(body, 'utf8'), { source, name: source, maxBytes: MAX_BYTES, maxItems: 500 }).documents;
  } catch (error) {
    // the CLI names such an input on stderr and reads the others
    if (error instanceof InputError) return [];
    throw error;
  }
}

/** Read and analyse a bundle: the report, or null when no input gave an article (the CLI exits 1 then). */
async function analyzeInputs(inputs: readonly Input[], baseline: Baseline): Promise<Report | null> {
  const { articles } = buildArticles(inputs.flatMap(documentsOf));
  return articles.length === 0 ? null : analyzeArticles(articles, { embedBudget: 0, baseline });
}

/** Every span-shaped object anywhere in the report, past the articles themselves. */
function spansIn(value: unknown, out: { article: string; start: number; end: number; text: string; field?: 'title' }[] = []): typeof out {
  if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.article === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ article: o.article, start: o.start, end: o.end, text: o.text, ...(o.field === 'title' ? { field: 'title' as const } : {}) });
    }
    for (const v of Object.values(o)) spansIn(v, out);
  }
  return out;
}

let spansChecked = 0;

/** The report's invariants: every span's words are its article's text at its offsets; every range is inside its text. */
function checkReport(report: Report): void {
  const byId = new Map(report.articles.map((a: Article) => [a.id, a]));
  const { articles: _articles, ...rest } = report;
  for (const span of spansIn(rest)) {
    // a headline finding's offsets are in the title
    const article = byId.get(span.article);
    const text = article && spannedText(article, span);
    assert.ok(text !== undefined, `span names an unknown article "${span.article}"`);
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `span [${span.start}, ${span.end}) outside a text of length ${text.length}`);
    assert.equal(text.slice(span.start, span.end), span.text);
    spansChecked++;
  }
  for (const a of report.articles) {
    for (const r of [...a.paragraphs, ...a.sentences]) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= a.text.length, `range [${r.start}, ${r.end}) outside article ${a.source}`);
  }
  JSON.stringify(report);
}

/** The property: a report that holds its invariants, or a refusal by InputError; nothing else. */
async function holds(inputs: readonly Input[], baseline: Baseline): Promise<void> {
  let report: Report | null;
  try {
    report = await analyzeInputs(inputs, baseline);
  } catch (error) {
    if (error instanceof InputError) return;
    throw error;
  }
  if (report) checkReport(report);
}

// --- arbitraries ---

const carrier = fc.constantFrom<Carrier>('txt', 'txt', 'document', 'document', 'jsonl', 'html');
const baseline = fc.constantFrom<Baseline>('wire', 'wire', 'earliest', 'majority');

const ODD = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e',
  '\u2028', '\u2029', '\u3000', '\ufeff', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff', '\u0301', '😀', '👍🏽', 'ﬁ', 'ß', 'İ', 'Σ', 'ǅ'];
const oddChar = fc.constantFrom(...ODD);
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const WORDS = ['the', 'bridge', 'was', 'delayed', 'said', 'officials', 'according', 'to', 'some', 'several', 'all', 'may', 'reportedly', 'not', 'about', 'nearly',
  'more', 'than', 'percent', 'million', 'billion', 'dollars', 'cracks', 'in', 'of', 'on', 'after', 'report', 'would', 'could', 'suspected', 'alleged', 'told'];
const CAPS = ['S', 'X', 'I', 'A', 'The', 'Monday', 'Word', 'Bridge', 'Halverston', 'Port', 'Authority', 'Reuters', 'AP', 'Paul', 'Hadley', 'NATO', 'McDonald', "O'Neil", 'Jean-Luc'];
const ABBREVIATIONS = ['U.S.', 'U.S', 'Jan.', 'Feb.', 'Sept.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'No.', 'vs.', 'Gen.', 'Inc.', 'e.g.', 'i.e.', 'a.m.', 'p.m.', 'Ph.D.', 'etc.'];
const PUNCT = ['.', '. ', '.', '!', '?', ',', ';', ':', '—', '–', '-', '...', '…', '(', ')', '[', ']', '"', '“', '”', "'", '‘', '’', '«', '»', '/', '|', '*', '#', '@', '&'];
const SPACE = [' ', ' ', ' ', ' ', '\n', '\n\n', '\t', '  ', '\r\n', '\n \n'];
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('en')),
  fc.tuple(fc.double({ min: 0, max: 1e4, noNaN: true, noDefaultInfinity: true }), fc.nat(3)).map(([d, places]) => d.toFixed(places)),
  fc.constantFrom('0', '00', '1.2', '.5', '3,', '1,000,000', '2026', '1e9', '½', '٣', '42nd', '3rd', 'thirty-two', 'one', 'a dozen'),
);
const money = fc.tuple(fc.constantFrom('$', '€', '£', '¥', 'US$', 'C$', '₹'), number, fc.constantFrom('', ' million', ' billion', 'm', 'bn', ' percent', '%', ' points'))
  .map(([c, n, s]) => `${c}${n}${s}`);
const date = fc.oneof(
  fc.tuple(fc.constantFrom('Jan.', 'Feb.', 'March', 'Sept.', 'Dec.', 'May'), fc.integer({ min: 0, max: 40 }), fc.constantFrom('', ', 2026', ' 1999', 'th', 'rd')).map(([m, d, y]) => `${m} ${d}${y}`),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-03-04', '3/4/26', '04.03.2026', 'last Monday', 'on Tuesday', 'yesterday', '6:40 AM GMT', '24:61', 'March 4 (Reuters) -', 'Feb. 29, 2025'),
);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 8 },
  { arbitrary: fc.constantFrom(...CAPS), weight: 4 },
  { arbitrary: fc.constantFrom(...ABBREVIATIONS), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 4 },
  { arbitrary: number, weight: 2 },
  { arbitrary: money, weight: 1 },
  { arbitrary: date, weight: 1 },
  { arbitrary: oddChar, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
);
const wordSoup = fc.array(fc.tuple(token, fc.constantFrom(...SPACE, '', '', ' ', ' ')), { maxLength: 200 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
const randomText = fc.oneof(
  { arbitrary: wordSoup, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.oneof(oddChar, fc.constantFrom(...PUNCT, ...SPACE, 'a', 'S')), maxLength: 100 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\n\n\n', '\t \r\n', '.', 'S', 'X.', 'Word', 'U.S.', '"', 'The ferry was delayed. S', 'The ferry was delayed. Monday', '$', '1'), weight: 1 },
);

// The example's articles, read once the way the CLI reads them.
const examples = await (async () => {
  const { documents } = await ingest([join(root, 'examples/harbor-bridge')]);
  return buildArticles(documents).articles;
})();
const exampleTexts = examples.map((a) => a.text);
const exampleText = (source: string): string => examples.find((a) => a.source.endsWith(source))!.text;

/** One edit to a text; positions are fractions of its length or counts of its sentences. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-sentence' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-sentence' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-sentences' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.oneof(fc.string({ unit: codeUnit, maxLength: 12 }), oddChar, token) }),
  fc.record({ kind: fc.constant('change-numbers' as const), by: number }),
  fc.record({ kind: fc.constant('uppercase' as const) }),
  fc.record({ kind: fc.constant('join-lines' as const) }),
  fc.record({ kind: fc.constant('repeat-sentence' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 120 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?]["”’]?)\s+/);
const pick = <T>(list: readonly T[], at: number): T => list[at % list.length]!;

function mutate(text: string, m: Mutation): string {
  const sentences = sentencesOf(text);
  const at = (f: number): number => Math.floor(f * text.length);
  switch (m.kind) {
    case 'delete-sentence': return sentences.filter((_, i) => i !== m.at % sentences.length).join(' ');
    case 'duplicate-sentence': return sentences.flatMap((s, i) => (i === m.at % sentences.length ? [s, s] : [s])).join(' ');
    case 'swap-sentences': {
      const i = m.at % sentences.length;
      const j = m.with % sentences.length;
      const out = [...sentences];
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out.join(' ');
    }
    case 'truncate': return text.slice(0, at(m.at));
    case 'insert': return text.slice(0, at(m.at)) + m.what + text.slice(at(m.at));
    case 'change-numbers': return text.replace(/\d+(?:[.,]\d+)*/g, (n, offset: number) => (offset % 2 === 0 ? m.by : n));
    case 'uppercase': return text.toUpperCase();
    case 'join-lines': return text.replace(/\s*\n\s*/g, ' ');
    case 'repeat-sentence': return [...sentences, ...Array.from({ length: m.times }, () => pick(sentences, m.at))].join(' ');
  }
}

const mutatedArticle = fc.record({ from: fc.nat(), edits: fc.array(mutation, { maxLength: 4 }), carrier })
  .map(({ from, edits, carrier }): Input => ({ text: edits.reduce(mutate, pick(exampleTexts, from)), carrier }));

test('the example is read into several articles to mutate', () => {
  assert.ok(exampleTexts.length >= 5);
});

test('analyze reads a text ending in one capitalised word, or made of one word, without throwing', async () => {
  const wire = exampleTexts[0]!;
  for (const odd of ['The bridge reopened on Monday. The ferry was delayed. S', `${wire} S`, 'Word', 'X', 'Bridge', 'The ferry was delayed. Monday']) {
    for (const bundle of [[odd], [odd, wire], [wire, odd, exampleTexts[1]!]]) {
      const report = await analyzeInputs(bundle.map((text) => ({ text, carrier: 'txt' })), 'wire');
      // A one-word file alone may be refused as not text; beside an article there is always a report.
      if (bundle.length > 1) assert.ok(report, `no report for ${JSON.stringify(odd)} beside the example`);
      if (report) checkReport(report);
    }
  }
});

test('a word glued to the start of a rewrite gives no backwards span (a reordered wording\'s words are not in text order)', async () => {
  // found by this test: "report" + Bayline's text beside Coastline's and PortWatch's gave a detail-added finding
  // whose counterpart span ran from character 260 back to 3
  const texts = [exampleText('02-coastline-daily.txt'), exampleText('05-portwatch-briefwire.jsonl#1'), `report${exampleText('03-bayline-news.txt')}`];
  const report = await analyzeInputs(texts.map((text) => ({ text, carrier: 'txt' })), 'wire');
  assert.ok(report);
  checkReport(report);
});

test('analyze never throws on random texts: a report whose spans hold, or an InputError', { timeout: 600_000 }, async () => {
  const bundle = fc.array(fc.record({ text: randomText, carrier }), { minLength: 1, maxLength: 6 });
  const withExample = fc.tuple(bundle, fc.boolean(), carrier).map(([inputs, add, c]) => (add ? [{ text: exampleTexts[0]!, carrier: c }, ...inputs] : inputs));
  await fc.assert(fc.asyncProperty(withExample, baseline, holds), { numRuns: randomRuns, seed, endOnFailure: process.env.FC_SHRINK === undefined, includeErrorInReport: true });
});

test('analyze never throws on mutated copies of the example: a report whose spans hold, or an InputError', { timeout: 600_000 }, async () => {
  const before = spansChecked;
  await fc.assert(fc.asyncProperty(fc.array(mutatedArticle, { minLength: 2, maxLength: 6 }), baseline, holds), { numRuns: mutatedRuns, seed, endOnFailure: process.env.FC_SHRINK === undefined, includeErrorInReport: true });
  assert.ok(spansChecked > before, 'the mutated bundles gave no span to check');
});
