import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';

/** Fewest words a run keeps: fewer is a phrase, too little to tell a claim by. */
export const MIN_RUN_WORDS = 5;
/** Pieces a run joins at most: longer runs are most of the sentence, which is tried whole already. */
const MAX_RUN_PIECES = 4;
/** Pieces read of one sentence at most (a list of forty commas is no sentence to carve). */
const MAX_PIECES = 16;
const MAX_CHARS = 2000;

// Where a clause may begin inside a sentence: after a comma, semicolon, colon or spaced dash, and before a word that
// opens a subordinate clause, a relative clause or a participle phrase that tells an event of its own ("... after
// the agency cut its rating", "..., prompting the central bank to ...", "..., which make up 30% of ...").
const OPENERS = ['after', 'following', 'before', 'because', 'since', 'as', 'when', 'while', 'whereas', 'although', 'though',
  'which', 'who', 'where', 'prompting', 'pushing', 'citing', 'sending', 'leaving', 'saying', 'adding', 'amid', 'despite',
  'until', 'unless', 'once', 'and', 'but'];
const CUT = new RegExp(`[,;:]\\s+|(?<!\\s)\\s+(?:[—–]|--)\\s+|(?<!\\s)\\s+(?=(?:${OPENERS.join('|')})\\s)`, 'giu');
// a run opened by "with" after a comma ("..., with the higher rates applying from May") drops it as it drops an opener
const LEADING = new RegExp(`^(?:(?:${[...OPENERS, 'with'].join('|')})\\s+)+`, 'iu');
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The stretches of one sentence that may tell a claim of their own: every run of one to four consecutive pieces
 * (cut at clause punctuation and before clause openers), not the whole sentence, with its opening conjunction or
 * subordinator left out ("after Calder cut its rating to junk on Tuesday" -> "Calder cut its rating to junk on
 * Tuesday"), of at least {@link MIN_RUN_WORDS} words. Alignment seats such a run in a second claim when a rewrite
 * folded that claim into a sentence about another one. Runs are distinct and in reading order.
 */
export function clauseRuns(text: string, sentence: Range): Range[] {
  if (sentence.end - sentence.start > MAX_CHARS) return [];
  const body = text.slice(sentence.start, sentence.end);
  const pieces: Range[] = [];
  let start = 0;
  for (const m of body.matchAll(CUT)) {
    const at = m.index ?? 0;
    if (at > start) pieces.push({ start, end: at });
    start = at + m[0].length;
    if (pieces.length >= MAX_PIECES) return [];
  }
  if (start < body.length) pieces.push({ start, end: body.length });
  if (pieces.length < 2) return [];
  const seen = new Set<string>();
  const runs: Range[] = [];
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i; j < pieces.length && j - i < MAX_RUN_PIECES; j++) {
      if (i === 0 && j === pieces.length - 1) continue;
      const raw = body.slice(pieces[i]!.start, pieces[j]!.end);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      const range = trimRange(text, { start: sentence.start + pieces[i]!.start + lead, end: sentence.start + pieces[j]!.end });
      const words = text.slice(range.start, range.end).match(WORD)?.length ?? 0;
      const key = `${range.start}-${range.end}`;
      if (words < MIN_RUN_WORDS || seen.has(key)) continue;
      seen.add(key);
      runs.push(range);
    }
  }
  return runs.sort((a, b) => a.start - b.start || a.end - b.end);
}
