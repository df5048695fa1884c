import { languageName } from './language-name.ts';
import type { Story } from '../model/index.ts';
import { terminalSafe } from './terminal-safe.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The readable story listing: a header, then per story its number, title and id, then its size, date span
 * (days: grouping reads no times), languages and outlets, and any line `more` gives it. Lines are cut to `width` columns; article text is escaped.
 */
export function formatStories<S extends Story>(stories: readonly S[], options: { readonly width?: number; readonly more?: (story: S) => string | null } = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const articles = stories.reduce((n, s) => n + s.articles.length, 0);
  const lines = [`${count(stories.length, 'story', 'stories')} from ${count(articles, 'article', 'articles')}`];
  stories.forEach((story, i) => {
    const number = `${String(i + 1).padStart(3)}  `;
    const title = oneLine(story.title ?? '(untitled)');
    lines.push('', cut(`${number}${title}`, width - story.id.length - 4) + `  [${story.id}]`);
    const facts = [count(story.articles.length, 'article', 'articles'), daySpan(story.first, story.last), story.languages.map(languageName).join(', ')];
    lines.push(cut(`     ${facts.filter(Boolean).join(' · ')}`, width));
    lines.push(cut(`     ${story.outlets.map(oneLine).join(', ')}`, width));
    const more = options.more?.(story);
    if (more) lines.push(cut(`     ${more}`, width));
  });
  return `${terminalSafe(lines.join('\n'))}\n`;
}

/** The story listing as JSON Lines: one story per line, its articles each with why it belongs. */
export function formatStoriesJson(stories: readonly Story[]): string {
  return stories.map((s) => JSON.stringify(s)).join('\n') + (stories.length > 0 ? '\n' : '');
}

/** A span of publication days: "14 Aug 2031", "14–15 Aug 2031", "30 Jan – 2 Feb 2031", or "" when undated. */
export function daySpan(first: string | null, last: string | null): string {
  const a = first ? new Date(Date.parse(first)) : null;
  const b = last ? new Date(Date.parse(last)) : null;
  if (!a || Number.isNaN(a.getTime())) return '';
  const end = b && !Number.isNaN(b.getTime()) ? b : a;
  const day = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (day(a) === day(end)) return day(a);
  if (a.getUTCFullYear() !== end.getUTCFullYear()) return `${day(a)} – ${day(end)}`;
  if (a.getUTCMonth() !== end.getUTCMonth()) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${day(end)}`;
  return `${a.getUTCDate()}–${day(end)}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}
