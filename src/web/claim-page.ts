import { kindLabel } from '../report/kind-label.ts';
import { paths } from '../serve/permalinks.ts';
import type { ClaimDetail, FindingDetail, Wording } from '../serve/read-story-detail.ts';
import { html, type Html } from './html.ts';
import { page } from './page.ts';

/** A claim's permalink page: each outlet's wording, and the findings on it, each linked. */
export function claimPage(d: ClaimDetail): Html {
  return page(`Claim: ${d.claim.text.slice(0, 80)}`, html`<p><a href="${paths.story(d.story)}">← the story</a></p>
<h1>${d.claim.text}</h1>
<p class="muted">Claim ${d.claim.id} of analysis ${d.analysis}${d.claim.told ? ` · told ${d.claim.told}` : ''} · ${d.wordings.length} ${d.wordings.length === 1 ? 'wording' : 'wordings'}</p>
<h2>How each outlet words it</h2>
${d.wordings.map(wordingBlock)}
<h2>Findings</h2>
${d.findings.length === 0 ? html`<p class="muted">None: the outlets agree on it.</p>` : html`<ul>${d.findings.map((f) => html`<li><a href="${paths.finding(d.story, f.id, d.analysis)}">${kindLabel(f.kind)}</a> (${f.severity}): ${f.message}</li>`)}</ul>`}`);
}

/** A finding's permalink page: what it says, the words it is on, and what it was judged against. */
export function findingPage(d: FindingDetail): Html {
  const f = d.finding;
  return page(`Finding: ${kindLabel(f.kind)}`, html`<p><a href="${paths.story(d.story)}">← the story</a> · <a href="${paths.claim(d.story, d.claim, d.analysis)}">the claim</a></p>
<h1>${kindLabel(f.kind)} (${f.severity})</h1>
<p>${f.message}</p>
${f.actual !== undefined || f.expected !== undefined ? html`<p class="muted">This outlet: ${f.actual ?? '—'} · the others: ${f.expected ?? '—'}</p>` : ''}
<h2>The words</h2>
${wordingBlock(d.wording)}
<h2>Judged against</h2>
${d.versus.length === 0 ? html`<p class="muted">No counterpart.</p>` : d.versus.map(wordingBlock)}`);
}

function wordingBlock(w: Wording): Html {
  return html`<figure><blockquote>${w.text}</blockquote><figcaption class="muted">${w.outlet ? html`<a href="${paths.outlet(w.outlet.trim())}">${w.outlet}</a>` : w.article}${w.field === 'title' ? ', headline' : ''}${w.title && w.field !== 'title' ? html` · ${w.title}` : ''}</figcaption></figure>`;
}
