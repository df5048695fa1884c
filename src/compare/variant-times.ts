import type { Variant } from './claim-context.ts';
import { findTimes, type TimeOfDay } from '../extract/find-times.ts';

/** A time of day written in a variant, with the index of its first token. */
export interface VariantTime extends TimeOfDay { readonly index: number }

/** The times of day inside a variant's words ("shortly after 7:30 a.m."), offsets into its article. */
export function variantTimes(v: Variant): VariantTime[] {
  const first = v.tokens[0];
  const last = v.tokens[v.tokens.length - 1];
  if (!first || !last) return [];
  const out: VariantTime[] = [];
  for (const t of findTimes(v.article.text.slice(first.start, last.end))) {
    const start = first.start + t.start;
    const end = first.start + t.end;
    const index = v.tokens.findIndex((w) => w.start >= start && w.start < end);
    if (index >= 0) out.push({ ...t, start, end, index });
  }
  return out;
}
