import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { TimelineEntry } from '../store/read-story.ts';
import type { OutletRecord } from '../serve/outlet-record.ts';
import { kindName } from './page.ts';

/**
 * Charts drawn by Observable Plot on the server into a linkedom document, served as SVG images (`<img>`: an image
 * runs no script and loads nothing, and the page's CSP needs no inline style). Article text only ever reaches the
 * charts as text nodes, which the serializer escapes.
 */
function svgOf(chart: Element): string {
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // the SVG is a document of its own: white behind it, whatever the page's colours
  chart.setAttribute('style', 'background: white; color: #1b1f24');
  return `<?xml version="1.0" encoding="utf-8"?>\n${chart.outerHTML}`;
}

function documentOf(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

// Counts are whole: ticks at whole numbers, at most about ten.
function wholeTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 10));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

const short = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** An outlet's findings by kind in each story it carries (stacked bars, one row a story, latest first). */
export function outletFindingsChart(record: OutletRecord): string {
  const rows = record.perStory.slice(0, 40).flatMap((s) => Object.entries(s.findings).map(([kind, n]) => ({
    story: short(s.title ?? s.story), kind: kindName(kind), n,
  })));
  const stories = [...new Set(record.perStory.slice(0, 40).map((s) => short(s.title ?? s.story)))];
  const most = Math.max(1, ...record.perStory.slice(0, 40).map((s) => Object.values(s.findings).reduce((a, b) => a + b, 0)));
  const chart = Plot.plot({
    document: documentOf(),
    width: 760,
    height: Math.max(120, 40 + stories.length * 24),
    marginLeft: 300,
    x: { label: 'findings on its articles', grid: true, ticks: wholeTicks(most), tickFormat: 'd' },
    y: { label: null, domain: stories },
    color: { legend: false, scheme: 'tableau10' },
    marks: [
      Plot.barX(rows, { y: 'story', x: 'n', fill: 'kind', title: (d: { kind: string; n: number }) => `${d.kind}: ${d.n}` }),
      Plot.ruleX([0]),
    ],
  });
  return svgOf(chart as unknown as Element);
}

/** An outlet's findings over all its stories, by kind (one bar a kind). */
export function outletKindsChart(record: OutletRecord): string {
  const rows = Object.entries(record.findings).map(([kind, n]) => ({ kind: kindName(kind), n })).sort((a, b) => b.n - a.n);
  const chart = Plot.plot({
    document: documentOf(),
    width: 760,
    height: Math.max(100, 40 + rows.length * 24),
    marginLeft: 140,
    x: { label: 'findings, all stories', grid: true, ticks: wholeTicks(Math.max(1, ...rows.map((r) => r.n))), tickFormat: 'd' },
    y: { label: null, domain: rows.map((r) => r.kind) },
    color: { scheme: 'tableau10' },
    marks: [Plot.barX(rows, { y: 'kind', x: 'n', fill: 'kind' }), Plot.text(rows, { y: 'kind', x: 'n', text: 'n', dx: 10 }), Plot.ruleX([0])],
  });
  return svgOf(chart as unknown as Element);
}

/** A story's publications over time: one row an outlet, one dot a version, a line from each article's first to last. */
export function timelineChart(timeline: readonly TimelineEntry[]): string {
  const dated = timeline.filter((t) => t.published !== null).map((t) => ({
    outlet: short(t.outlet?.trim() || t.article, 36), at: new Date(t.published!), version: t.version, title: t.title ?? '',
  }));
  const outlets = [...new Set(dated.map((d) => d.outlet))];
  const chart = Plot.plot({
    document: documentOf(),
    width: 760,
    height: Math.max(100, 50 + outlets.length * 22),
    marginLeft: 220,
    x: { label: 'published (UTC)', type: 'utc', grid: true },
    y: { label: null, domain: outlets },
    marks: [
      Plot.dot(dated, { x: 'at', y: 'outlet', r: 5, fill: (d: { version: number }) => (d.version > 1 ? 'edited' : 'first version'), title: 'title' }),
    ],
    color: { legend: false, domain: ['first version', 'edited'], range: ['#4269d0', '#ff725c'] },
  });
  return svgOf(chart as unknown as Element);
}
