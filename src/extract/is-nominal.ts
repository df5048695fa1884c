import type { Token } from './tag-text.ts';

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET', 'PRON', 'X', 'SYM']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Whether a token can sit inside a noun phrase naming a source ("the", "former", "’s", "Smith"). */
export function isNominal(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.pos === 'PART') return /^['’]s?$/.test(token.lower) || token.lower === '’s' || token.lower === "'s";
  if (token.pos === 'PRON') return POSSESSIVE_PRONOUNS.has(token.lower);
  if (token.pos === 'VERB') return /^[A-Z]/.test(token.value) && token.start > 0; // capitalised names mis-tagged as verbs
  return NOMINAL.has(token.pos);
}
