import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { sameWord } from '../same-word.ts';
import { tokenSpan } from '../variant-helpers.ts';
import type { WordToken } from '../../text/word-tokens.ts';

// Prepositions that narrow what a counted noun covers: "admissions for heart failure", "exports to China".
const NARROWING = new Set(['for', 'among', 'from', 'to', 'of', 'in', 'with', 'by']);
const MAX_PHRASE = 4;
const NUMBER_REACH = 4;

/**
 * The phrase that narrows what a figure measures, dropped: "cut admissions by 23%" where the others say
 * "cut admissions for heart failure by 23%", so the figure reads as covering all admissions. The noun, the
 * figure and the words after the phrase must be shared, and no word of the phrase may occur in this version.
 */
export function measureScopeDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    let at: number | undefined;
    for (const o of comparableOthers(ctx, v)) {
      const dropped = droppedPhrase(ctx, v, o);
      if (!dropped) {
        agree.push(o);
        continue;
      }
      disagree.push(o);
      const span = tokenSpan(o, dropped.from, dropped.to);
      if (span) versus.push(span);
      at ??= dropped.head;
    }
    // one other outlet's longer wording is too little to call a figure widened
    const verdict = disagree.length >= 2 ? judgeOutlier(ctx, v, agree, disagree, 'medium') : null;
    if (!verdict || at === undefined) continue;
    const span = tokenSpan(v, at, at + 1);
    if (!span) continue;
    out.push({
      rule: 'measure-scope-dropped',
      kind: 'detail_dropped',
      severity: verdict.severity,
      span,
      versus,
      message: `"${span.text}" without what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'narrow')} it to (${quoteWordings(versus)}), so the figure reads wider than they report`,
      actual: span.text,
      expected: versus[0]?.text ?? '',
    });
  }
  return out;
}

/** What `o` says between a counted noun and the figure that `v` leaves out: the phrase and `v`'s noun index, or null. */
function droppedPhrase(ctx: ClaimContext, v: Variant, o: Variant): { from: number; to: number; head: number } | null {
  const { aToB } = ctx.align(o.index, v.index);
  for (let h = 0; h < o.tokens.length; h++) {
    const noun = o.tokens[h]!;
    const p = h + 1;
    if (!/NOUN/.test(noun.pos) || !NARROWING.has(o.tokens[p]?.text.toLowerCase() ?? '')) continue;
    const vh = aToB[h] ?? -1;
    if (vh < 0) continue;
    // the phrase: the nouns and modifiers right after the preposition that this version does not share
    let end = p + 1;
    while (end < o.tokens.length && end - p <= MAX_PHRASE && plainWord(o.tokens[end]!) && (aToB[end] ?? -1) < 0) end++;
    const words = o.tokens.slice(p + 1, end);
    if (!words.some((w) => w.content) || end - p > MAX_PHRASE) continue;
    // then the words both versions share again ("by 23 percent"), with the figure close by
    let k = end;
    while (k < o.tokens.length && k - end < 2 && (aToB[k] ?? -1) < 0 && !o.tokens[k]!.content) k++;
    const next = aToB[k] ?? -1;
    if (next < 0 || !figureNear(o, end) || !figureNear(v, next)) continue;
    // this version goes straight from the noun to the shared words after the phrase
    if (v.tokens.slice(vh + 1, next).some((t) => t.content)) continue;
    if (words.some((w) => w.content && v.tokens.some((t) => sameWord(t, w)))) continue;
    return { from: p, to: end, head: vh };
  }
  return null;
}

function plainWord(t: WordToken): boolean {
  return /NOUN|PROPN|ADJ|DET/.test(t.pos) && !/^\d/.test(t.norm);
}

// A figure within a few words after word `i`, in the same clause ("[cut] by 23 percent", "rose 10%"; not ", nine sources said").
function figureNear(v: Variant, i: number): boolean {
  const at = v.tokens.slice(i, i + NUMBER_REACH).findIndex((t) => /^\d/.test(t.norm));
  const from = v.tokens[i - 1]?.end ?? v.span.start;
  return at >= 0 && !/[,;:—–()]/.test(v.article.text.slice(from, v.tokens[i + at]!.start));
}
