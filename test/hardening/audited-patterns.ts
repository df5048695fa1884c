// Every function that holds regular expressions input text reaches, by the source files it covers, run on
// one adversarial text. regex-audit.test.ts runs each in a worker under a watchdog.
import type { Article, RawDocument } from '../../src/model/index.ts';
import { TEXT_RULES } from '../../src/clean/text/clean-text.ts';
import { splitLines } from '../../src/clean/text/split-lines.ts';
import { parseCreditLine } from '../../src/clean/text/parse-credit-line.ts';
import { parseDateline } from '../../src/clean/text/parse-dateline.ts';
import { readNames } from '../../src/clean/text/read-names.ts';
import { findCredit } from '../../src/clean/text/find-credit.ts';
import { promptReason } from '../../src/clean/text/prompt-lexicon.ts';
import { endsSentence } from '../../src/clean/text/ends-sentence.ts';
import { wordsOf } from '../../src/clean/text/words-of.ts';
import { normaliseLine } from '../../src/clean/text/normalise-line.ts';
import { startsWithPhrase } from '../../src/clean/text/starts-with-phrase.ts';
import { LEXICON } from '../../src/clean/text/boilerplate-lexicon.ts';
import { BLOCK_RULES } from '../../src/clean/html/block-rules.ts';
import { cleanHtml } from '../../src/clean/html/clean-html.ts';
import { cleanText } from '../../src/clean/text/clean-text.ts';
import { flattenDeepHtml } from '../../src/clean/html/flatten-deep-html.ts';
import { stripSiteSuffix } from '../../src/clean/html/strip-site-suffix.ts';
import { toUtcIso } from '../../src/clean/html/to-utc-iso.ts';
import { summarise } from '../../src/clean/html/summarise.ts';
import { readWireOutlet } from '../../src/clean/read-wire-outlet.ts';
import { chooseLanguage, detectLanguage } from '../../src/clean/detect-language.ts';
import { isCommentHeading, isTeaserHeading, labelReason } from '../../src/clean/phrases/label-reason.ts';
import { promptKind } from '../../src/clean/phrases/prompt-kind.ts';
import { readBylineLine } from '../../src/clean/phrases/read-byline-line.ts';
import { hasPublishedLabel, isDateLine, readWrittenDate } from '../../src/clean/phrases/written-date.ts';
import { junkReason } from '../../src/clean/junk-reason.ts';
import { removeBundleBoilerplate } from '../../src/clean/bundle/remove-bundle-boilerplate.ts';
import { sniffText } from '../../src/ingest/sniff-text.ts';
import { bytesToDocuments } from '../../src/ingest/bytes-to-documents.ts';
import { trimRange } from '../../src/model/span.ts';
import { sniffBinary } from '../../src/ingest/sniff-binary.ts';
import { parseJsonl } from '../../src/ingest/parse-jsonl.ts';
import { parseFeed } from '../../src/ingest/parse-feed.ts';
import { findDeclaredCharset, charsetOfContentType } from '../../src/ingest/find-declared-charset.ts';
import { toIsoDate } from '../../src/ingest/to-iso-date.ts';
import { decodeBytes } from '../../src/ingest/decode-bytes.ts';
import { globMatcher, hasGlobMagic } from '../../src/ingest/glob-matcher.ts';
import { isSupportedFileName } from '../../src/ingest/is-supported-file-name.ts';
import { isPrivateAddress } from '../../src/ingest/is-private-address.ts';
import { describeNetworkError } from '../../src/ingest/describe-network-error.ts';
import { segment } from '../../src/segment/segment.ts';
import { splitClauses } from '../../src/segment/split-clauses.ts';
import { isResponseClause } from '../../src/segment/response-clauses.ts';
import { extractMentions } from '../../src/extract/extract-mentions.ts';
import { buildArticles } from '../../src/pipeline/build-articles.ts';
import { analyzeArticles } from '../../src/pipeline/analyze.ts';
import { articleId } from '../../src/pipeline/article-id.ts';
import { formatTerminal } from '../../src/report/format-terminal.ts';
import { formatMarkdown } from '../../src/report/format-markdown.ts';
import { formatCsv } from '../../src/report/format-csv.ts';
import { formatHtml } from '../../src/report/format-html.ts';
import { formatJson } from '../../src/report/format-json.ts';
import { formatArticleListing } from '../../src/report/format-article-listing.ts';
import { terminalSafe } from '../../src/report/terminal-safe.ts';
import { stderrSafe } from '../../src/report/stderr-safe.ts';
import { stemWord } from '../../src/text/stem-word.ts';
import { storyFeatures } from '../../src/stories/story-features.ts';
import { jsonParam, storableText } from '../../src/store/storable.ts';
import { articleKey, contentHash } from '../../src/store/version-keys.ts';
import { redactUrl } from '../../src/store/open-postgres.ts';
import { isoOf } from '../../src/store/read-versions.ts';
import { parsePasted } from '../../src/web/paste-page.ts';
import { html } from '../../src/web/html.ts';
import { credentialOf } from '../../src/serve/app.ts';
import { isLoopback } from '../../src/serve/start-server.ts';
import { StoryQuerySchema } from '../../src/serve/api-schemas.ts';
import { paths } from '../../src/serve/permalinks.ts';
import { outletLabel } from '../../src/stories/summarize-stories.ts';
import { formatStories } from '../../src/report/format-stories.ts';
import { feedOutlet } from '../../src/ingest/feed-outlet.ts';
import { comparePublished, isDayOnly } from '../../src/model/published.ts';
import { diffVersions } from '../../src/edits/diff-versions.ts';
import { wordDiff } from '../../src/edits/word-diff.ts';
import { contentWords } from '../../src/edits/content-words.ts';
import { headlineTone } from '../../src/edits/headline-tone.ts';
import { quoteEdits } from '../../src/edits/quote-edits.ts';
import { said } from '../../src/edits/typed-edits.ts';
import { readOpml } from '../../src/watch/read-opml.ts';
import { formatInterval, parseInterval } from '../../src/watch/parse-interval.ts';

/** The adversarial texts, 1 MB each: the shapes that made patterns blow up. */
export const ADVERSARIAL: Readonly<Record<string, string>> = {
  'run of spaces': `By Jane${' '.repeat(1_000_000)}Doe said.`,
  'run of mixed whitespace': `Photo${' \t \u00a0 \n'.repeat(200_000)}by AFP`,
  'one long word': `The ${'a'.repeat(1_000_000)} said.`,
  'repeated label prefixes': `${'More from '.repeat(100_000)}Harbor`,
  '"<" flood': `<p ${'<'.repeat(1_000_000)}`,
  'Title-Case hyphen slug': `${'Word-'.repeat(200_000)}End`,
  'capitalised words': `${'Harbor '.repeat(140_000)}said.`,
  'dots and quotes': `${'. "'.repeat(330_000)}x`,
};

/** One audited function: a name, the source files (or folders) whose patterns it runs, and how to run it on a text. */
export interface Audited {
  readonly name: string;
  /** Whole stages on a megabyte take seconds by volume alone; they get a longer watchdog (still far below a blow-up). */
  readonly watchdogMs?: number;
  readonly covers: readonly string[];
  readonly run: (text: string) => unknown;
}

const META = { title: null, byline: null, outlet: null, published: null };
const raw = (body: string, format: 'text' | 'html' = 'text'): RawDocument => ({ source: 'audit', format, body, meta: {} });
const block = (text: string) => ({ text, linkChars: 0, rawChars: text.length, tag: 'P' });
const prose = 'The harbour bridge reopened on Monday after three weeks of repairs, officials said. Traffic fell by half.';

/** Two articles, one carrying the adversarial text as a paragraph, built without the cleaner's caps (the audit reaches past them on purpose). */
function articlesWith(text: string): Article[] {
  const docs = [raw(`${prose}\n\n${text}\n\n${prose}`), raw(`${prose} The city said so on Monday.`)];
  return buildArticles(docs, { maxChars: Infinity, maxMs: Infinity }).articles;
}

export const AUDITED: readonly Audited[] = [
  ...TEXT_RULES.map((rule): Audited => ({ name: `text rule ${rule.name}`, covers: ['src/clean/text/'], run: (t) => rule({ units: splitLines(`${t}\n${prose}`), meta: META }) })),
  { name: 'cleanText', covers: ['src/clean/text/', 'src/clean/clean-document.ts'], run: (t) => cleanText(raw(t)) },
  { name: 'parseCreditLine, parseDateline, readNames, findCredit, promptReason', covers: ['src/clean/text/'], run: (t) => [parseCreditLine(t), parseDateline(t), readNames(t), findCredit(t), promptReason(t)] },
  { name: 'endsSentence, wordsOf, normaliseLine, startsWithPhrase', covers: ['src/clean/text/'], run: (t) => [endsSentence(t), wordsOf(t).length, normaliseLine(t).length, startsWithPhrase(t, LEXICON.teaserLeads)] },
  ...BLOCK_RULES.map((rule): Audited => ({ name: `block rule ${rule.name}`, covers: ['src/clean/html/block-rules.ts'], run: (t) => rule.test(block(t), t.split(' ').length) })),
  { name: 'cleanHtml (text, title, meta, JSON-LD, classes)', covers: ['src/clean/html/'], run: (t) => cleanHtml(raw(`<html lang="${t.slice(0, 1000)}"><head><title>${t}</title><meta property="og:title" content="${t}"><meta name="author" content="${t}"><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(t)},"datePublished":${JSON.stringify(t)}}</script></head><body><div class="${t.slice(0, 10_000)}"><p>${t}</p><p>${prose}</p></div></body></html>`, 'html')) },
  { name: 'cleanHtml on the text as markup', covers: ['src/clean/html/'], run: (t) => cleanHtml(raw(t, 'html')) },
  { name: 'flattenDeepHtml, stripSiteSuffix, toUtcIso, summarise', covers: ['src/clean/html/'], run: (t) => [flattenDeepHtml(t).flattened, stripSiteSuffix(t, 'Harbor'), toUtcIso(t), summarise(t)] },
  // The phrase rules cap the length they read; readWrittenDate is given the whole text here, past any cap.
  { name: 'labelReason, promptKind, isDateLine, readWrittenDate, readBylineLine', covers: ['src/clean/phrases/'], run: (t) => [labelReason(t), isCommentHeading(t), isTeaserHeading(t), promptKind(t), isDateLine(t), hasPublishedLabel(t), readWrittenDate(t, 'de'), readWrittenDate(t, null), readBylineLine(t)] },
  { name: 'detectLanguage, chooseLanguage', covers: ['src/clean/detect-language.ts'], run: (t) => [detectLanguage(t), chooseLanguage('en-US', t), chooseLanguage('de', t)] },
  { name: 'readWireOutlet, junkReason', covers: ['src/clean/read-wire-outlet.ts', 'src/clean/junk-reason.ts'], run: (t) => [readWireOutlet(t), junkReason(t)] },
  // it cleans two 1 MB documents before it runs: linear, but two cleanText runs on a loaded machine near 8 s
  // (0.9, 1.8, 4.6 s at 0.25, 0.5, 1 MB of repeated label prefixes with a test suite and a fuzz run beside it)
  { name: 'removeBundleBoilerplate', watchdogMs: 20_000, covers: ['src/clean/bundle/'], run: (t) => removeBundleBoilerplate([cleanText(raw(`${t}\n\n${prose}`)), cleanText(raw(`${t}\n\n${prose} Again.`))]) },
  { name: 'bytesToDocuments (sniffing, decoding, the readers)', covers: ['src/ingest/bytes-to-documents.ts'], run: (t) => bytesToDocuments(Buffer.from(t), { source: 'a', name: 'a.txt', maxBytes: 1e8 }) },
  { name: 'sniffText, sniffBinary, decodeBytes', covers: ['src/ingest/sniff-text.ts', 'src/ingest/sniff-binary.ts', 'src/ingest/decode-bytes.ts', 'src/ingest/decode-mixed-utf8.ts', 'src/ingest/decode-with.ts'], run: (t) => [sniffText(t, t.slice(0, 300), t.slice(0, 300)), sniffBinary(Buffer.from(t), t), decodeBytes(Buffer.from(t), t.slice(0, 100))] },
  { name: 'parseJsonl (the text as a field, a line, a file)', covers: ['src/ingest/parse-jsonl.ts', 'src/ingest/read-json-item.ts', 'src/ingest/to-iso-date.ts'], run: (t) => [parseJsonl(JSON.stringify({ text: t, html: t, url: t, published: t, language: t, byline: t }), 'a'), parseJsonl(t, 'b')] },
  { name: 'parseFeed (the text in titles, content and as the feed)', covers: ['src/ingest/parse-feed.ts'], run: (t) => {
    const x = t.replace(/[<&]/g, ' ');
    try {
      parseFeed(t, 'raw');
    } catch {
      // A refusal is an answer; only the time matters here.
    }
    return parseFeed(`<rss><channel><title>${x}</title><item><title>${x}</title><description>${x}</description><author>${x}</author><source url="u">${x}</source><dc:date>${x}</dc:date></item></channel></rss>`, 'f');
  } },
  { name: 'feedOutlet (a feed title and link)', covers: ['src/ingest/feed-outlet.ts'], run: (t) => [feedOutlet(t, t), feedOutlet(`${t} – ${t}`, `https://${t.slice(0, 200)}.example`)] },
  { name: 'isDayOnly, comparePublished', covers: ['src/model/published.ts'], run: (t) => [isDayOnly(t), comparePublished(t, t), comparePublished(t, '2026-01-01')] },
  { name: 'findDeclaredCharset, charsetOfContentType, toIsoDate', covers: ['src/ingest/find-declared-charset.ts', 'src/ingest/to-iso-date.ts'], run: (t) => [findDeclaredCharset(Buffer.from(`<meta charset="${t}">`)), charsetOfContentType(t), toIsoDate(t)] },
  { name: 'globMatcher, hasGlobMagic, isSupportedFileName', covers: ['src/ingest/glob-matcher.ts', 'src/ingest/is-supported-file-name.ts', 'src/ingest/expand-glob.ts'], run: (t) => [hasGlobMagic(t), isSupportedFileName(t), globMatcher(`*${t.slice(0, 200).replace(/[[\]\\]/g, '')}*`)(t.slice(0, 255))] },
  { name: 'isPrivateAddress, describeNetworkError', covers: ['src/ingest/is-private-address.ts', 'src/ingest/describe-network-error.ts', 'src/ingest/checked-lookup.ts', 'src/ingest/fetch-url.ts'], run: (t) => [isPrivateAddress(t), describeNetworkError(Object.assign(new Error(t), { code: t.slice(0, 1000) }))] },
  { name: 'segment, splitClauses, isResponseClause', covers: ['src/segment/'], run: (t) => {
    const { sentences } = segment(`${prose}\n\n${t}`);
    return [sentences.length, sentences.slice(0, 50).map((s) => splitClauses(`${prose}\n\n${t}`, s)), isResponseClause(t)];
  } },
  { name: 'extractMentions', watchdogMs: 20_000, covers: ['src/extract/'], run: (t) => {
    const [article] = articlesWith(t);
    return article ? extractMentions(article.text, article.sentences, null).length : 0;
  } },
  { name: 'analyzeArticles (align, compare, trace)', watchdogMs: 20_000, covers: ['src/align/', 'src/compare/', 'src/trace/', 'src/text/', 'src/lexicon/', 'src/pipeline/'], run: async (t) => (await analyzeArticles(articlesWith(t), { embedBudget: 0 })).claims.length },
  { name: 'report writers', watchdogMs: 20_000, covers: ['src/report/'], run: async (t) => {
    const report = await analyzeArticles(articlesWith(t), { embedBudget: 0 });
    return [formatTerminal(report, { color: true, verbose: true }), formatMarkdown(report), formatCsv(report), formatHtml(report), formatJson(report), formatArticleListing(report.articles, { full: true })].map((s) => s.length);
  } },
  { name: 'terminalSafe, stderrSafe, articleId, stemWord, trimRange', covers: ['src/report/terminal-safe.ts', 'src/cli/', 'src/pipeline/article-id.ts', 'src/text/', 'src/model/span.ts'], run: (t) => [terminalSafe(t).length, stderrSafe(t).length, articleId(t), stemWord(t.slice(0, 100_000)), trimRange(t, { start: 0, end: t.length })] },
  // the text as a paragraph and the title of a later version, against a version without it
  { name: 'diffVersions (paragraphs, headline, the comparison of a reworded paragraph)', watchdogMs: 20_000, covers: ['src/edits/'], run: (t) => {
    const [before] = articlesWith(`${prose} Again.`);
    const [after] = articlesWith(t);
    return before && after ? diffVersions({ ...before, title: prose }, { ...after, title: t }).length : 0;
  } },
  { name: 'wordDiff, contentWords, headlineTone, quoteEdits, said', covers: ['src/edits/'], run: (t) => [wordDiff(t, `${prose} ${t}`).length, contentWords(t).size, headlineTone(t).score, quoteEdits(t, { start: 0, end: t.length }, `"${t}"`, { start: 0, end: t.length + 2 }).length, said(t)] },
  { name: 'readOpml, parseInterval, formatInterval (an OPML list and an interval as given)', covers: ['src/watch/'], run: (t) => [readOpml(t), readOpml(`<opml><body><outline xmlUrl="${t}"/>${t}</body></opml>`)?.feeds.length, parseInterval(t), formatInterval(t.length)] },
  { name: 'storableText, jsonParam, articleKey, contentHash, redactUrl, isoOf (the store keys, hashes and escapes what it is given)', covers: ['src/store/'], run: (t) => [storableText(t).length, jsonParam({ t }).length, articleKey({ url: t, source: t, text: t }), articleKey({ url: null, source: t, text: t }), contentHash({ title: t, text: t }), redactUrl(t).length, isoOf(t)] },
  { name: 'parsePasted, html, credentialOf, isLoopback, the stories query, paths (what the server reads of a request and a paste)', covers: ['src/serve/', 'src/web/'], run: (t) => [
    parsePasted(t).length, html`<p title="${t}">${t}</p>`.text.length, credentialOf(`Bearer ${t}`), credentialOf(`Basic ${t}`), isLoopback(t),
    StoryQuerySchema.safeParse({ q: t.slice(0, 500), language: t, from: t, to: t, outlet: t.slice(0, 200) }).success, paths.outlet(t).length,
  ] },
  { name: 'storyFeatures, outletLabel, formatStories (grouping reads every word, name and figure)', covers: ['src/stories/', 'src/report/format-stories.ts'], run: (t) => [storyFeatures({ id: 'a', title: t.slice(0, 1000), text: t, language: null }).anchors.length, outletLabel({ id: 'a', source: t, url: null, title: null, outlet: null, published: null, language: null }).length, formatStories([{ id: 'a', title: t, first: null, last: null, outlets: [t], languages: ['en'], articles: [] }]).length] },
];

/**
 * Source files with patterns that input text never reaches, and why: the audit lists these instead of running them.
 * Everything else under src/ with a regular expression must be covered by an entry of AUDITED.
 */
export const NOT_ON_INPUT: Readonly<Record<string, string>> = {
  'src/ingest/expand-inputs.ts': 'patterns on the command line\'s own inputs (is it a URL, a file: URL), anchored and bounded by a scheme',
  'src/ingest/read-entry.ts': 'one anchored pattern on an input name that is not a URL, for a hint',
  'src/report/html/client/': 'runs in the reader\'s browser on the report\'s own data; the browser tests open hostile reports',
  'src/align/start-worker-embedder.ts': 'module paths, not text',
  'src/align/load-default-embedder.ts': 'module paths, not text',
  'src/queue/queue-status.ts': 'one anchored prefix on the queue names this code gives its queues',
  'src/queue/work-queue.ts': 'one run of white space squeezed in an error message, linear',
};
