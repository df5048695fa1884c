import type { Report } from '../model/index.ts';
import { formatDateRange } from '../report/format-date-range.ts';
import { isWebUrl } from '../report/html/is-web-url.ts';
import { kindLabel } from '../report/kind-label.ts';
import { languageName } from '../report/language-name.ts';
import { paths } from '../serve/permalinks.ts';
import type { StoryDetail } from '../serve/read-story-detail.ts';
import { storyStateTag } from '../store/story-state.ts';
import { html, type Html } from './html.ts';
import { page, when } from './page.ts';

/**
 * A story's page: what it is, its publication timeline (a chart and every version), who copied whom, its claims with
 * their permalinks, and the full HTML report (the `analyze --html` report, in a sandboxed frame). The latest analysis's
 * page follows the story (`live-script.ts`): what arrives is put in place as it is stored.
 */
export function storyPage(detail: StoryDetail, report: Report | null): Html {
  const { story, analysis, timeline } = detail;
  const key = story.id;
  const query = analysis && !analysis.latest ? `?analysis=${analysis.id}` : '';
  const outletOf = new Map((report?.articles ?? []).map((a) => [a.id, a.outlet?.trim() || a.source]));
  const name = (id: string): string => outletOf.get(id) ?? id;
  const edges = detail.copying?.edges ?? [];
  return page(story.title ?? 'Untitled story', html`<h1>${story.title ?? 'Untitled story'}</h1>
<p class="muted">${formatDateRange(story.first, story.last) ?? 'Undated'} · ${story.articles} articles, ${story.versions} versions · ${story.languages.map(languageName).join(', ')}</p>
<p>${analysis
    ? html`Analysis ${analysis.id}, ${when(analysis.analysedAt)}${analysis.current ? '' : html` · <strong>${analysis.latest ? 'articles changed since' : 'an earlier analysis'}</strong>`}`
    : 'Not analysed: a story is compared once it holds two articles.'}</p>
${analysis && !analysis.latest ? '' : html`<p class="live muted" id="live" role="status" aria-live="polite" data-state="/api${paths.story(key)}/state" data-etag="${storyStateTag({ versions: story.versions, analysis: analysis?.id ?? null })}" data-says="${`${story.versions} ${story.versions === 1 ? 'version' : 'versions'} of ${story.articles} ${story.articles === 1 ? 'article' : 'articles'}`}">Follows the story: new versions show here as they arrive.</p>
<script src="/static/live.js" defer></script>`}
<nav class="chips" aria-label="On this page"><a class="chip" href="#timeline">Timeline</a><a class="chip" href="#copying">Copying</a><a class="chip" href="#claims">Claims</a><a class="chip" href="#report">Full report</a></nav>

<h2 id="timeline">Timeline</h2>
${timeline.some((t) => t.published) ? html`<img class="chart" src="${paths.story(key)}/timeline.svg" width="760" alt="Publications over time, one row per outlet; the table below lists each">` : ''}
<table><thead><tr><th>Published</th><th>Outlet</th><th>Headline</th><th class="n">Version</th></tr></thead><tbody>
${timeline.map((t) => html`<tr><td>${when(t.published)}</td><td>${t.outlet ? html`<a href="${paths.outlet(t.outlet.trim())}">${t.outlet}</a>` : html`<span class="muted">${t.article}</span>`}</td>
<td>${isWebUrl(t.url) ? html`<a href="${t.url!}" rel="noopener noreferrer nofollow">${t.title ?? t.url!}</a>` : t.title ?? ''}</td><td class="n">${t.version}</td></tr>`)}
</tbody></table>

<h2 id="copying">Who copied whom</h2>
${edges.length === 0 ? html`<p class="muted">No copying found between the compared versions.</p>` : html`<table><thead><tr><th>From</th><th>To</th><th>How</th><th class="n">Share</th></tr></thead><tbody>
${edges.map((e) => html`<tr><td>${name(e.from)}</td><td>${name(e.to)}</td><td>${e.kind === 'likely copied' ? 'likely copied wording' : e.kind === 'same' ? 'ran it word for word' : e.kind === 'prefix' ? 'ran its opening' : 'ran it but for a few words'}</td><td class="n">${Math.round(e.score * 100)}%</td></tr>`)}
</tbody></table>`}

<h2 id="claims">Claims</h2>
${report && analysis ? html`<ol>${report.claims.map((c) => {
    const findings = report.divergences.filter((d) => d.claim === c.id);
    return html`<li><a href="${paths.claim(key, c.id, analysis.id)}">${c.text}</a> <span class="muted">· ${c.articles.length} ${c.articles.length === 1 ? 'outlet' : 'outlets'}${findings.length ? ` · ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}: ${[...new Set(findings.map((d) => kindLabel(d.kind)))].join(', ')}` : ''}</span></li>`;
  })}</ol>` : html`<p class="muted">None yet.</p>`}

<h2 id="report">Full report</h2>
${analysis ? html`<p class="muted">The report <code>wiretrace analyze --html</code> writes: overview, claim matrix, claim and outlet views, origins. <a href="${paths.story(key)}/report${query}">Open it alone</a>.</p>
<iframe class="report" title="Full report" sandbox="allow-scripts allow-popups" src="${paths.story(key)}/report${query}"></iframe>` : html`<p class="muted">None yet.</p>`}`);
}
