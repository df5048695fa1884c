import type { Token } from './tag-text.ts';
import { ATTRIBUTION_LEXICON as LEX } from '../lexicon/attribution.ts';

/** A word or phrase that credits a statement, as token indices into one sentence. */
export interface AttributionCue {
  readonly first: number;
  readonly last: number;
  readonly kind: 'according' | 'verb' | 'belief' | 'unspecified';
}

const SPEECH = new Set<string>(LEX.speechVerbs);
const BELIEF = new Set<string>(LEX.beliefVerbs);
const UNSPECIFIED = LEX.unspecified.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const UNSPECIFIED_FIRST = new Set(UNSPECIFIED.map((words) => words[0]));
const CLAUSE_OPENERS = new Set(['that', 'DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'SCONJ']);
// Phrases that belong to the cue ("said in a statement", "pointed out").
const CUE_TAILS = [['in', 'a', 'statement'], ['in', 'an', 'interview'], ['in', 'a', 'news', 'release'], ['in', 'a', 'tweet'], ['on', 'twitter'], ['out'], ['for'], ['on']];
const TAIL_VERBS = new Set(['point', 'call', 'lash', 'speak', 'weigh']);

/** Find the cues of attribution in tokens `[first, end)`: "according to", reporting verbs, "reportedly". */
export function findAttributionCues(tokens: readonly Token[], first: number, end: number): AttributionCue[] {
  const cues: AttributionCue[] = [];
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.lower === 'according' && next?.lower === 'to') {
      cues.push({ first: i, last: i + 1, kind: 'according' });
      i++;
      continue;
    }
    const phrase = UNSPECIFIED_FIRST.has(token.lower) && UNSPECIFIED.find((words) => words.every((w, k) => i + k < end && tokens[i + k]!.lower === w));
    if (phrase) {
      cues.push({ first: i, last: i + phrase.length - 1, kind: 'unspecified' });
      i += phrase.length - 1;
      continue;
    }
    if (token.pos !== 'VERB' && !isMistaggedVerb(tokens, i)) continue;
    if (SPEECH.has(token.lemma)) {
      cues.push({ first: i, last: i + tailLength(tokens, i, end), kind: 'verb' });
    } else if (BELIEF.has(token.lemma) && next && (CLAUSE_OPENERS.has(next.lower) || CLAUSE_OPENERS.has(next.pos))) {
      cues.push({ first: i, last: i, kind: 'belief' });
    }
  }
  return cues;
}

function tailLength(tokens: readonly Token[], i: number, end: number): number {
  for (const tail of CUE_TAILS) {
    if (tail.length === 1 && !TAIL_VERBS.has(tokens[i]!.lemma)) continue;
    if (tail.every((w, k) => i + 1 + k < end && tokens[i + 1 + k]!.lower === w)) return tail.length;
  }
  return 0;
}

/** "Reuters reports." / "the agency says that": a present-tense speech verb wink tagged as a plural noun. */
function isMistaggedVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'NOUN' || !/s$/.test(token.lower)) return false;
  const stem = token.lower.endsWith('ies') ? `${token.lower.slice(0, -3)}y` : token.lower.slice(0, -1);
  if (!SPEECH.has(stem) && !SPEECH.has(token.lower.slice(0, -2))) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const subject = prev && (prev.pos === 'PROPN' || prev.pos === 'PRON');
  const complement = !next || next.pos === 'PUNCT' || next.lower === 'that' || next.pos === 'DET' || next.pos === 'PRON';
  return Boolean(subject && complement);
}
