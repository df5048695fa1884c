import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { sameWord } from '../same-word.ts';
import { samePlace } from '../../lexicon/place-aliases.ts';
import { loadedStrength } from '../loaded-strength.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';
import { afterModal } from '../after-modal.ts';
import { PERSON_TITLES } from '../../extract/entity-lexicon.ts';
import { creditsOf } from '../credits-of.ts';

/**
 * One name or one modifier put in place of another in the same slot: "maritime blockade" where the
 * others say "oil blockade", "in Havana" where they say "in Caracas".
 */
export function entityChanged(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      // a loaded word in another's place ("regime" for "government") is framing, told by its own rule
      if (!t.content || /^\d/.test(t.norm) || loadedStrength(t)) return;
      // a word of a date ("on Monday" / "on Tuesday") is a date, told by its own rule
      if (v.mentions.some((m) => m.kind === 'date' && m.start <= t.start && t.end <= m.end)) return;
      const others = ctx.others(v.index);
      if (others.every((o) => (ctx.align(v.index, o.index).aToB[i] ?? -1) >= 0)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of others) {
        // the word elsewhere in their wording agrees, unless it stands opposite another word of ours ("Kestova's plans"
        // in both leaves "Kestovan officials" / "Drelland officials" a swap)
        const { bToA } = ctx.align(v.index, o.index);
        const free = (j: number): boolean => (bToA[j] ?? -1) < 0 || bToA[j] === i;
        if ((ctx.align(v.index, o.index).aToB[i] ?? -1) >= 0 || o.tokens.some((x, j) => (sameWord(x, t) || samePlace(x.norm, t.norm)) && free(j))) {
          agree.push(o);
          continue;
        }
        const j = substituteIn(ctx, v, o, i);
        if (j === undefined) continue;
        disagree.push(o);
        const span = tokenSpan(o, j, j + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      // one news agency credited in place of another ("according to an AP report" / "a Reuters report"): the
      // story's origin changed, an attribution
      const wire = inWireCredit(v, span) && versus.length > 0 && versus.every((s) => inWireCredit(others.find((o) => o.article.id === s.article)!, s));
      out.push({
        rule: 'entity-changed',
        kind: wire ? 'attribution' : 'entity',
        severity: verdict.severity,
        span,
        versus,
        message: `${wire ? 'credits the agency ' : ''}"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, wire ? 'credit' : 'say')} ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    });
  }
  return out;
}

// The single word of `o` standing in the slot of word `i` of `v`, when it is a true substitute.
function substituteIn(ctx: ClaimContext, v: Variant, o: Variant, i: number): number | undefined {
  const { aToB } = ctx.align(v.index, o.index);
  const [from, to] = oppositeRange(ctx, v, o, i);
  const mine = v.tokens[i]!;
  const left = prevContent(v.tokens, i);
  const right = nextContent(v.tokens, i);
  let slot = o.tokens.slice(from, to).map((x, k) => ({ x, k: from + k })).filter(({ x }) => x.content);
  // v ends (or starts) on the word while o goes on ("in Madrid." / "in Lisbon and published ..."):
  // the name right against the shared words is what stands opposite, when it is a name on its own.
  if (slot.length > 1 && isName(mine, v.tokens, i)) {
    const edge = right === undefined ? slot[0]! : left === undefined ? slot[slot.length - 1]! : undefined;
    const beside = edge && o.tokens[right === undefined ? edge.k + 1 : edge.k - 1];
    if (edge && isName(edge.x, o.tokens, edge.k) && !(beside && isName(beside, o.tokens, o.tokens.indexOf(beside)))) slot = [edge];
  }
  if (slot.length !== 1) return undefined;
  const { x: sub, k: j } = slot[0]!;
  if (v.tokens.some((y) => sameWord(y, sub) || samePlace(y.norm, sub.norm))) return undefined;
  // the word must be alone in its slot on this side too
  const rightMatched = right !== undefined && (aToB[right] ?? -1) >= 0;
  const leftMatched = left !== undefined && (aToB[left] ?? -1) >= 0;
  if (!(rightMatched || right === undefined) || !(leftMatched || left === undefined) || (!rightMatched && !leftMatched)) return undefined;
  if (isName(mine, v.tokens, i) && isName(sub, o.tokens, j)) return j;
  // a modifier swapped before the same head noun: "oil blockade" / "maritime blockade"
  const head = v.tokens[i + 1];
  const theirHead = o.tokens[j + 1];
  if (!head || !theirHead || right !== i + 1 || aToB[i + 1] !== j + 1) return undefined;
  if (!/NOUN|PROPN/.test(head.pos)) return undefined;
  if (mine.pos === 'ADJ' && sub.pos === 'ADJ') return undefined;
  // names swap through the rule above; here only common modifiers, written right against their head, and the
  // portfolio of an office ("Interior Minister" / "Transport Minister"), capitalised as part of the title
  const office = PERSON_TITLES.has(head.norm) && PERSON_TITLES.has(theirHead.norm) && /^\p{Lu}/u.test(mine.text) && /^\p{Lu}/u.test(sub.text);
  if (!office && (/^\p{Lu}/u.test(mine.text) || /^\p{Lu}/u.test(sub.text))) return undefined;
  if (/\S/.test(v.article.text.slice(mine.end, head.start)) || /\S/.test(o.article.text.slice(sub.end, theirHead.start))) return undefined;
  if (!/NOUN|PROPN|ADJ/.test(mine.pos) || !/NOUN|PROPN|ADJ/.test(sub.pos)) return undefined;
  // "would likely draw scrutiny" / "face scrutiny": verbs the tagger misread as modifiers, a paraphrase
  if (afterModal(v.tokens, i) || afterModal(o.tokens, j)) return undefined;
  return j;
}

// Whether a span lies inside a credit of the variant that names a news agency.
function inWireCredit(v: Variant | undefined, s: Span): boolean {
  return v !== undefined && creditsOf(v).some((c) => (c.family === 'wire' || c.family === 'listener') && c.start <= s.start && s.end <= c.end);
}

function isName(t: WordToken, tokens: readonly WordToken[], i: number): boolean {
  return /^\p{Lu}/u.test(t.text) && i > 0 && !/^\p{Lu}+$/u.test(tokens.map((x) => x.text).join('')) && t.pos === 'PROPN';
}

function prevContent(tokens: readonly WordToken[], i: number): number | undefined {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.content) return k;
  return undefined;
}

function nextContent(tokens: readonly WordToken[], i: number): number | undefined {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]!.content) return k;
  return undefined;
}
