import type { Variant } from './claim-context.ts';

/** Words that soften a statement's certainty, as data; "attributive" ones credit an unnamed source. */
export const HEDGE_WORDS = {
  plain: ['may', 'might', 'possibly', 'probably', 'likely', 'unlikely', 'perhaps', 'maybe', 'apparently', 'seemingly', 'presumably', 'potentially', 'unclear', 'unconfirmed', 'appears', 'appeared', 'seems', 'seemed', 'appear', 'seem', 'suspected', 'believed', 'thought', 'expected', 'estimated', 'uncertain'],
  /** Only hedges when followed by "to" ("believed to", "expected to"). */
  beforeTo: ['believed', 'thought', 'expected', 'appears', 'appeared', 'seems', 'seemed', 'appear', 'seem', 'estimated'],
  attributive: ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'alleged', 'purported', 'allege', 'alleges'],
  /** A plan still being weighed: hedges only after a form of "be" ("is considering offering", "are weighing a bid"). */
  deliberative: ['considering', 'weighing', 'mulling', 'contemplating', 'exploring', 'eyeing', 'studying', 'pondering'],
  /** Modals that soften too ("could help") but also tell past ability ("could see"): never flagged, but they keep a hedge. */
  weak: ['could'],
};

const PLAIN = new Set(HEDGE_WORDS.plain);
const BEFORE_TO = new Set(HEDGE_WORDS.beforeTo);
const ATTRIBUTIVE = new Set(HEDGE_WORDS.attributive);
const DELIBERATIVE = new Set(HEDGE_WORDS.deliberative);
const BE = /^(?:is|are|was|were|be|been|being|am|'s|’s)$/;

/** A hedge in a variant: its token index and whether it credits an unnamed source ("reportedly"). */
export interface HedgeToken {
  readonly index: number;
  readonly attributive: boolean;
}

/** The hedging words of a variant. */
export function hedgeTokens(v: Variant): HedgeToken[] {
  const out: HedgeToken[] = [];
  v.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    const next = v.tokens[i + 1]?.text.toLowerCase();
    if (ATTRIBUTIVE.has(w)) out.push({ index: i, attributive: true });
    else if (DELIBERATIVE.has(w)) {
      const before = v.tokens[i - 1]?.text.toLowerCase() ?? '';
      const beforeThat = v.tokens[i - 2]?.text.toLowerCase() ?? '';
      if (BE.test(before) || (/ly$|^(?:still|also|now|reportedly)$/.test(before) && BE.test(beforeThat))) out.push({ index: i, attributive: false });
    }
    else if (BEFORE_TO.has(w)) {
      if (next === 'to') out.push({ index: i, attributive: false });
    } else if (PLAIN.has(w)) {
      if (w === 'may' && (t.text === 'May' || /^\d/.test(next ?? ''))) return;
      out.push({ index: i, attributive: false });
    }
  });
  return out;
}

const WEAK = new Set(HEDGE_WORDS.weak);

/** Token indices of a variant's weak modals that soften ("could help"; not "could not"). */
export function weakHedgeTokens(v: Variant): number[] {
  return v.tokens.flatMap((t, i) => (WEAK.has(t.text.toLowerCase()) && !/^(?:not|n't|never)$/.test(v.tokens[i + 1]?.text.toLowerCase() ?? '') ? [i] : []));
}

/** True when a variant softens with a weak modal ("could help"), so it does not state the claim as certain. */
export function hasWeakHedge(v: Variant): boolean {
  return weakHedgeTokens(v).length > 0;
}
