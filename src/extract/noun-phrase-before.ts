import type { Token } from './tag-text.ts';
import { isNominal } from './is-nominal.ts';
import { pluralPossessive } from './noun-phrase-after.ts';

/** Words that join two nominal parts of one phrase ("official of the party", "close to X"). */
const JOINERS = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from', 'on', 'and', '&', '-', '–', '.', 'close', 'familiar', 'knowledgeable']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that', 'one', 'this', 'some', 'others', 'many', 'both', 'all', 'several', 'few', 'most', 'none', 'someone', 'somebody', 'everyone', 'anyone', 'nobody']);
const MAX = 18;

/**
 * The noun phrase ending at token `end` (inclusive), reading leftwards but not before `floor`:
 * "a source close to the ruling party", "Smith and Jones", "he". Returns token indices or null.
 */
export function nounPhraseBefore(tokens: readonly Token[], end: number, floor: number): { first: number; last: number } | null {
  const last = tokens[end];
  if (!last || end < floor) return null;
  if (last.pos === 'PRON' || SUBJECT_PRONOUNS.has(last.lower)) {
    return SUBJECT_PRONOUNS.has(last.lower) ? { first: end, last: end } : null;
  }
  if (!isNominal(last) || last.pos === 'DET' || last.pos === 'ADJ') return null;
  let first = end;
  let afterDeterminer = false;
  for (let i = end - 1; i >= floor && end - i < MAX; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    const glued = token.end === next.start;
    if (token.lower === '-' || token.lower === '–') {
      if (!glued) break;
      continue;
    }
    if (afterDeterminer) {
      // A determiner opens a phrase: go on only through "of"-like joiners or a possessive.
      if (JOINERS.has(token.lower) && token.lower !== '.' && isNominal(tokens[i - 1])) {
        afterDeterminer = false;
        continue;
      }
      break;
    }
    if (isNominal(token)) {
      first = i;
      if (token.pos === 'DET' || token.pos === 'PRON') afterDeterminer = true;
      continue;
    }
    if (JOINERS.has(token.lower) && (isNominal(tokens[i - 1]) || JOINERS.has(tokens[i - 1]?.lower ?? ''))) continue;
    // a plural possessive inside a name: "the Garment Workers' Union said"
    if (pluralPossessive(tokens, i) && isNominal(tokens[i - 1])) continue;
    break;
  }
  return { first, last: end };
}
