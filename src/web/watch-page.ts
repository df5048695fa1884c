import type { QueueStatus } from '../queue/queue-status.ts';
import type { StoredFeed } from '../store/feed-list.ts';
import { formatInterval } from '../watch/parse-interval.ts';
import { html, type Html } from './html.ts';
import { page, when } from './page.ts';

/** What the add form holds after a refused attempt, and why it was refused. */
export interface WatchForm {
  readonly url?: string;
  readonly interval?: string;
  readonly problem?: string;
}

/**
 * The watch list: each feed with its interval, its last poll and how it went (the error, and how many in a row), its
 * next run and the items it listed, a button to remove it; and a form to add a feed. `wiretrace watch` polls them.
 * With a job queue in the store (`jobs`): the jobs waiting and running per queue, and the failed jobs with their
 * errors, each with a button to run it again when the server has workers (`workers`).
 */
export function watchPage(feeds: readonly StoredFeed[], form: WatchForm = {}, jobs: QueueStatus | null = null, workers = false): Html {
  return page('Watch', html`<h1>Watch</h1>
<p class="muted">The feeds <code>wiretrace watch</code> polls, each on its own interval, backing off after errors. The embedded store is open
in one process at a time: run <code>watch</code> when the server is stopped, or share a PostgreSQL store (<code>--db</code>) with it.</p>
${feeds.length === 0 ? html`<p class="muted" id="no-feeds">No feeds watched yet.</p>` : html`<table class="feeds"><thead><tr><th>Feed</th><th>Every</th><th>Last poll</th><th>State</th><th>Next run</th><th class="n">Items</th><th></th></tr></thead><tbody>
${feeds.map(feedRow)}
</tbody></table>`}
<h2 id="add">Add a feed</h2>
${form.problem ? html`<p class="error" role="alert">${form.problem}</p>` : ''}
<form class="filters" method="post" action="/watch">
<label class="q">RSS, Atom or OPML address<input type="url" name="url" required value="${form.url ?? ''}" placeholder="https://example.org/feed.xml"></label>
<label>Every<input type="text" name="interval" size="6" value="${form.interval ?? ''}" placeholder="15m"></label>
<button type="submit">Add</button>
</form>
${jobs === null ? '' : jobsSection(jobs, workers)}`);
}

function jobsSection(jobs: QueueStatus, workers: boolean): Html {
  return html`<h2 id="jobs">Jobs</h2>
<p class="muted">The queue <code>wiretrace worker</code>s take work from${workers ? '; this server puts pasted articles and new feeds on it' : ''}.</p>
<table class="jobs"><thead><tr><th>Queue</th><th class="n">Waiting</th><th class="n">Running</th><th class="n">Failed</th><th class="n">Done (10 min)</th></tr></thead><tbody>
${jobs.queues.map((q) => html`<tr><td>${q.queue}</td><td class="n">${q.queued}</td><td class="n">${q.active}</td><td class="n">${q.failed}</td><td class="n">${q.doneLast10m}</td></tr>`)}
</tbody></table>
${jobs.failures.length === 0 ? html`<p class="muted" id="no-failed-jobs">No failed jobs.</p>` : html`<table class="failed-jobs"><thead><tr><th>Failed job</th><th>Queue</th><th>When</th><th>Error</th><th></th></tr></thead><tbody>
${jobs.failures.map((f) => html`<tr><td><code>${f.id}</code></td><td>${f.queue}</td><td>${f.at === null ? '' : when(f.at)}</td><td class="error-text">${f.error}</td>
<td>${workers ? html`<form method="post" action="/watch/jobs/retry"><input type="hidden" name="job" value="${f.id}"><button type="submit" aria-label="${`Retry job ${f.id}`}">Retry</button></form>` : html`<span class="muted">wiretrace retry</span>`}</td></tr>`)}
</tbody></table>`}`;
}

function feedRow(feed: StoredFeed): Html {
  const state = feed.lastError !== null
    ? html`<span class="error-text">${feed.lastError}</span>${feed.failures > 1 ? ` (${feed.failures} errors in a row)` : ''}`
    : feed.lastStatus === null ? html`<span class="muted">not polled yet</span>` : feed.lastStatus === '304' ? 'not modified' : 'ok';
  return html`<tr><td class="url">${feed.url}</td><td>${formatInterval(feed.intervalSeconds)}</td><td>${feed.lastPoll === null ? html`<span class="muted">never</span>` : when(feed.lastPoll)}</td>
<td>${state}</td><td>${when(feed.nextRun)}</td><td class="n">${feed.items}</td>
<td><form method="post" action="/watch/remove"><input type="hidden" name="feed" value="${feed.id}"><button type="submit" aria-label="${`Remove ${feed.url}`}">Remove</button></form></td></tr>`;
}
