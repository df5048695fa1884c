import type { EntityMention, Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { sameWord } from '../same-word.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { CALENDAR_WORDS, TIME_LEADS } from '../../extract/calendar-words.ts';

/**
 * A named person, body or place put in the slot where the others name someone else: "ordered by the
 * chair, Ann Roe" where they say "ordered by the director, Bo Lind". The slot must be bounded by shared
 * words on both sides, and neither name may appear anywhere in the other wording.
 */
export function nameSwapped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const name of namesIn(v)) {
      const [first, last] = name.tokens;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        if (v.tokens.slice(first, last + 1).some((t) => t.content && o.tokens.some((x) => sameWord(x, t)))) {
          agree.push(o);
          continue;
        }
        const slot = slotIn(ctx, v, o, first, last);
        if (!slot) continue;
        const theirs = namesIn(o).find((n) => n.tokens[0] >= slot[0] && n.tokens[1] < slot[1] && sameKind(n.mention, name.mention));
        if (!theirs || o.tokens.slice(theirs.tokens[0], theirs.tokens[1] + 1).some((t) => t.content && v.tokens.some((x) => sameWord(x, t)))) continue;
        disagree.push(o);
        const span = tokenSpan(o, theirs.tokens[0], theirs.tokens[1] + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, first, last + 1);
      if (!verdict || !span) continue;
      out.push({
        rule: 'name-swapped',
        kind: 'entity',
        severity: verdict.severity,
        span,
        versus,
        message: `names "${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'name')} ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

interface Name {
  readonly mention: EntityMention;
  /** First and last token index of the name in the variant. */
  readonly tokens: readonly [number, number];
}

function namesIn(v: Variant): Name[] {
  const out: Name[] = [];
  for (const m of v.mentions) {
    if (m.kind !== 'entity' || m.type === 'other') continue;
    const inside = v.tokens.flatMap((t, i) => (t.start >= m.start && t.end <= m.end ? [i] : []));
    if (inside.length === 0 || standsAsDate(v, inside[0]!, inside[inside.length - 1]!)) continue;
    out.push({ mention: m, tokens: [inside[0]!, inside[inside.length - 1]!] });
  }
  return out;
}

/**
 * "in May", "on Tuesday", "May 4", "4 May 2026": a lone month or weekday name next to a day, a year or a word of
 * time is a date, never a person, whatever the tagger made of it ("Theresa May said" keeps its name).
 */
function standsAsDate(v: Variant, first: number, last: number): boolean {
  if (first !== last) return false;
  const word = v.tokens[first]!.text.toLowerCase().replace(/\.$/, '');
  if (!CALENDAR_WORDS.has(word)) return false;
  const before = v.tokens[first - 1]?.text.toLowerCase() ?? '';
  const after = v.tokens[last + 1]?.text ?? '';
  return TIME_LEADS.has(before) || /^\d/.test(before) || /^\d/.test(after) || CALENDAR_WORDS.has(before) || CALENDAR_WORDS.has(after.toLowerCase());
}

// The extractor's person/organisation typing is rough ("Northgate Bridge" as a person); only a place against a person is a clear mismatch.
function sameKind(a: EntityMention, b: EntityMention): boolean {
  return a.type === b.type || (a.type !== 'place' && b.type !== 'place');
}

// Tokens of `o` between the partners of the nearest shared words on each side of `v`'s tokens [first, last]; null unless both sides are anchored close by.
function slotIn(ctx: ClaimContext, v: Variant, o: Variant, first: number, last: number): [number, number] | null {
  const { aToB } = ctx.align(v.index, o.index);
  let left = -1;
  for (let p = first - 1; p >= 0 && first - p <= 5; p--) {
    if ((aToB[p] ?? -1) >= 0) {
      left = aToB[p]!;
      break;
    }
  }
  let right = -1;
  for (let q = last + 1; q < v.tokens.length && q - last <= 5; q++) {
    if ((aToB[q] ?? -1) >= 0) {
      right = aToB[q]!;
      break;
    }
  }
  if (left < 0 || right < 0 || right - left > 9 || right <= left + 1) return null;
  return [left + 1, right];
}
