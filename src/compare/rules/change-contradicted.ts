import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { NEGATORS } from '../negation-words.ts';
import { sameWord } from '../same-word.ts';
import { CHANGE_VERBS, STEADY_WORDS } from '../../lexicon/steady-words.ts';
import { tokenSpan } from '../variant-helpers.ts';

const REACH = 3;

/** What a wording says of a quantity: that it changed ("reduced deaths") or stayed as it was ("deaths were similar"). */
interface Stance {
  readonly kind: 'change' | 'steady';
  /** The word that says so, and where its wording starts ("did not [rise]"). */
  readonly at: number;
  readonly from: number;
}

// A noun, or a sentence's first word the tagger took for a name ("Deaths were similar").
function isNoun(v: Variant, i: number): boolean {
  const t = v.tokens[i]!;
  return /NOUN|PROPN/.test(t.pos) && (t.pos === 'NOUN' || /^[\s"“‘(]*$/.test(v.article.text.slice(v.span.start, t.start)) || /[.!?:]["”’)]?\s*$/.test(v.article.text.slice(Math.max(v.span.start, t.start - 3), t.start)));
}

/**
 * A quantity told as changed where the other outlets say it stayed as it was, or the reverse: "it also reduced
 * deaths" where they say "deaths were similar in both groups". The quantity's noun must be shared; a negated
 * change ("did not reduce deaths") says it stayed.
 */
export function changeContradicted(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((noun, i) => {
      if (!isNoun(v, i)) return;
      const mine = stanceAt(v, i);
      if (!mine) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const j = o.tokens.findIndex((x, k) => isNoun(o, k) && sameWord(x, noun));
        const theirs = j >= 0 ? stanceAt(o, j) : null;
        if (!theirs) continue;
        if (theirs.kind === mine.kind) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = tokenSpan(o, theirs.from, theirs.at + 1);
        if (span) versus.push(span);
      }
      // a quantity's change is judged only against two or more outlets that tell it otherwise
      const verdict = disagree.length >= 2 ? judgeOutlier(ctx, v, agree, disagree, 'high') : null;
      const span = tokenSpan(v, Math.min(mine.at, i), Math.max(mine.at, i) + 1);
      if (!verdict || !span || span.text.length > 60) return;
      out.push({
        rule: 'change-contradicted',
        kind: 'meaning',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" tells ${mine.kind === 'change' ? 'a change' : 'no change'} where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}`,
        actual: mine.kind,
        expected: mine.kind === 'change' ? 'steady' : 'change',
      });
    });
  }
  return out;
}

// The stance a wording takes on the noun at `i`: a change verb or a steady word within a few words of it, in its clause.
function stanceAt(v: Variant, i: number): Stance | null {
  const text = v.article.text;
  let found: Stance | null = null;
  for (let k = Math.max(0, i - REACH); k <= Math.min(v.tokens.length - 1, i + REACH); k++) {
    if (k === i) continue;
    const [a, b] = k < i ? [v.tokens[k]!, v.tokens[i]!] : [v.tokens[i]!, v.tokens[k]!];
    if (/[,;:—–()]/.test(text.slice(a.end, b.start))) continue;
    const t = v.tokens[k]!;
    if (STEADY_WORDS.has(t.text.toLowerCase())) return { kind: 'steady', at: k, from: k };
    if (t.pos === 'VERB' && CHANGE_VERBS.has(t.lemma)) {
      const negator = v.tokens.slice(Math.max(0, k - 3), k).findIndex((x) => NEGATORS.has(x.text.toLowerCase()) || /n['’]t$/i.test(x.text));
      found ??= negator >= 0 ? { kind: 'steady', at: k, from: Math.max(0, k - 3) + negator } : { kind: 'change', at: k, from: k };
    }
  }
  return found;
}
