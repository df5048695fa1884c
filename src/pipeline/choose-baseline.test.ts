// The default baseline (issue 12, item 4): the wire's copy, else the earliest version when the evidence says it is the
// origin, else the majority, with the reason said in every view. fixtures/baseline/consultancy-payments.jsonl: an
// invented exclusive (Valmora Gazette, published first) and three later outlets that credit it by name; two of them
// drop its hedge ("may have been split" -> "were split"), one turns 2.3 million into 3.2 million. No wire.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, CopyEdge, Origin, Report } from '../model/index.ts';
import { fixtureArticle } from '../align/_fixture-article.ts';
import { analyzeForTest, REPO_ROOT } from '../report/_analyze-for-test.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticles } from './build-articles.ts';
import { analyzeArticles } from './analyze.ts';
import { chooseBaseline } from './choose-baseline.ts';
import { wireOf } from '../compare/choose-source.ts';
import { formatTerminal } from '../report/format-terminal.ts';
import { formatMarkdown } from '../report/format-markdown.ts';
import { formatHtml } from '../report/format-html.ts';
import { formatJson } from '../report/format-json.ts';

describe('no wire: an origin outlet the others credit by name', () => {
  let report: Report;
  before(async () => { report = await analyzeForTest('fixtures/baseline'); });
  const id = (outlet: string): string => report.articles.find((a) => a.outlet === outlet)!.id;
  const REASON = 'the origin: no wire copy, and 3 of 3 others credit Valmora Gazette by name';

  it('takes the earliest version as the baseline, because the others credit it', () => {
    assert.equal(report.baseline?.mode, 'origin');
    assert.equal(report.baseline?.article, id('Valmora Gazette'));
    assert.equal(report.baseline?.why, 'origin');
    assert.equal(report.baseline?.reason, REASON);
  });

  it('judges the others against it: the hedge two of them drop, the figure one changes; the origin is not flagged', () => {
    const on = (outlet: string, kind: string): boolean => report.divergences.some((d) => d.article === id(outlet) && d.kind === kind);
    assert.ok(on('Harbour Post', 'hedge'));
    assert.ok(on('Metro Ledger', 'hedge'));
    assert.ok(report.divergences.some((d) => d.article === id('Metro Ledger') && d.kind === 'number' && d.text === '3.2 million'));
    assert.deepEqual(report.divergences.filter((d) => d.article === id('Valmora Gazette')), []);
    // crediting the origin by name passes its report on: no changed attribution for it
    assert.ok(!report.divergences.some((d) => d.kind === 'attribution' && /Valmora Gazette/.test(d.text)));
  });

  it('says which baseline and why in every view', () => {
    const terminal = formatTerminal(report, { color: false, verbose: false, width: 400 });
    assert.match(terminal, /Valmora Gazette \(baseline: origin\)/);
    assert.match(terminal, /judged against the origin \(Valmora Gazette\)/);
    assert.match(formatTerminal(report, { color: false, verbose: true, width: 400 }), new RegExp(`Baseline: Valmora Gazette \\(${REASON}\\)`));
    // (Markdown escapes the colon)
    assert.match(formatMarkdown(report), new RegExp(`Baseline: \\*\\*Valmora Gazette\\*\\* \\(${REASON.replace(':', '\\\\:')}\\)`));
    assert.match(formatHtml(report), new RegExp(`"reason":"${REASON}"`));
    assert.equal(JSON.parse(formatJson(report)).baseline.reason, REASON);
  });

  it('with the wire alone as the baseline (no wire here), the majority judges: the origin is shown adding its own words', async () => {
    const { documents } = await ingest([`${REPO_ROOT}fixtures/baseline`]);
    const majority = await analyzeArticles(buildArticles(documents).articles, { embedBudget: 0, baseline: 'wire' });
    assert.equal(majority.baseline?.article, null);
    assert.ok(majority.divergences.some((d) => d.article === id('Valmora Gazette')));
    assert.match(formatTerminal(majority, { color: false, verbose: false, width: 400 }), /judged against most outlets: the bundle holds no wire copy/);
  });
});

describe('chooseBaseline', () => {
  const LEAD = 'The council approved the harbour budget of 40 million euros on Monday after a long debate in the chamber.';
  const MORE = 'The new quay will be built by a consortium of three firms and should open to ships in the spring of 2029.';
  const LAST = 'Opposition members said the cost had doubled since the plan was first put forward five years ago by the mayor.';
  const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ ...fixtureArticle(text, id), outlet, published });
  const none = { origins: [] as Origin[], copying: [] as CopyEdge[], claims: [] };

  it('keeps the wire copy whenever the bundle holds one', () => {
    const articles = [article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('w', 'Reuters', '2026-01-01T09:00:00Z', LEAD)];
    const chosen = chooseBaseline(articles, 'origin', none);
    assert.equal(chosen.article, 'w');
    assert.equal(chosen.mode, 'wire');
  });

  it('falls back to the majority, saying why, when nothing shows the earliest is the origin', () => {
    const articles = [article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('b', 'Quay News', '2026-01-01T09:00:00Z', MORE)];
    const chosen = chooseBaseline(articles, 'origin', none);
    assert.equal(chosen.article, null);
    assert.equal(chosen.reason, 'no wire copy, and nothing shows the earliest version (Harbour Daily) is the origin the others took their text from');
  });

  it('takes the earliest when the copying estimate has most others copy it', () => {
    const articles = [article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('b', 'Quay News', '2026-01-01T09:00:00Z', LEAD), article('c', 'Port Post', '2026-01-01T10:00:00Z', MORE)];
    const copying = [{ from: 'a', to: 'b', score: 0.5, evidence: [] }];
    const chosen = chooseBaseline(articles, 'origin', { ...none, copying });
    assert.equal(chosen.article, 'a');
    assert.match(chosen.reason!, /the copying estimate has 1 of 2 others copy its wording/);
    // credits by name of another outlet tell nothing about this one
    const elsewhere: Origin[] = [{ name: 'Port Post', kind: 'outlet', articles: ['b', 'c'], evidence: [] }];
    assert.equal(chooseBaseline(articles, 'origin', { ...none, origins: elsewhere }).article, null);
  });

  it('takes the earliest when it was published first and holds the wording the others share; not a rewrite that lacks it', () => {
    const origin = [LEAD, MORE, LAST].join('\n');
    const rewrite = ['Councillors backed a 40 million euro budget for the harbour on Monday.', MORE, LAST].join('\n');
    const later = (id: string, at: string): Article => article(id, `Outlet ${id}`, at, origin);
    const holds = chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', origin), later('b', '2026-01-01T09:00:00Z'), later('c', '2026-01-01T10:00:00Z')], 'origin', none);
    assert.equal(holds.article, 'a');
    assert.match(holds.reason!, /published before every other, it holds 100% of the wording they share/);
    const lacks = chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', rewrite), later('b', '2026-01-01T09:00:00Z'), later('c', '2026-01-01T10:00:00Z')], 'origin', none);
    assert.equal(lacks.article, null);
    // published at the same time as another: not shown to be first
    const tied = chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T09:00:00Z', origin), later('b', '2026-01-01T09:00:00Z'), later('c', '2026-01-01T10:00:00Z')], 'origin', none);
    assert.equal(tied.article, null);
  });

  it('keeps the copy of an agency the wire list does not know: named as an agency, or credited by its own dateline', () => {
    const dateline = `LORISTON, Cardessa, March 14 (CNA) - ${LEAD}`;
    // published after the paper: the agency's copy is still the source
    const named = chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('w', 'Cardessan News Agency', '2026-01-01T09:00:00Z', LEAD)], 'origin', none);
    assert.equal(named.article, 'w');
    assert.equal(named.mode, 'wire');
    assert.equal(named.label, 'the Cardessan News Agency wire');
    for (const outlet of ['Trevanne Press Association', 'Continental Wire Service', 'The Kestrel News Service']) {
      assert.equal(chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('w', outlet, '2026-01-01T09:00:00Z', LEAD)], 'origin', none).article, 'w', outlet);
    }
    // a name of no agency's form, whose dateline credits the outlet itself by name or initials
    const own = (outlet: string, text: string): string | null => chooseBaseline([article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('w', outlet, '2026-01-01T09:00:00Z', text)], 'origin', none).article;
    assert.equal(own('Strandwire', `SALLOWMOUTH, Brenlund (Strandwire) - ${LEAD}`), 'w');
    assert.equal(own('Cardessan Newsroom Associates', dateline.replace('(CNA)', '(CNA)')), 'w');
    // a paper running an agency's copy under that agency's dateline is not the agency; nor is a paper with no dateline
    assert.equal(own('Loriston Evening Post', dateline), null);
    assert.equal(own('Loriston Agency Watch', LEAD), null);
  });

  it('takes any other mode as asked', () => {
    const articles = [article('a', 'Harbour Daily', '2026-01-01T08:00:00Z', LEAD), article('b', 'Quay News', '2026-01-01T09:00:00Z', MORE)];
    assert.equal(chooseBaseline(articles, 'earliest', none).article, 'a');
    assert.equal(chooseBaseline(articles, 'majority', none).article, null);
    assert.equal(chooseBaseline(articles, { article: 'b' }, none).article, 'b');
  });
});

describe('wireOf', () => {
  it('reads an outlet made of a wire agency\'s names alone as that wire', () => {
    assert.equal(wireOf('Reuters')?.key, 'reuters');
    assert.equal(wireOf('The Associated Press')?.key, 'ap');
    assert.equal(wireOf('dpa Deutsche Presse-Agentur')?.key, 'dpa');
    assert.equal(wireOf('Reuters Daily'), null);
    assert.equal(wireOf('Harbour Daily'), null);
    assert.equal(wireOf(null), null);
  });
});
