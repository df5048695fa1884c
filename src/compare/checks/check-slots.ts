import type { Collation } from '../collate/collation.ts';
import { spanOfWords, type Variant } from '../collate/variant.ts';
import type { Finding } from '../finding.ts';
import type { Span } from '../../model/index.ts';
import type { Change, View } from '../typers/change.ts';
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
    for (const d of judgeReadings(col, views, compare, { wordingAlone: true })) out.push(...findingsOf(col, d, compare));
  }
  return out;
}

/** The findings of one departure: one per change, with the words on each side and the other witnesses' words. */
export function findingsOf(col: Collation, d: Departure<View>, compare: (base: View, other: View) => Change[]): Finding[] {
  const says = describeWitnesses(col, d);
  return d.changes.map((change) => {
    const span = change.here.span ?? placeOf(d.member, change.here);
    const there = change.there.span ?? placeOf(d.base, change.there);
    const versus: Span[] = [there];
    for (const w of d.witnesses) {
      if (w === d.base) continue;
      const same = compare(w, d.member).find((c) => c.type === change.type);
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
