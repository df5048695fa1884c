import { phrasesOf } from '../phrases/languages.ts';
import { joinNames } from '../join-names.ts';
import { endsSentence } from './ends-sentence.ts';
import { headLineKind, type HeadLineKind } from './head-line-kind.ts';
import { normaliseLine } from './normalise-line.ts';
import { bylineNames } from './read-byline.ts';
import { casedName } from './read-site-name.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { RemovalReason } from '../../model/index.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_WORDS = 30;
const MAX_CHARS = 220;
const PROSE_WORDS = 12;
// A headline over a standfirst runs to at least this many words (a section kicker above a headline is shorter).
const STANDFIRST_UNDER = 6;
const SITE_SUFFIX = /\s+[|–—-]\s+(\p{Lu}[^|–—]{1,40})$/u;
// "Six dead as mine caves in By Nadia Brannigan, Europe Correspondent": a byline run into the headline.
const GLUED_BYLINE = /\s(By\s+\p{Lu}.{2,120})$/u;
// Another language's byline joined to the headline as a wrapped line ("... della valle di Marco Bellini").
const GLUED_FOREIGN = new RegExp(`\\s(?:${phrasesOf('bylineLabels').filter((l) => l !== 'by').map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})$`, 'u');
const REASON: Readonly<Record<HeadLineKind, RemovalReason>> = {
  masthead: 'site-chrome', navigation: 'navigation', section: 'navigation', account: 'site-chrome', date: 'dateline',
};

/**
 * Remove the title and read it. The page head runs to the first paragraph of prose; when a byline or dateline
 * stands in it, the headline is the nearest title-shaped line above them, and every short line above the headline
 * is page furniture (masthead, menu, section kicker, account prompt, date): removed, and the first masthead read as
 * the outlet. Without a byline or dateline the headline is the first title-shaped line that is none of those. A
 * " | Site Name" tail goes to the outlet, a byline run into the headline to the byline. Later copies of the title
 * are removed too. When the input carried a title, lines equal to it are removed instead.
 */
export function readTitle(state: TextState): TextState {
  let title = state.meta.title;
  let outlet: string | null = null;
  let byline: string | null = null;
  let units = [...state.units];
  if (title === null) {
    const at = findHeadline(units);
    const unit = units[at];
    if (unit === undefined || !hasMoreAfter(units, at)) return state;
    title = unit.text;
    const glued = GLUED_BYLINE.exec(title);
    const names = glued?.[1] === undefined ? null : bylineNames(glued[1]);
    if (glued !== null && names !== null && wordsOf(title.slice(0, glued.index)).length >= 3) {
      byline = joinNames(names);
      title = title.slice(0, glued.index).trim();
    }
    // "Eleven charged over bribes\nby Corentin Vasseur": a wrapped line opening with a lower-case "by" and a name
    const wrapped = byline === null && unit.pieces.length > 1 ? unit.pieces[unit.pieces.length - 1]! : null;
    const line = wrapped === null ? '' : title.slice(Math.max(0, title.length - (wrapped.end - wrapped.start))).trim();
    const lower = /^by\s+(\p{Lu}.{2,120})$/u.exec(line);
    const lowerNames = lower?.[1] === undefined ? null : bylineNames(`By ${lower[1]}`);
    if (lowerNames !== null && wordsOf(title.slice(0, title.length - line.length)).length >= 3) {
      byline = joinNames(lowerNames);
      title = title.slice(0, title.length - line.length).trim();
    }
    const foreign = byline === null && unit.pieces.length > 1 ? GLUED_FOREIGN.exec(title) : null;
    if (foreign?.[1] !== undefined && wordsOf(title.slice(0, foreign.index)).length >= 3) {
      byline = foreign[1];
      title = title.slice(0, foreign.index).trim();
    }
    const suffix = SITE_SUFFIX.exec(title);
    if (suffix?.[1] !== undefined && wordsOf(suffix[1]).length <= 4 && wordsOf(title).length - wordsOf(suffix[1]).length >= 3) {
      outlet = suffix[1].trim();
      title = title.slice(0, suffix.index);
    }
    units[at] = { ...unit, removed: 'title' };
    let masthead: string | null = null;
    for (let i = 0; i < at; i++) {
      const above = units[i]!;
      if (above.removed !== undefined) continue;
      const kind = headLineKind(above.text) ?? (uncasedMasthead(units, i, at) ? 'masthead' : null);
      // A menu, an account prompt or a date line is furniture at any length headLineKind allows (an account prompt
      // run into the menu below it, "Subscribe from €1 a week | Sign in Home | World | ..."); any other line only
      // when it is short and no sentence.
      const furniture = kind === 'navigation' || kind === 'account' || kind === 'date';
      if (!furniture && (wordsOf(above.text).length > PROSE_WORDS || endsSentence(above.text))) continue;
      if (kind === 'masthead') masthead ??= casedName({ ...state, units }, i, above.text.trim());
      units[i] = { ...above, removed: kind === null ? 'site-chrome' : REASON[kind] };
    }
    outlet = masthead ?? outlet;
  }
  const keys = new Set([normaliseLine(title), ...(outlet === null ? [] : [normaliseLine(`${title} | ${outlet}`)])]);
  units = units.map((u): Unit => (u.removed === undefined && keys.has(normaliseLine(u.text)) ? { ...u, removed: 'title' } : u));
  return fillMeta({ ...state, units }, { title: title, outlet, byline });
}

/** The index of the headline among the units, or -1. */
function findHeadline(units: readonly Unit[]): number {
  const body = units.findIndex((u) => u.removed === undefined && isProse(u.text));
  const head = body < 0 ? units.length : body;
  const firstKept = units.findIndex((u) => u.removed === undefined);
  if (firstKept < 0) return -1;
  // A byline or dateline in the head, below some kept line: the headline stands right above it.
  const anchor = units.findIndex((u, i) => i > firstKept && i < head && (u.removed === 'byline' || u.removed === 'dateline'));
  if (anchor >= 0) {
    for (let i = anchor - 1; i >= 0; i--) {
      const u = units[i]!;
      if (u.removed !== undefined || !isTitleShaped(u.text)) continue;
      const kind = headLineKind(u.text);
      if (kind === 'navigation' || kind === 'account' || kind === 'date') continue;
      // a standfirst stands between headline and byline: a longer title-shaped line right above it, no furniture,
      // is the headline ("Blackout latest: power back for most of the city, but ..." over "Ice on line blamed ...")
      const upper = units[i - 1];
      if (upper !== undefined && upper.removed === undefined && isTitleShaped(upper.text) && headLineKind(upper.text) === null && wordsOf(upper.text).length >= STANDFIRST_UNDER && wordsOf(upper.text).length > wordsOf(u.text).length) return i - 1;
      return i;
    }
  }
  // No byline or dateline: the first line that is no page furniture, if it is title-shaped; a name-shaped line is
  // the masthead only when a title-shaped line follows it.
  const kept = units.flatMap((u, i) => (u.removed === undefined && i < Math.max(head, firstKept + 1) ? [i] : []));
  for (const [n, i] of kept.entries()) {
    const text = units[i]!.text;
    const kind = headLineKind(text);
    const next = kept[n + 1];
    const titleNext = next !== undefined && isTitleShaped(units[next]!.text);
    if (kind === null || (kind === 'masthead' && !titleNext)) return isTitleShaped(text) ? i : -1;
  }
  return -1;
}

// In a script without capitals (Arabic, Hebrew, ...) no line looks like a name: the paper's name is the short line
// right above the site's menu, the place a shouted or Title Case masthead stands on pages in other scripts.
const MASTHEAD_WORDS = 5;
function uncasedMasthead(units: readonly Unit[], i: number, headline: number): boolean {
  const text = units[i]!.text;
  if (/[\p{Lu}\p{Ll}]/u.test(text) || !/\p{Lo}/u.test(text) || wordsOf(text).length > MASTHEAD_WORDS || endsSentence(text)) return false;
  const next = units.slice(i + 1, headline).find((u) => u.removed === undefined || u.removed === 'navigation');
  return next !== undefined && headLineKind(next.text) === 'navigation';
}

function isProse(text: string): boolean {
  return wordsOf(text).length >= PROSE_WORDS && endsSentence(text);
}

function isTitleShaped(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 2 && words <= MAX_WORDS && text.length <= MAX_CHARS && !/[.,;:]["'”’)]?$/u.test(text);
}

function hasMoreAfter(units: readonly Unit[], index: number): boolean {
  return units.slice(index + 1).some((u) => u.removed === undefined);
}
