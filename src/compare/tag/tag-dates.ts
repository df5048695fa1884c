import type { Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { DateTag, TimeTag } from './tag.ts';
import { findTimes } from '../../extract/find-times.ts';
import { wordRange } from './word-range.ts';

// "this year", "next year" fix a year against the article's date; "now", "recently", "this week" name no date the text gives
const FIXED_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|christmas|easter|\b(?:1[89]|20)\d\d\b|\b(?:this|next|last) year\b|\d{1,2}\/\d{1,2}/i;

/** The dates the extractor read (normalised against the article's date) and the times of day, as word ranges. */
export function tagDates(words: readonly WordToken[], text: string, mentions: readonly Mention[]): (DateTag | TimeTag)[] {
  const out: (DateTag | TimeTag)[] = [];
  const times = findTimes(text).map((t) => ({ ...t, ...wordRange(words, t.start, t.end) })).filter((t) => t.to > t.from);
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    const r = wordRange(words, m.start, m.end);
    if (r.to <= r.from || times.some((t) => t.from < r.to && r.from < t.to && !/[a-z]{3}/i.test(m.text))) continue;
    const fixed = /^(\d{4}|--)/.test(m.value) && FIXED_DATE.test(m.text);
    out.push({ kind: 'date', from: r.from, to: r.to, value: m.value, ...(fixed ? {} : { relative: true as const }) });
  }
  for (const t of times) {
    if (out.some((d) => d.from <= t.from && t.to <= d.to && d.kind === 'time')) continue;
    const zone = /\b(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|IST|JST|local time)\b/i.exec(text.slice(t.start, t.end + 12))?.[1]?.toLowerCase().replace(' time', '');
    out.push({ kind: 'time', from: t.from, to: t.to, minutes: t.minutes, certain: t.certain, ...(zone ? { zone: zone === 'utc' ? 'gmt' : zone } : {}) });
  }
  return out;
}
