import type { Article, Claim, CopyEdge, Divergence, Origin, Report, Span } from '../../model/index.ts';
import { REPORT_SCHEMA, spanOf } from '../../model/index.ts';

// The wire story every version retells: one sentence per claim. Numbers are where versions change it.
const SENTENCES = [
  'The river rose 3 metres overnight, the flood agency said on Tuesday.',
  'About 400 people left their homes in the lower town before dawn.',
  'Schools in the valley will stay closed until Friday, officials said.',
  'Volunteers filled 2,000 sandbags outside the town hall.',
  'The railway line to the coast was cut by a landslide near the tunnel.',
  'Forecasters expect another 40 millimetres of rain by Thursday evening.',
  'The mayor said the damage would take months to repair.',
  'Two bridges were closed to traffic as a precaution.',
  'Power was restored to most homes by midday, the grid operator said.',
  'Insurers said claims could reach 30 million euros.',
  'The last flood of this size hit the valley in 1998.',
  'Residents were told to boil drinking water until further notice.',
] as const;

/**
 * A story told by `versions` outlets, as the analysis reports a big one: every claim carried by most
 * versions (a few words changed in some), every seventh version changing a number (a high-severity
 * divergence against three others), every other version adding a passage of its own, one wire credited
 * by all and a spokesperson by some, each version copying the one before it. Offsets are real.
 */
export function bigStoryReport(versions: number): Report {
  const articles: Article[] = [];
  const support: Span[][] = SENTENCES.map(() => []);
  const unique: Span[] = [];
  const wire: Span[] = [];
  const spokesperson: Span[] = [];
  const numbers: { article: string; text: string; claim: number }[] = [];
  for (let i = 0; i < versions; i++) {
    const id = `v${String(i).padStart(5, '0')}`;
    let text = '';
    const put = (sentence: string): { start: number; end: number } => {
      const start = text.length + (text ? 1 : 0);
      text += (text ? ' ' : '') + sentence;
      return { start, end: text.length };
    };
    const claimAt: { claim: number; start: number; end: number }[] = [];
    SENTENCES.forEach((sentence, c) => {
      if ((i + c) % 9 === 4) return; // each version leaves out a claim or two
      let told: string = sentence;
      if (c === 0 && i % 7 === 3) told = sentence.replace('3 metres', '4 metres');
      if (c === 3 && i % 11 === 5) told = sentence.replace('2,000', '3,000');
      if (c === 6 && i % 5 === 2) told = 'The mayor said repairs would take months.';
      claimAt.push({ claim: c, ...put(told) });
      if (told !== sentence && c !== 6) numbers.push({ article: id, text: told, claim: c });
    });
    const own = i % 2 === 0 ? put(`Our reporter in the valley, copy ${i}, saw water reach the church steps.`) : null;
    const credit = put(i % 3 === 0 ? 'Reuters contributed reporting; a spokesperson for the agency confirmed the figures.' : 'Reuters contributed reporting.');
    for (const { claim, start, end } of claimAt) support[claim]!.push(spanOf(id, text, start, end));
    if (own) unique.push(spanOf(id, text, own.start, own.end));
    const reuters = text.indexOf('Reuters', credit.start);
    wire.push(spanOf(id, text, reuters, reuters + 'Reuters'.length));
    const spoke = text.indexOf('a spokesperson for the agency', credit.start);
    if (spoke >= 0) spokesperson.push(spanOf(id, text, spoke, spoke + 'a spokesperson for the agency'.length));
    for (const n of numbers) if (n.article === id) n.text = text;
    articles.push({
      id, source: `/data/flood/${String(i).padStart(5, '0')}.txt`, url: i % 4 === 1 ? `https://news${i}.example.org/flood` : null,
      title: 'River rises 3 metres overnight', byline: i % 3 === 0 ? 'By Staff' : null, outlet: `Outlet ${String(i + 1).padStart(5, '0')}`,
      published: new Date(Date.UTC(2026, 3, 2, 6, 0, i * 7)).toISOString(), language: 'en', text,
      removed: [{ text: 'Share this story', reason: 'share-prompt' }], sourceMap: [], paragraphs: [{ start: 0, end: text.length }], sentences: [],
    });
  }
  const claims: Claim[] = SENTENCES.map((sentence, c) => ({
    id: `c${c}`, text: sentence, articles: support[c]!.map((s) => s.article), support: support[c]!, told: c === 0 || c === 3 ? 'changed' : c === 6 ? 'reworded' : 'alike',
  }));
  const divergences: Divergence[] = [];
  for (const [k, n] of numbers.entries()) {
    const changed = n.claim === 0 ? '4' : '3,000';
    const expected = n.claim === 0 ? '3' : '2,000';
    const at = n.text.indexOf(`${changed} `);
    const others = support[n.claim]!.filter((s) => s.text.includes(`${expected} `)).slice(0, 3);
    divergences.push({
      ...spanOf(n.article, n.text, at, at + changed.length), id: `d${k}`, claim: `c${n.claim}`, kind: 'number', severity: n.claim === 0 ? 'high' : 'medium',
      message: `"${changed}" where the wire says "${expected}"`,
      versus: others.map((s) => {
        const from = s.start + s.text.indexOf(`${expected} `);
        return { article: s.article, start: from, end: from + expected.length, text: expected };
      }),
    });
  }
  const origins: Origin[] = [
    { name: 'Reuters', kind: 'wire', articles: wire.map((s) => s.article), evidence: wire },
    { name: 'a spokesperson for the agency', kind: 'described', articles: spokesperson.map((s) => s.article), evidence: spokesperson },
  ];
  const copying: CopyEdge[] = articles.slice(1).map((a, i) => ({
    from: articles[i]!.id, to: a.id, score: 0.3 + (i % 10) / 100, evidence: support[1]!.filter((s) => s.article === a.id),
  }));
  return { schema: REPORT_SCHEMA, articles, claims, divergences, unique, origins, copying: copying.sort((x, y) => y.score - x.score) };
}
