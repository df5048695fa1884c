import type { Variant } from './claim-context.ts';

/** Grammatical negators, as data: a claim with one of these denies what the same claim without it affirms. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);

/** Words that deny by meaning ("declined to comment" = "did not comment"); they count as agreeing, never as a flip. */
export const DENYING_WORDS: ReadonlySet<string> = new Set([
  'declined', 'decline', 'declines', 'refused', 'refuse', 'refuses', 'failed', 'fail', 'fails', 'denied', 'deny', 'denies',
  'rejected', 'reject', 'rejects', 'unable', 'without', 'lack', 'lacks', 'lacked', 'absent', 'false', 'untrue', 'ruled', 'dismissed',
]);

/** Token indices of the grammatical negators of a variant. */
export function negationTokens(v: Variant): number[] {
  const out: number[] = [];
  v.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase().replace(/[’']/g, "'");
    // "No. 5" is a rank, and a capitalised "No" before a capitalised word opens a headline ("No Longer ...");
    // a sentence opening "No weapon was found" denies like any other "no"
    if (w === 'no' && (/^\s*\./.test(v.article.text.slice(t.end, t.end + 2))
      || (t.text === 'No' && /^\s*\p{Lu}/u.test(v.article.text.slice(t.end, t.end + 3))))) return;
    if (NEGATORS.has(w) || w.endsWith("n't")) out.push(i);
  });
  return out;
}

/** True when a variant denies something in any way: a negator, a verb of denial, or an "un-"/"non-" word. */
export function deniesAnything(v: Variant): boolean {
  return negationTokens(v).length > 0 || v.tokens.some((t) => DENYING_WORDS.has(t.text.toLowerCase()) || /^(un|non)[a-z]{5,}/i.test(t.text));
}
