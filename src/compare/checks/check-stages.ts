import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import type { ScaleTag } from '../tag/tag.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { sameWord } from '../same-word.ts';
import { checkWholeWordings } from './check-slots.ts';
import { SCALE_WORDS } from '../../lexicon/scales.ts';

/** The rank of each word of the stage scale, whatever scale the tagger read it on ("is considering" is also doubt). */
const STAGE_RANK = new Map(SCALE_WORDS.filter((w) => w.scale === 'stage').map((w) => [w.words.join(' '), w.rank]));

/** A stage word of this rank or lower says the act is not done yet: considered, planned, under talks. */
const PENDING = 2;
/** Words between a stage word and the act it governs ("plans [to] raise", "agreed [to] extend"). */
const GAP = 3;
const NOT_YET = /^(?:to|will|would|shall|could|may|might|can|should|must|not|never|be|being)$/i;

/**
 * How far along an act is, read over the whole wording: the base tells an act as pending ("plans to raise the
 * grant", "is considering extending the closure") and this wording tells the same act as done ("has raised the
 * grant"), or as further along or less far ("agreed to extend" / "considering extending"); or the base tells it done
 * and this wording only planned. The act is the same verb on both sides (by stem), wherever the rewrite moved it;
 * a stage word facing another in a slot is also read there (typeScales), and one finding is kept.
 */
export function checkStages(col: Collation): Finding[] {
  return checkWholeWordings(col, compareStages);
}

interface Act { readonly k: number; readonly stage: ScaleTag | null }

function compareStages(base: View, other: View): Change[] {
  const theirs = acts(base);
  const mine = acts(other);
  for (const a of theirs) {
    const b = mine.find((m) => sameWord(other.v.tokens[m.k]!, base.v.tokens[a.k]!));
    if (!b) continue;
    const rankA = a.stage?.rank ?? Infinity;
    const rankB = b.stage?.rank ?? Infinity;
    if (rankA === rankB || (rankA > PENDING && rankB > PENDING)) continue;
    const here = b.stage ? { from: b.stage.from, to: b.k + 1 } : { from: b.k, to: b.k + 1 };
    const there = a.stage ? { from: a.stage.from, to: a.k + 1 } : { from: a.k, to: a.k + 1 };
    const further = rankB > rankA;
    return [{
      kind: 'meaning', type: further ? 'stage-advanced' : 'stage-retreated', severity: 'medium', here, there,
      explain: further
        ? (h, t, says) => `tells as further along ("${h}") what ${says('give')} as "${t}"`
        : (h, t, says) => `tells as less far along ("${h}") what ${says('give')} as "${t}"`,
      actual: b.stage?.word ?? 'done', expected: a.stage?.word ?? 'done',
    }];
  }
  return [];
}

// The acts a wording tells with a stage (the verb a stage word governs: "plans to [raise]") or as done (a verb with
// no stage word, no modal and no "to" before it), outside quotations.
function acts(view: View): Act[] {
  const tokens = view.v.tokens;
  const quotes = view.v.tags.filter((t) => t.kind === 'quote');
  const inQuote = (k: number): boolean => quotes.some((q) => q.from <= k && k < q.to);
  const stages = view.v.tags.filter((t): t is ScaleTag => t.kind === 'scale' && STAGE_RANK.has(t.word) && !inQuote(t.from))
    .map((t) => ({ ...t, rank: STAGE_RANK.get(t.word)! }));
  const out: Act[] = [];
  const governed = new Set<number>();
  const text = view.v.article.text;
  for (const s of stages) {
    // a stage noun ("the proposal", "talks") governs no act
    if (s.to - s.from === 1 && /NOUN|PROPN/.test(tokens[s.from]!.pos)) continue;
    for (let k = s.to; k < tokens.length && k - s.to < GAP; k++) {
      // the act follows in the same clause
      if (/[,;:.—–()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (!tokens[k]!.content) continue;
      if (/VERB/.test(tokens[k]!.pos) || /ing$/i.test(tokens[k]!.text)) {
        out.push({ k, stage: s });
        governed.add(k);
      }
      break;
    }
  }
  tokens.forEach((t, k) => {
    if (governed.has(k) || inQuote(k) || t.pos !== 'VERB' || !t.content || !done(tokens, k)) return;
    if (stages.some((s) => s.from <= k && k < s.to)) return;
    out.push({ k, stage: null });
  });
  return out;
}

// A verb told as done: a past form ("raised", "has raised"), with no modal, "to" or negation just before it.
function done(tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text.toLowerCase() === t.lemma || /(?:ing|s)$/i.test(t.text)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (NOT_YET.test(tokens[j]!.text)) return false;
  return true;
}
