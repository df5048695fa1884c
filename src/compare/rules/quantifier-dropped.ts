import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { quantifierClass } from '../quantifier-class.ts';
import { tokenSpan } from '../variant-helpers.ts';

// Classes that restrict a group to a part of it; dropping "all" or "no" is another kind of change.
const RESTRICTING: ReadonlySet<string> = new Set(['few', 'some', 'several', 'many', 'most', 'half']);
// Words that already fix how much of the group is meant, so the phrase is not bare.
const DETERMINING: ReadonlySet<string> = new Set(['both', 'either', 'neither', 'another', 'other', 'such', 'these', 'those']);
const HEAD_POS = /NOUN|PROPN|ADJ|^X$/;
const REACH = 4;

/**
 * A group the other outlets restrict with a quantifier ("some advisers were removed") told here
 * bare ("advisers were removed"): a part of the group reads as all of it.
 */
export function quantifierDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, m) => {
      if (!isHead(t) || determined(v.tokens, m)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      const theirs: string[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const k = ctx.align(v.index, o.index).aToB[m] ?? -1;
        if (k < 0 || !isHead(o.tokens[k]!)) continue;
        const q = quantifierBefore(o.tokens, k);
        if (q === undefined) {
          agree.push(o);
          continue;
        }
        const cls = quantifierClass(o.tokens, q)!;
        if (!RESTRICTING.has(cls) || superlative(o.tokens, q, k) || predicate(o.tokens, q)) continue;
        disagree.push(o);
        theirs.push(o.tokens[q]!.text.toLowerCase());
        const span = tokenSpan(o, q, k + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, m, phraseEnd(v, m));
      if (!verdict || !span) return;
      const words = [...new Set(theirs)].map((w) => `"${w}"`).join(' or ');
      out.push({
        rule: 'quantifier-dropped',
        kind: 'quantifier',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" without the ${words} ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'put')} on it: a part reads as the whole`,
        actual: 'no quantifier',
        expected: [...new Set(theirs)].join(' | '),
      });
    });
  }
  return out;
}

// The first word of a noun phrase: a noun, name or adjective, not a figure ("some 300 workers" is an estimate).
function isHead(t: WordToken): boolean {
  return t.content && HEAD_POS.test(t.pos) && !/^\d/.test(t.norm) && quantifierClass([t], 0) === undefined;
}

// Index of a quantifier opening the phrase that ends at `k`: over function words only ("some of its"), a few words back.
function quantifierBefore(tokens: readonly WordToken[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && k - j <= REACH; j--) {
    if (quantifierClass(tokens, j) !== undefined) return j;
    if (tokens[j]!.content || /^\d/.test(tokens[j]!.norm)) return undefined;
  }
  return undefined;
}

// True when this side's phrase already says how much of the group it means: a quantifier, a figure, "both", "these".
function determined(tokens: readonly WordToken[], m: number): boolean {
  let partitive = false;
  for (let j = m - 1; j >= 0 && m - j <= REACH; j--) {
    const x = tokens[j]!;
    if (quantifierClass(tokens, j) !== undefined || /^\d/.test(x.norm) || DETERMINING.has(x.text.toLowerCase())) return true;
    // "a cornerstone of Washington's": another noun frames the phrase in this slot
    if (x.content) return partitive && /NOUN|PROPN/.test(x.pos);
    if (x.text.toLowerCase() === 'of') partitive = true;
  }
  return false;
}

// "is part of the plan", "are a majority of": a quantifying noun after a verb tells what something is, not how many.
function predicate(tokens: readonly WordToken[], q: number): boolean {
  if (tokens[q + 1]?.text.toLowerCase() !== 'of') return false;
  const before = /^(a|an|the)$/i.test(tokens[q - 1]?.text ?? '') ? tokens[q - 2] : tokens[q - 1];
  return before !== undefined && /AUX|VERB/.test(before.pos);
}

// "most significant": a superlative, not a share of a group.
function superlative(tokens: readonly WordToken[], q: number, k: number): boolean {
  return tokens[q]!.text.toLowerCase() === 'most' && k === q + 1 && /ADJ|ADV/.test(tokens[k]!.pos);
}

// The phrase flagged: the head and the words of its phrase right after it ("Dutch engineers"), at most three.
function phraseEnd(v: Variant, m: number): number {
  const { tokens } = v;
  let end = m + 1;
  const joined = (a: WordToken, b: WordToken): boolean => /^\s+$/.test(v.article.text.slice(a.end, b.start));
  while (end < tokens.length && end - m < 3 && tokens[end]!.content && /NOUN|PROPN/.test(tokens[end]!.pos) && joined(tokens[end - 1]!, tokens[end]!)) end++;
  return end;
}
