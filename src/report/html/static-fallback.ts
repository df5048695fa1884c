import type { ReportView } from '../report-view.ts';
import { escapeHtml } from './escape-html.ts';
import { isWebUrl } from './is-web-url.ts';

// Past this many outlets or divergences the summary lists the first ones and says how many more the script shows.
const LISTED = 200;

/** The report without its script: the story, the outlets and the divergences (up to 200 of each), as escaped static HTML. */
export function staticFallback(view: ReportView): string {
  const e = escapeHtml;
  const more = (total: number, what: string): string => (total > LISTED ? `\n<p>… and ${total - LISTED} more ${what} (enable scripts to see them all).</p>` : '');
  const labels = new Map(view.outlets.map((o) => [o.article.id, o.label]));
  const outlets = view.outlets.slice(0, LISTED).map((o) => {
    const url = o.article.url;
    const file = o.article.source.split(/[\\/]/).pop() || o.article.source;
    const link = url && isWebUrl(url) ? `<a href="${e(url)}" rel="noopener noreferrer">${e(url)}</a>` : url ? e(url) : `file <span title="${e(o.article.source)}">${e(file)}</span>`;
    return `<li><strong>${e(o.label)}</strong>${o.baseline ? ` (baseline: ${e(o.baseline)})` : ''}${o.article.title ? ` — ${e(o.article.title)}` : ''}${o.article.byline ? `, by ${e(o.article.byline)}` : ''}`
      + `${o.article.published ? `, ${e(o.article.published)}` : ''} (${link}): ${o.carried} claims carried, ${o.missing} missing, ${o.changed} changed, ${o.dropped} dropped, ${o.added} added</li>`;
  }).join('\n');
  const divergences = view.ranked.slice(0, LISTED).map((d) => {
    const label = labels.get(d.article) ?? d.article;
    return `<li>[${e(d.severity)}, ${e(d.kind)}] <strong>${e(label)}</strong>: ${e(d.message)}</li>`;
  }).join('\n');
  const base = view.baseline ? view.outlets[view.baseline.outlet] : undefined;
  const judged = view.rows.filter((r) => r.kind === 'claim' && r.baseline !== null).length;
  const baseline = view.baseline && base
    ? `<p>Baseline: <strong>${e(base.label)}</strong> (${e(view.baseline.reason ?? view.baseline.why)}): each claim it carries (${view.baseline.claims} of ${judged}) is diffed and judged against its wording${judged > view.baseline.claims ? ', the others against most outlets' : ''}.</p>`
    : view.judgedAgainst ? `<p>No baseline: each version is judged against ${e(view.judgedAgainst)}.</p>` : '';
  return `<h1>${e(view.title ?? 'Untitled story')}</h1>
<p>Published ${e(view.firstPublished ?? 'undated')} to ${e(view.lastPublished ?? 'undated')}. Scripts are off: this is the summary; enable scripts for the claim matrix and the side-by-side views.</p>
${baseline}
<h2>Outlets</h2>
<ul>${outlets}</ul>${more(view.outlets.length, 'outlets')}
<h2>Divergences, most serious first</h2>
<ol>${divergences}</ol>${more(view.ranked.length, 'divergences')}`;
}
