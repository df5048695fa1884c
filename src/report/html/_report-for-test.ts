import type { Article, Report, Span } from '../../model/index.ts';
import { REPORT_SCHEMA, spanOf } from '../../model/index.ts';

/** Payloads that would run script, load something or break out of a block if any writer let them through. */
export const PAYLOADS = {
  scriptClose: '</script><script>window.__pwned=1;alert(1)</script>',
  lineSeparators: 'line\u2028separator\u2029here',
  comment: '<!-- <script>alert(2)</script> -->',
  handler: '<img src=x onerror="window.__pwned=1;alert(3)">',
  svg: '<svg onload="alert(4)"><script>alert(5)</script></svg>',
  mxss: '<noscript><p title="</noscript><img src=x onerror=alert(6)>">',
  styleClose: '</style><script>alert(7)</script>',
} as const;

const ALL = Object.values(PAYLOADS).join(' ');

/** A three-article report whose every article-borne string is hostile; offsets are real. */
export function hostileReport(): Report {
  const texts = [
    `The council approved 12 new buses on Monday, officials said. ${PAYLOADS.scriptClose} Extra note ${PAYLOADS.lineSeparators}.`,
    `The council approved twelve new buses on Monday, officials said. ${PAYLOADS.handler} ${PAYLOADS.comment}`,
    `The council approved 15 new buses on Tuesday, a spokesperson said. ${PAYLOADS.svg} ${PAYLOADS.mxss} ${PAYLOADS.styleClose}`,
  ];
  const urls = ['https://example.org/a?x=1&y=<b>', 'javascript:alert(document.domain)', ' data:text/html,<script>alert(8)</script>'];
  const articles = texts.map((text, i): Article => ({
    id: `art${i}`,
    source: `${PAYLOADS.handler}/${i}.html`,
    url: urls[i] ?? null,
    title: i === 0 ? `Buses ${PAYLOADS.scriptClose}` : `Title ${i} ${PAYLOADS.svg}`,
    byline: `By ${PAYLOADS.handler}`,
    outlet: i === 2 ? null : `Outlet ${i} ${PAYLOADS.mxss}`,
    published: `2026-01-0${i + 1}T10:00:00Z`,
    language: 'en',
    text,
    removed: [{ text: `Share ${PAYLOADS.comment}`, reason: 'share-prompt' }],
    sourceMap: [],
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [],
  }));
  const at = (i: number, words: string): Span => {
    const text = texts[i]!;
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in article ${i}`);
    return spanOf(`art${i}`, text, start, start + words.length);
  };
  const support = [
    at(0, 'The council approved 12 new buses on Monday, officials said.'),
    at(1, 'The council approved twelve new buses on Monday, officials said.'),
    at(2, 'The council approved 15 new buses on Tuesday, a spokesperson said.'),
  ];
  const fifteen = at(2, '15');
  return {
    schema: REPORT_SCHEMA,
    articles,
    claims: [{ id: 'c1', text: support[0]!.text, articles: ['art0', 'art1', 'art2'], support }],
    divergences: [{
      ...fifteen,
      id: 'd1',
      claim: 'c1',
      kind: 'number',
      severity: 'high',
      message: `"15" where 2 other outlets say "12" ${PAYLOADS.scriptClose}`,
      versus: [at(0, '12'), at(1, 'twelve')],
    }],
    unique: [at(0, PAYLOADS.scriptClose), at(2, PAYLOADS.svg)],
    origins: [{ name: `Wire ${PAYLOADS.handler}`, kind: 'wire', articles: ['art0', 'art1'], evidence: [at(0, 'officials said'), at(1, 'officials said')] }],
    copying: [{ from: 'art0', to: 'art1', score: 0.5, evidence: [at(1, 'new buses on Monday, officials said.')] }],
  };
}

/** Every payload joined, to check a page for any of its markup. */
export const ALL_PAYLOADS = ALL;
