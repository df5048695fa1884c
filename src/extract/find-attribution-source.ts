import type { Token } from './tag-text.ts';
import type { AttributionCue } from './find-attribution-cues.ts';
import { nounPhraseBefore } from './noun-phrase-before.ts';
import { nounPhraseAfter } from './noun-phrase-after.ts';

const SKIP_BEFORE = new Set(['AUX', 'ADV', 'PART']);
const CLOSERS = new Set([',', '”', '"', '’', "'", ':', '—', '–', '(', ')', '“']);
const BREAKS = new Set([',', '—', '–', '(', ';']);

/** Token indices of the phrase a cue credits (its source) within sentence tokens `[first, end)`, or null. */
export function findAttributionSource(tokens: readonly Token[], cue: AttributionCue, first: number, end: number): { first: number; last: number } | null {
  if (cue.kind === 'unspecified') return null;
  if (cue.kind === 'according') return nounPhraseAfter(tokens, cue.last + 1, end);
  const verb = tokens[cue.first]!;
  const after = cue.last + 1;
  // "documents seen by X", "was cited by X": the agent is the source.
  if (tokens[after]?.lower === 'by' && /(ed|en|wn|id|ld|ght)$/.test(verb.lower)) {
    const agent = nounPhraseAfter(tokens, after + 1, end);
    if (agent) return agent;
  }
  const gerund = verb.lower.endsWith('ing');
  const prev = tokens[cue.first - 1];
  // '"...," said Smith' and '..., said the minister': the subject follows the verb.
  if (!gerund && (cue.first === first || (prev && CLOSERS.has(prev.lower)))) {
    const inverted = nounPhraseAfter(tokens, after, end);
    // '..., said Smith.' ends there; '..., said Polish aid had helped' is the content, not the speaker.
    const following = tokens[(inverted?.last ?? 0) + 1];
    if (inverted && isSubjectLike(tokens, inverted.first) && (!following || inverted.last + 1 >= end || following.pos === 'PUNCT')) return inverted;
  }
  let j = cue.first - 1;
  while (j >= first && SKIP_BEFORE.has(tokens[j]!.pos) && !/^[’']s$/.test(tokens[j]!.lower)) j--;
  if (j < first) return null;
  if (gerund || tokens[j]!.pos === 'CCONJ') return sentenceSubject(tokens, first, j);
  if (tokens[j]!.lower === ')') {
    // "Rep. Jane Doe (D-Ore.) said": the name stands before the bracket.
    let k = j - 1;
    while (k > first && tokens[k]!.lower !== '(') k--;
    const name = k > first ? nounPhraseBefore(tokens, k - 1, first) : null;
    return name ? { first: name.first, last: j } : null;
  }
  if (BREAKS.has(tokens[j]!.lower)) {
    // "Smith, a spokesman for the agency, said": take the name and its description.
    let k = j - 1;
    while (k > first && !BREAKS.has(tokens[k]!.lower) && !/^[“"]$/.test(tokens[k]!.lower)) k--;
    if (k > first && BREAKS.has(tokens[k]!.lower)) {
      const name = nounPhraseBefore(tokens, k - 1, first);
      if (name) return { first: name.first, last: j - 1 };
    }
    return null;
  }
  return nounPhraseBefore(tokens, j, first);
}

function isSubjectLike(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  return token.pos === 'PROPN' || token.pos === 'DET' || token.pos === 'NUM' || token.pos === 'ADJ' || /^(he|she|they|we|i|it)$/.test(token.lower) || token.pos === 'NOUN';
}

/** The first noun phrase of the clause that is followed by its verb ("In May, the senator said ..."). */
function sentenceSubject(tokens: readonly Token[], first: number, before: number): { first: number; last: number } | null {
  for (let i = first; i < before; i++) {
    const token = tokens[i]!;
    if (!isSubjectLike(tokens, i) && token.pos !== 'PRON') continue;
    const phrase = nounPhraseAfter(tokens, i, before);
    if (!phrase) continue;
    let k = phrase.last + 1;
    if (tokens[k]?.lower === '(') while (k < before && tokens[k]!.lower !== ')') k++;
    if (tokens[k]?.lower === ')') k++;
    const next = tokens[k];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB'))) {
      return { first: phrase.first, last: k - 1 };
    }
    i = phrase.last;
  }
  return null;
}
