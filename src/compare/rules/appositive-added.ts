import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets } from '../finding.ts';
import { creditsOf } from '../credits-of.ts';
import { isPredicate } from '../same-verb.ts';
import { tokenSpan } from '../variant-helpers.ts';
import { articleStems } from '../article-stems.ts';

const CLAUSE_OPENERS = /^(?:which|who|whom|whose|that|where|when|while|and|but|or|so|because|although|though|if|as|after|before|since|until)$/i;
const AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|shall|should|must)$/i;

/**
 * A verbless detail set off by a comma after words most others carry, that no other outlet has anywhere:
 * "operates more than 6,000 trucks, many of them ageing diesel models" where the others stop at "trucks". Unlike
 * clauseAdded it does not ask this version to carry all of every other wording, only the word it hangs on.
 */
export function appositiveAdded(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.variants.length < 3) return out;
  for (const v of ctx.variants) {
    const others = ctx.others(v.index);
    const credits = creditsOf(v);
    for (const [from, to] of setOffStretches(v)) {
      const words = v.tokens.slice(from, to);
      const content = words.filter((t) => t.content);
      // a noun phrase, not a clause: no relative or conjunction opening it, no verb but a participle before a noun
      // ("ageing diesel models")
      if (content.length < 2 || CLAUSE_OPENERS.test(words[0]!.text)) continue;
      if (words.some((t, k) => (isPredicate(t) || AUXILIARIES.test(t.text)) && !(/(?:ing|ed)$/i.test(t.text) && /NOUN|ADJ/.test(words[k + 1]?.pos ?? '')))) continue;
      if (words.some((t) => credits.some((c) => t.start < c.end && c.start < t.end))) continue;
      const unshared = content.every((t) => others.every((o) => (ctx.align(v.index, o.index).aToB[v.tokens.indexOf(t)] ?? -1) < 0));
      // a figure ("two decades") says nothing of whether others carry the detail: judge freshness on the other words
      const worded = content.filter((t) => !/^\d/.test(t.norm));
      const fresh = worded.filter((t) => others.every((o) => !articleStems(o.article).has(t.stem)));
      if (!unshared || fresh.length * 2 <= worded.length) continue;
      // the word it hangs on, which most of the others carry
      const host = from - 1;
      const carriers = others.filter((o) => (ctx.align(v.index, o.index).aToB[host] ?? -1) >= 0);
      if (carriers.length < 2 || carriers.length * 2 <= others.length) continue;
      const span = tokenSpan(v, from, to);
      if (!span) continue;
      const versus: Span[] = carriers.map((o) => o.span);
      out.push({
        rule: 'appositive-added',
        kind: 'detail_added',
        severity: 'medium',
        span,
        versus,
        message: `"${span.text}" is told by no other outlet: the ${outlets(carriers.length)} carrying "${v.tokens[host]!.text}" ${conjugate(carriers.length, 'report')} it without this`,
        actual: span.text,
        expected: 'nothing',
      });
    }
  }
  return out;
}

// Stretches opened by a comma or dash right after a word and closed by another or by the sentence's final stop.
function setOffStretches(v: Variant): [number, number][] {
  const text = v.article.text;
  const out: [number, number][] = [];
  const gap = (i: number): string => text.slice(v.tokens[i - 1]!.end, v.tokens[i]!.start);
  for (let from = 1; from < v.tokens.length; from++) {
    if (!/^\s*[,—–]\s*$/.test(gap(from))) continue;
    let to = from + 1;
    while (to < v.tokens.length && !/[,;:—–()“”"]|[.!?]\s/.test(gap(to))) to++;
    const after = to < v.tokens.length ? gap(to) : text.slice(v.tokens[to - 1]!.end, v.span.end);
    if (to < v.tokens.length ? /^\s*[,—–]\s*$/.test(after) : /^[.!?]["”’)]?\s*$/.test(after)) out.push([from, to]);
  }
  return out;
}
