import type { Token } from './tag-text.ts';
import { isNominal } from './is-nominal.ts';

const JOINERS = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from', 'and', '&', 'on']);
const POST_MODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'one', 'someone', 'others']);
// "the company's most recent filing": a degree word inside the phrase, before the word it grades
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);
const MAX = 24;

/**
 * The noun phrase starting at token `start`, reading rightwards but not past `ceiling` (exclusive):
 * "11 sources familiar with the matter", "Alejandro Smith, an associate professor of history".
 * With `appositive`, a comma-led description after a name is included. Returns token indices or null.
 */
export function nounPhraseAfter(tokens: readonly Token[], start: number, ceiling: number, appositive = true): { first: number; last: number } | null {
  const head = tokens[start];
  if (!head || start >= ceiling) return null;
  if (PRONOUNS.has(head.lower)) return { first: start, last: start };
  if (!isNominal(head)) return null;
  let last = start;
  let i = start + 1;
  for (; i < ceiling && i - start < MAX; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1]!;
    if ((token.lower === '-' || token.lower === '–') && prev.end === token.start) continue;
    // a plural possessive inside a name: "the Garment Workers' Union", "the Farmers' Federation"
    if (pluralPossessive(tokens, i) && i + 1 < ceiling && isNominal(tokens[i + 1])) continue;
    if (isNominal(token) && token.pos !== 'PRON' && !(token.pos === 'DET' && isNominal(prev) && prev.pos !== 'ADP')) {
      last = i;
      continue;
    }
    if (token.pos === 'PRON' && /^(his|her|their|its)$/.test(token.lower) && JOINERS.has(prev.lower)) {
      last = i;
      continue;
    }
    if ((JOINERS.has(token.lower) || POST_MODIFIERS.has(token.lower)) && isNominal(tokens[i + 1]) && i + 1 < ceiling) continue;
    if (DEGREE.has(token.lower) && tokens[i + 1]?.pos === 'ADJ' && i + 1 < ceiling) continue;
    if (POST_MODIFIERS.has(token.lower) && JOINERS.has(tokens[i + 1]?.lower ?? '')) continue;
    break;
  }
  // "Smith, an adviser to the campaign," : a description set off by commas after a name.
  const comma = tokens[last + 1];
  if (appositive && comma && (comma.lower === ',' || comma.lower === '—') && tokens[last]?.pos === 'PROPN') {
    const more = tokens[last + 2];
    if (more && (more.pos === 'DET' || more.pos === 'ADJ' || more.pos === 'NOUN') && last + 2 < ceiling) {
      const extra = nounPhraseAfter(tokens, last + 2, ceiling, false);
      if (extra) last = extra.last;
    }
  }
  while (last > start && /^(and|of|for|at|with|to|in|from|on|&)$/.test(tokens[last]!.lower)) last--;
  return { first: start, last };
}

/** Token `i` is the apostrophe of a plural possessive, glued to a word ending in "s" ("Workers'"). */
export function pluralPossessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t !== undefined && prev !== undefined && /^['’]$/.test(t.value) && prev.end === t.start && /s$/i.test(prev.value);
}
