import type { Collation } from '../collate/collation.ts';
import { spanOfWords, type Variant } from '../collate/variant.ts';
import type { Finding } from '../finding.ts';
import type { Span } from '../../model/index.ts';
import type { Change, TypeContext, View } from '../typers/change.ts';
import { typeChanges } from '../typers/type-changes.ts';
import { judgeReadings, type Departure } from '../judge/judge-readings.ts';
import { describeWitnesses } from '../judge/describe-witnesses.ts';

/** Every slot of a collated claim: read each wording opposite it, judge the readings, and name each departure's changes. */
export function checkSlots(col: Collation): Finding[] {
  const ctx = { pair: col.pair, overlap: col.overlap };
  const compare = (base: View, other: View): Change[] => typeChanges(base, other, ctx);
  const out: Finding[] = [];
  for (const slot of col.slots) {
    const views: View[] = slot.readings.flatMap((r) => (r ? [{ v: col.variants[r.variant]!, from: r.from, to: r.to }] : []));
    for (const d of judgeReadings(col, views, compare, { readingKey })) out.push(...findingsOf(col, d));
  }
  return out;
}

/**
 * A whole-claim check that reads each wording whole: every wording set against the others by `compare`, judged like
 * a slot, each departure's changes as findings.
 */
export function checkWholeWordings(col: Collation, compare: (base: View, other: View, ctx: TypeContext) => Change[]): Finding[] {
  const ctx: TypeContext = { pair: col.pair, overlap: col.overlap };
  const items: View[] = col.variants.map((v) => ({ v, from: 0, to: v.tokens.length }));
  const read = (base: View, other: View): Change[] => compare(base, other, ctx);
  return judgeReadings(col, items, read).flatMap((d) => findingsOf(col, d));
}

/**
 * What the typers read of a reading: its words with the word on either side and the marks between them, and the
 * tags there, placed from the reading's start. A member whose key is the source's reads as the source does.
 */
function readingKey(w: View): string {
  const { v, from, to } = w;
  const a = Math.max(0, from - 1);
  const b = Math.min(v.tokens.length, to + 1);
  let text = '';
  for (let k = a; k < b; k++) {
    const t = v.tokens[k]!;
    const next = v.tokens[k + 1];
    text += t.text + (k + 1 < b && next ? (next.start >= t.end ? v.article.text.slice(t.end, next.start) : '\u0003') : '');
  }
  const tags = v.tags.filter((t) => t.from < b && a < t.to).map((t) => ({ ...t, from: t.from - from, to: t.to - from, ...(t.kind === 'num' ? { at: t.at - from } : {}) }));
  return `${to - from}\u0001${text}\u0001${JSON.stringify(tags)}`;
}

/**
 * The findings of one departure: one per change, with the words on each side and the other witnesses' words (each
 * witness's reading as the judging compared it, not compared again).
 */
export function findingsOf<T extends View>(col: Collation, d: Departure<T>): Finding[] {
  const says = describeWitnesses(col, d);
  return d.changes.map((change, i) => {
    const span = change.here.span ?? placeOf(d.member, change.here);
    // the base's words where the base told this change; else the words of the reading that did
    const there = change.there.span ?? placeOf(d.readBy?.[i] ?? d.base, change.there);
    const versus: Span[] = [there];
    for (const w of d.witnesses) {
      if (w === d.base) continue;
      const same = d.seen(w, d.member).find((c) => c.type === change.type);
      versus.push(same ? same.there.span ?? placeOf(w, same.there) : placeOf(w, { from: w.from, to: w.to }));
    }
    return {
      rule: change.type,
      kind: change.kind,
      severity: change.severity,
      span,
      versus,
      message: change.explain(clean(span.text), clean(there.text), says),
      basis: d.via,
      ...(change.actual !== undefined ? { actual: change.actual } : { actual: span.text }),
      ...(change.expected !== undefined ? { expected: change.expected } : { expected: there.text }),
    };
  });
}

// The words of a view at a range; an empty range (words left out) is the words just around the place.
function placeOf(view: View, range: { from: number; to: number }): Span {
  const { v } = view;
  if (range.to > range.from) return spanOfWords(v, range.from, range.to) ?? whole(v);
  const from = Math.max(0, range.from - 1);
  const to = Math.min(v.tokens.length, range.to + 1);
  return spanOfWords(v, from, Math.max(to, from + 1)) ?? whole(v);
}

function whole(v: Variant): Span {
  return v.span;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
