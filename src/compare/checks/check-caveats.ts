import type { Span } from '../../model/index.ts';
import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import type { Finding } from '../finding.ts';
import { aboutAThing, type Change, type View } from '../typers/change.ts';
import { judgeReadings } from '../judge/judge-readings.ts';
import { findingsOf } from './check-slots.ts';

/** A wording and the caveat its sentence sets on it, in its words or opening the rest of its sentence. */
interface Caveated extends View {
  readonly caveat: Span | null;
  /**
   * The caveat is a clause of its own about a thing: a verb and a noun or figure ("though it warned the courts could
   * block it"), not a connective ("nonetheless") nor a further statement of the speaker's ("but declined to comment").
   */
  readonly clause: boolean;
}

/**
 * Caveats: a finding the baseline tells with a caveat ("..., although it cautioned that drought played a part")
 * told here with none, in the wording or in the rest of its sentence. A caveat often stands in a clause of its own,
 * so the wording alone would not show it is gone.
 */
export function checkCaveats(col: Collation): Finding[] {
  const items = col.variants.map(caveatOf).filter((x): x is Caveated => x !== null);
  const out: Finding[] = [];
  for (const d of judgeReadings(col, items, compareCaveats)) out.push(...findingsOf(col, d));
  return out;
}

// The caveat on a wording; null when its sentence goes on past it without one being told (it may come later).
function caveatOf(v: Variant): Caveated | null {
  // a caveat follows what it qualifies: one opening the wording ("Despite the delays, ...") is a lead-in, and one
  // before most of the wording's words holds the claim rather than qualifying it
  const content = (from: number, to: number): number => v.tokens.slice(from, to).filter((w) => w.content).length;
  const inside = v.tags.find((t) => t.kind === 'qualifier' && t.type === 'caveat' && content(0, t.from) > 0 && content(0, t.from) >= content(t.to, v.tokens.length));
  const base = { v, from: 0, to: v.tokens.length, clause: false };
  if (inside) {
    // the caveat runs from its opening word to the end of the wording (in the text: a reordered wording's last
    // local word need not be its last)
    const start = v.tokens[inside.from]!.start;
    const end = Math.max(v.tokens[inside.from]!.end, v.span.end);
    const clause = aboutAThing(v.tokens.slice(inside.to));
    return { ...base, clause, caveat: { article: v.article.id, start, end, text: v.article.text.slice(start, end) } };
  }
  const t = v.tagged;
  const last = v.at[v.at.length - 1] ?? 0;
  const sentence = t.sentenceOf[last] ?? -1;
  const rest = t.tags.find((x) => x.kind === 'qualifier' && x.type === 'caveat' && x.from > last && t.sentenceOf[x.from] === sentence && x.from - last <= 3);
  if (rest) {
    const end = t.words.reduce((e, w, k) => (t.sentenceOf[k] === sentence ? w.end : e), 0);
    const start = t.words[rest.from]!.start;
    const clause = aboutAThing(t.words.filter((w, k) => k >= rest.to && t.sentenceOf[k] === sentence));
    return { ...base, clause, caveat: { article: v.article.id, start, end, text: v.article.text.slice(start, end) } };
  }
  return v.closesSentence ? { ...base, caveat: null } : null;
}

function compareCaveats(base: Caveated, other: Caveated): Change[] {
  if (!base.caveat || other.caveat) return [];
  const n = other.v.tokens.length;
  return [{
    kind: 'detail_dropped', type: 'caveat-dropped', severity: 'medium', here: { from: Math.max(0, n - 3), to: n },
    there: { from: 0, to: 0, span: base.caveat },
    explain: (h, t, says) => `tells this without the caveat ${says('set')} on it: "${t}"`, actual: 'no caveat', expected: base.caveat.text,
    clause: base.clause,
  }];
}
