import type { Article, VersionEdit } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { headlineTone, TONE_STEP } from './headline-tone.ts';
import { said, typedEdits } from './typed-edits.ts';

/** A title longer than this is page text caught in the title field: its change is told, not compared word by word. */
const MAX_TITLE_CHARS = 400;
const SOFTER = new Set(['hedge-added', 'denial-added']);
const HARDER = new Set(['hedge-dropped', 'cause-asserted', 'denial-dropped']);

/**
 * A changed headline: one edit for the headline (softened, hardened, or changed), and the typed changes inside it
 * (a figure, a date, a hedge), read by the comparison as it reads two outlets' headlines. Which way it moved is the
 * comparison's when it finds a hedge or a cause put in or taken out, else the two headlines' tone (`headlineTone`).
 */
export function headlineEdits(previous: Article, next: Article): VersionEdit[] {
  const before = previous.title?.replace(/\s+/g, ' ').trim() ?? '';
  const after = next.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (before === after || before === '' || after === '') return [];
  const asText = (a: Article, title: string): Article => ({ ...a, text: title, title: null, ...segment(title) });
  const short = previous.title!.length <= MAX_TITLE_CHARS && next.title!.length <= MAX_TITLE_CHARS;
  const typed = !short ? [] : typedEdits(asText(previous, previous.title!), asText(next, next.title!), [{ before: { start: 0, end: previous.title!.length }, after: { start: 0, end: next.title!.length } }], 'title');
  const [old, now] = [headlineTone(before.slice(0, MAX_TITLE_CHARS)), headlineTone(after.slice(0, MAX_TITLE_CHARS))];
  const direction = typed.some((e) => SOFTER.has(e.rule)) ? 'softened'
    : typed.some((e) => HARDER.has(e.rule)) ? 'hardened'
      : now.score <= old.score - TONE_STEP ? 'softened'
        : now.score >= old.score + TONE_STEP ? 'hardened'
          : null;
  const why = direction === null ? '' : ` (${toneWords(old, now, direction)})`;
  const headline: VersionEdit = {
    rule: direction ? `headline-${direction}` : 'headline-changed',
    kind: 'headline',
    severity: direction ? 'high' : 'medium',
    field: 'title',
    message: `The headline was ${direction ?? 'changed'}: ${said(before)} is now ${said(after)}${why}`,
    after: { start: 0, end: next.title!.length, text: next.title! },
    before: { start: 0, end: previous.title!.length, text: previous.title! },
    ...(direction && { direction }),
    expected: before,
    actual: after,
  };
  return [headline, ...typed];
}

function toneWords(old: ReturnType<typeof headlineTone>, now: ReturnType<typeof headlineTone>, direction: 'softened' | 'hardened'): string {
  const gained = (x: readonly string[], y: readonly string[]): string[] => [...new Set(y.filter((w) => !x.includes(w)))];
  const parts = direction === 'softened'
    ? [list('hedged with', gained(old.hedges, now.hedges)), list('without', gained(now.strong, old.strong))]
    : [list('without the hedge', gained(now.hedges, old.hedges)), list('with', gained(old.strong, now.strong))];
  return parts.filter(Boolean).join('; ') || (direction === 'softened' ? 'milder words' : 'stronger words');
}

function list(lead: string, words: readonly string[]): string {
  return words.length === 0 ? '' : `${lead} ${words.map((w) => `"${w}"`).join(', ')}`;
}
