import type { BaselineUsed, Claim, Span } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import type { Filed } from './finding.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { DateTag } from './tag/tag.ts';
import { compatible, dayOfWeek as weekday } from './typers/type-dates.ts';
import { WEEKDAY_VALUE } from './tag/tag-dates.ts';
import { rowOf } from './check-misprints.ts';
import { CREDIT_CUES } from '../lexicon/credits.ts';

/** How many words before a date its act may stand ("published on Tuesday", "was signed late on Monday"). */
const REACH = 3;

/**
 * Dates read across whole articles against the source, by the act they date: an outlet dates an act ("a study
 * published on Tuesday") that the source dates otherwise ("published on Wednesday"), wherever each sentence sits. The
 * act is a verb right before the date (not a verb of saying: a party speaks on many days); the source dates it once,
 * or always to one day, gives the outlet's date nowhere, and the outlet gives the source's nowhere. A rewrite that
 * moved the date to another claim, or retold the sentence past what the aligner pairs, still changed it. Judged only
 * against a source.
 */
export function checkAnchoredDates(tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed, claims: readonly Claim[], unique: readonly Span[]): Filed[] {
  const source = baseline.article === null ? null : tagged.get(baseline.article);
  if (!source) return [];
  const theirs = anchored(source);
  const out: Filed[] = [];
  for (const here of tagged.values()) {
    if (here === source) continue;
    for (const b of anchored(here)) {
      const same = theirs.filter((a) => a.acts.some((x) => b.acts.includes(x)) && a.fine === b.fine);
      if (same.length === 0 || same.some((a) => a.tag.value !== same[0]!.tag.value)) continue;
      const a = same[0]!;
      if (sameDay(a.tag.value, b.tag.value) || gives(source, b.tag.value) || gives(here, a.tag.value)) continue;
      const [x, y] = [here.words[b.tag.from]!, here.words[b.tag.to - 1]!];
      const row = rowOf(here.article.id, x.start, claims, unique);
      if (row === null) continue;
      const [p, q] = [source.words[a.tag.from]!, source.words[a.tag.to - 1]!];
      const mine = here.article.text.slice(x.start, y.end);
      const their = source.article.text.slice(p.start, q.end);
      out.push({
        row,
        finding: {
          rule: 'act-redated', kind: 'date', severity: 'high', basis: 'source',
          span: spanOf(here.article.id, here.article.text, x.start, y.end),
          versus: [spanOf(source.article.id, source.article.text, p.start, q.end)],
          message: `dates it "${mine}" where ${baseline.label ?? 'the source'} says "${their}"`,
          actual: b.tag.value, expected: a.tag.value,
        },
      });
    }
  }
  return out;
}

interface Anchored {
  readonly tag: DateTag;
  /** Stems of the acts the date dates: verbs right before it in its sentence, not verbs of saying. */
  readonly acts: readonly string[];
  /** Given to the day. */
  readonly fine: boolean;
}

// The dates of an article that date an act, given to the day or the month.
function anchored(t: TaggedArticle): Anchored[] {
  const out: Anchored[] = [];
  for (const tag of t.tags) {
    if (tag.kind !== 'date' || tag.relative || !(/^\d{4}-\d{2}/.test(tag.value) || weekday(tag.value) !== null)) continue;
    const acts: string[] = [];
    const sentence = t.sentenceOf[tag.from];
    for (let k = tag.from - 1; k >= Math.max(0, tag.from - REACH) && t.sentenceOf[k] === sentence; k--) {
      const w = t.words[k]!;
      if (w.pos === 'VERB' && w.content && !CREDIT_CUES.has(w.text.toLowerCase())) acts.push(w.stem);
    }
    if (acts.length > 0) out.push({ tag, acts, fine: weekday(tag.value) !== null });
  }
  return out;
}

// Whether an article gives a date anywhere, as finely.
function gives(t: TaggedArticle, value: string): boolean {
  return t.tags.some((x) => x.kind === 'date' && !x.relative && (weekday(x.value) !== null) === (weekday(value) !== null) && sameDay(x.value, value));
}

// Two dates that can name the same day: a weekday alone (an article with no date of its own: "W3") against the other's
// day of the week; else one coarser than or equal to the other.
function sameDay(a: string, b: string): boolean {
  if (a.startsWith(WEEKDAY_VALUE) || b.startsWith(WEEKDAY_VALUE)) return weekday(a) === weekday(b);
  return compatible(a, b);
}
