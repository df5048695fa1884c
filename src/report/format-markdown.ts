import type { Report } from '../model/index.ts';
import { formatDate, formatDateRange } from './format-date-range.ts';
import { markdownLink, markdownQuote, markdownText } from './format-markdown-escape.ts';
import { claimMatrix, divergenceItem, originsTable, type MarkdownContext } from './format-markdown-sections.ts';
import { copyHowText } from './copy-how-text.ts';
import { rankOrigins } from './rank-origins.ts';
import { reportView } from './report-view.ts';
import { languageName } from './language-name.ts';
import { sharedText } from './anchor-text.ts';

const TOP_DIVERGENCES = 15;

/**
 * The report as Markdown to paste into a newsroom document: summary, outlets, the most serious
 * divergences with quotations, the claim matrix, outlet-only passages, origins and likely copying.
 * Every piece of article text is escaped for CommonMark + GFM (see `markdownText`); links only to
 * http(s) article URLs.
 */
export function formatMarkdown(report: Report): string {
  const view = reportView(report);
  const labels = new Map(view.outlets.map((o) => [o.article.id, o.label]));
  const ctx: MarkdownContext = { report, view, labelOf: (id) => labels.get(id) ?? id };
  const blocks = [
    ...summary(ctx),
    '## Outlets', outletsTable(ctx),
    ...copies(ctx),
    ...divergences(ctx),
    '## Claim matrix', claimMatrix(ctx),
    ...uniquePassages(ctx),
    '## Credited origins', originsTable(ctx),
    ...copying(ctx),
    ...notCompared(ctx),
    ...setAside(ctx),
  ];
  return `${blocks.filter((b) => b.length > 0).join('\n\n')}\n`;
}

function summary({ report, view }: MarkdownContext): string[] {
  const claims = view.rows.filter((r) => r.kind === 'claim').length;
  const { high, medium, low } = view.bySeverity;
  const facts = [
    `**${view.outlets.length}** ${view.outlets.length === 1 ? 'outlet' : 'outlets'}`,
    formatDateRange(view.firstPublished, view.lastPublished) ?? 'undated',
    `**${claims}** shared ${claims === 1 ? 'claim' : 'claims'}`,
    `**${report.divergences.length}** divergences (${high} high, ${medium} medium, ${low} low)`,
  ];
  const wires = rankOrigins(report.origins).filter((o) => o.kind === 'wire' || o.kind === 'outlet');
  const credited = wires.length > 0
    ? `Credited origin: ${wires.map((o) => `**${markdownText(o.name)}** (${o.kind}, ${o.articles.length} of ${view.outlets.length} outlets)`).join(', ')}.`
    : 'No wire agency or outlet is credited.';
  return [`# ${view.title ? markdownText(view.title) : 'Untitled story'}`, facts.join(' · '), credited, baselineText(view, claims)];
}

// The baseline and why it is one, and what the claims it lacks are judged against; else what judges every claim.
function baselineText(view: MarkdownContext['view'], claims: number): string {
  if (view.baseline) {
    const { outlet, why, claims: carried, reason } = view.baseline;
    const rest = view.rows.filter((r) => r.kind === 'claim' && r.baseline !== null).length - carried;
    return `Baseline: **${markdownText(view.outlets[outlet]!.label)}** (${markdownText(reason ?? why)}): each claim it carries (${carried} of ${claims}) is diffed and judged against its wording${rest > 0 ? `, the other ${rest} against most outlets` : ''}.`;
  }
  return view.judgedAgainst ? `No baseline: each version is judged against ${markdownText(view.judgedAgainst)}.` : '';
}

function outletsTable({ view }: MarkdownContext): string {
  const shared = view.rows.filter((r) => r.kind === 'claim').length;
  const head = '| Outlet | Published | Byline | Claims carried | Changed | Dropped | Added | Worst |\n|---|---|---|--:|--:|--:|--:|---|';
  const rows = view.outlets.map((o) => `| ${[
    `${markdownLink(o.label, o.article.url)}${o.baseline ? ` (baseline: ${o.baseline})` : ''}`,
    formatDate(o.article.published) || '—',
    o.article.byline ? markdownText(o.article.byline) : '—',
    `${o.carried} of ${shared}`,
    o.changed, o.dropped, o.added,
    o.worst ?? '—',
  ].join(' | ')} |`);
  return [head, ...rows].join('\n');
}

function divergences(ctx: MarkdownContext): string[] {
  const { view } = ctx;
  if (view.ranked.length === 0) return ['## Divergences', 'None: the outlets carrying each shared claim tell it the same way.'];
  const shown = view.ranked.slice(0, TOP_DIVERGENCES);
  const more = view.ranked.length - shown.length;
  return [
    shown.length < view.ranked.length ? `## Most serious divergences (${shown.length} of ${view.ranked.length})` : '## Divergences',
    shown.map((d, i) => divergenceItem(ctx, d, i + 1)).join('\n'),
    more > 0 ? `…and ${more} more in the full report.` : '',
  ];
}

function uniquePassages({ view }: MarkdownContext): string[] {
  const rows = view.rows.filter((r) => r.kind === 'unique');
  if (rows.length === 0) return [];
  const items = view.outlets.flatMap((outlet, i) => {
    const own = rows.filter((r) => r.only?.outlet === i);
    return own.length === 0 ? [] : [`- **${markdownText(outlet.label)}**`, ...own.map((r) => `  - ${markdownQuote(r.text, 300)}`)];
  });
  return [`## Passages only one outlet has (${rows.length})`, items.join('\n')];
}

function notCompared({ report }: MarkdownContext): string[] {
  const others = report.notCompared ?? [];
  if (others.length === 0) return [];
  const compared = report.comparedLanguage ? languageName(report.comparedLanguage) : 'one language';
  const items = others.map((a) => `- **${markdownText(a.outlet ?? a.source)}**: same story, not compared: ${markdownText(languageName(a.language))} · ${markdownText(a.title ?? '(untitled)')}${a.shared.length > 0 ? ` (${markdownText(sharedText(a.shared))})` : ''}`);
  return ['## Same story, not compared', `These articles tell the same story in another language. Claims are compared in ${markdownText(compared)} only, word by word, so they were grouped with the story by the names, figures and dates they share and not compared.`, items.join('\n')];
}

function setAside({ report }: MarkdownContext): string[] {
  const aside = report.setAside ?? [];
  if (aside.length === 0) return [];
  const items = aside.map((a) => `- **${markdownText(a.outlet ?? a.source)}**: ${markdownText(a.title ?? '(untitled)')} (story ${markdownText(a.story)}${a.storyTitle && a.storyTitle !== a.title ? `: ${markdownText(a.storyTitle)}` : ''})`);
  return ['## Not the same story', 'These articles tell another story and were left out of the comparison (`--keep-all` compares them).', items.join('\n')];
}

function copies({ view, labelOf }: MarkdownContext): string[] {
  if (view.copies.length === 0) return [];
  const items = view.copies.map((g) => `- **${markdownText(labelOf(g.version))}**, run by ${g.copies.map((c) => `**${markdownText(labelOf(c.article))}** (${copyHowText(c.how, c.share)})`).join(', ')}`);
  return ['## Copies', `${view.outlets.length} outlets ran ${view.versions} versions: an outlet that ran another's text counts once with it in how many outlets carry a claim.`, items.join('\n')];
}

function copying({ report, labelOf }: MarkdownContext): string[] {
  if (report.copying.length === 0) return [];
  const items = report.copying.map((e) => {
    const example = e.evidence[0] ? `, e.g. ${markdownQuote(e.evidence[0].text, 160)}` : '';
    return `- **${markdownText(labelOf(e.to))}** repeats **${markdownText(labelOf(e.from))}** word for word beyond the common source (${Math.round(e.score * 100)}% of its wording)${example}`;
  });
  return ['## Likely copying', items.join('\n')];
}
