import { paths } from '../serve/permalinks.ts';
import type { OutletRecord } from '../serve/outlet-record.ts';
import { html, type Html } from './html.ts';
import { kindName, page, when } from './page.ts';

/** An outlet's page: its record in figures, two charts (findings by kind; by story), and every story it carries. */
export function outletPage(r: OutletRecord): Html {
  const total = Object.values(r.findings).reduce((a, b) => a + b, 0);
  const base = paths.outlet(r.outlet);
  return page(r.outlet, html`<h1>${r.outlet}</h1>
<ul class="figures">
<li><strong>${r.stories}</strong> stories (${r.articles} articles)</li>
<li><strong>${total}</strong> findings on its articles</li>
<li><strong>${r.wireRuns}</strong> wire stories run word for word or nearly</li>
<li><strong>${r.first}</strong> stories it published first</li>
<li><strong>${r.late}</strong> published later${r.medianHoursLate !== null ? ` (median ${r.medianHoursLate} h after the first)` : ''}</li>
</ul>
<h2>What it changes</h2>
${total === 0 ? html`<p class="muted">No findings on its articles.</p>` : html`<img class="chart" src="${base}/kinds.svg" width="760" alt="Findings on its articles by kind; the table below gives each story's">
<img class="chart" src="${base}/findings.svg" width="760" alt="Findings by kind in each story; the table below lists them">`}
<h2>Its stories</h2>
<table><thead><tr><th>Published</th><th>Story</th><th>Findings</th><th>Wire copy</th><th class="n">Place</th></tr></thead><tbody>
${r.perStory.map((s) => html`<tr><td>${when(s.published)}</td><td><a href="${paths.story(s.story)}">${s.title ?? s.story}</a></td>
<td>${Object.entries(s.findings).map(([k, n]) => html`<span class="chip">${kindName(k)} ${n}</span> `)}${s.analysis === null ? html`<span class="muted">not analysed</span>` : ''}</td>
<td>${s.isWire ? 'the wire itself' : s.wireCopy === null ? '' : s.wireCopy === 'same' ? 'word for word' : s.wireCopy === 'prefix' ? 'its opening' : 'all but a few words'}</td>
<td class="n">${s.rank === null ? 'undated' : s.rank === 1 ? `first of ${s.outlets}` : `${s.rank} of ${s.outlets}, +${s.hoursAfterFirst} h`}</td></tr>`)}
</tbody></table>`);
}

/** Every outlet in the store, most articles first. */
export function outletsPage(outlets: readonly { outlet: string; articles: number }[]): Html {
  return page('Outlets', html`<h1>Outlets</h1>
${outlets.length === 0 ? html`<p class="muted">No outlet stored yet.</p>` : html`<table><thead><tr><th>Outlet</th><th class="n">Articles</th></tr></thead><tbody>
${outlets.map((o) => html`<tr><td><a href="${paths.outlet(o.outlet)}">${o.outlet}</a></td><td class="n">${o.articles}</td></tr>`)}
</tbody></table>`}`);
}
