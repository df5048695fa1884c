import type { StorySummary } from '../serve/read-stories.ts';
import { paths } from '../serve/permalinks.ts';
import { formatDateRange } from '../report/format-date-range.ts';
import { languageName } from '../report/language-name.ts';
import { html, type Html } from './html.ts';
import { kindName, KINDS, page } from './page.ts';

/** The filters as the form holds them (strings as typed). */
export type StoriesForm = Readonly<Partial<Record<'q' | 'from' | 'to' | 'outlet' | 'kind' | 'language', string>>>;

/** The stories page: the filter and search form, one page of stories latest first, and links to the next. */
export function storiesPage(form: StoriesForm, result: { total: number; stories: readonly StorySummary[]; limit: number; offset: number } | { problem: string }): Html {
  const body = 'problem' in result
    ? html`<p class="error" role="alert">${result.problem}</p>`
    : html`<p class="muted" id="count">${result.total === 1 ? '1 story' : `${result.total.toLocaleString('en')} stories`}${filtered(form) ? ' match' : ' stored'}</p>
<ol class="stories">${result.stories.map(storyItem)}</ol>
${pager(form, result)}`;
  return page('Stories', html`<h1>Stories</h1>
${filterForm(form)}
${body}`);
}

function filtered(form: StoriesForm): boolean {
  return Object.values(form).some((v) => v !== undefined && v !== '');
}

function filterForm(form: StoriesForm): Html {
  return html`<form class="filters" method="get" action="/" role="search">
<label class="q">Search<input type="search" name="q" value="${form.q ?? ''}" placeholder="words, &quot;a phrase&quot;, -word"></label>
<label>From<input type="date" name="from" value="${form.from ?? ''}"></label>
<label>To<input type="date" name="to" value="${form.to ?? ''}"></label>
<label>Outlet<input type="text" name="outlet" value="${form.outlet ?? ''}"></label>
<label>Kind of finding<select name="kind"><option value="">any</option>${Object.keys(KINDS).map((k) => html`<option value="${k}"${form.kind === k ? html` selected` : ''}>${kindName(k)}</option>`)}</select></label>
<label>Language<input type="text" name="language" size="5" value="${form.language ?? ''}" placeholder="en"></label>
<button type="submit">Show</button>
</form>`;
}

function storyItem(story: StorySummary): Html {
  const span = formatDateRange(story.first, story.last) ?? 'undated';
  const kinds = Object.entries(story.findings).sort((a, b) => b[1] - a[1]);
  const analysis = story.analysis
    ? `${story.analysis.claims} claims, ${story.analysis.findings} findings${story.analysis.current ? '' : ' (before the latest versions)'}`
    : story.articles < 2 ? 'one article: not compared' : 'not analysed yet';
  return html`<li>
<a class="title" href="${paths.story(story.id)}">${story.title ?? 'Untitled story'}</a>
<div class="muted">${span} · ${story.articles} ${story.articles === 1 ? 'article' : 'articles'}${story.versions > story.articles ? ` (${story.versions} versions)` : ''} · ${story.languages.map(languageName).join(', ')} · ${analysis}</div>
<ul class="chips" aria-label="Outlets">${story.outlets.slice(0, 12).map((o) => html`<li><a href="${paths.outlet(o)}">${o}</a></li>`)}${story.outlets.length > 12 ? html`<li>and ${story.outlets.length - 12} more</li>` : ''}</ul>
${kinds.length > 0 ? html`<ul class="chips" aria-label="Findings by kind">${kinds.map(([k, n]) => html`<li>${kindName(k)} ${n}</li>`)}</ul>` : ''}
</li>`;
}

function pager(form: StoriesForm, r: { total: number; limit: number; offset: number }): Html {
  const link = (offset: number): string => {
    const params = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => Boolean(e[1])));
    if (offset > 0) params.set('offset', String(offset));
    const query = params.toString();
    return query ? `/?${query}` : '/';
  };
  const prev = r.offset > 0 ? html`<a rel="prev" href="${link(Math.max(0, r.offset - r.limit))}">Newer</a>` : '';
  const next = r.offset + r.limit < r.total ? html`<a rel="next" href="${link(r.offset + r.limit)}">Older</a>` : '';
  return html`<nav class="pager" aria-label="Pages">${prev}${next}</nav>`;
}
