import type { Variant } from './claim-context.ts';

/** Words that soften a statement's certainty, as data; "attributive" ones credit an unnamed source. */
export const HEDGE_WORDS = {
  plain: ['may', 'might', 'possibly', 'probably', 'likely', 'unlikely', 'perhaps', 'maybe', 'apparently', 'seemingly', 'presumably', 'potentially', 'unclear', 'unconfirmed', 'appears', 'appeared', 'seems', 'seemed', 'appear', 'seem', 'suspected', 'believed', 'thought', 'expected', 'estimated', 'uncertain'],
  /** Only hedges when followed by "to" ("believed to", "expected to"). */
  beforeTo: ['believed', 'thought', 'expected', 'appears', 'appeared', 'seems', 'seemed', 'appear', 'seem', 'estimated'],
  attributive: ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'alleged', 'purported'],
};

const PLAIN = new Set(HEDGE_WORDS.plain);
const BEFORE_TO = new Set(HEDGE_WORDS.beforeTo);
const ATTRIBUTIVE = new Set(HEDGE_WORDS.attributive);

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
    else if (BEFORE_TO.has(w)) {
      if (next === 'to') out.push({ index: i, attributive: false });
    } else if (PLAIN.has(w)) {
      if (w === 'may' && (t.text === 'May' || /^\d/.test(next ?? ''))) return;
      out.push({ index: i, attributive: false });
    }
  });
  return out;
}
