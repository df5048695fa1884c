import type { Token } from './tag-text.ts';
import type { AttributionCue } from './find-attribution-cues.ts';
import { nounPhraseBefore } from './noun-phrase-before.ts';
import { nounPhraseAfter } from './noun-phrase-after.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';

const SKIP_BEFORE = new Set(['AUX', 'ADV', 'PART']);
const CLOSERS = new Set([',', '”', '"', '’', "'", ':', '—', '–', '(', ')', '“']);
const BREAKS = new Set([',', '—', '–', '(', ';']);
const CITING = new Set(['cite', 'quote']);
const PASSIVE_AUX = new Set(['be', 'get']);
const RELATIVES = new Set(['who', 'that']);
const MAX_RELATIVE = 12;
const SAYING = new Set(['say', 'tell', 'add', 'speak', 'explain', 'write']);

/** Token indices of the phrase a cue credits (its source) within sentence tokens `[first, end)`, or null. */
export function findAttributionSource(tokens: readonly Token[], cue: AttributionCue, first: number, end: number): { first: number; last: number } | null {
  if (cue.kind === 'unspecified') return null;
  if (cue.kind === 'according') return nounPhraseAfter(tokens, cue.last + 1, end);
  const verb = tokens[cue.first]!;
  const after = cue.last + 1;
  // "documents seen by X", "was cited by X": the agent is the source.
  // ("she said by telephone": a plain verb of saying, not passive, is followed by the means, not an agent)
  const saying = SAYING.has(verb.lemma) && !isPassive(tokens, cue.first, first);
  if (tokens[after]?.lower === 'by' && /(ed|en|wn|id|ld|ght)$/.test(verb.lower) && !saying) {
    const agent = nounPhraseAfter(tokens, after + 1, end);
    if (agent) return agent;
  }
  const gerund = verb.lower.endsWith('ing');
  // "..., citing three officials" / "quoting a spokesman": what is cited is the source, not the clause's subject.
  if (gerund && CITING.has(verb.lemma)) return nounPhraseAfter(tokens, after, end);
  // "Crews were told to stop", "the board was briefed": the subject of a passive cue heard it; it is not a source.
  // ("He was quoted as saying" still credits him.)
  if (!gerund && isPassive(tokens, cue.first, first) && tokens[after]?.lower !== 'as') return null;
  const prev = tokens[cue.first - 1];
  // '"...," said Smith' and '..., said the minister': the subject follows the verb.
  // "tell" takes its listener after it ("..., the plant's manager, told reporters"): it never puts its subject last
  if (!gerund && verb.lemma !== 'tell' && (cue.first === first || (prev && CLOSERS.has(prev.lower)))) {
    const inverted = nounPhraseAfter(tokens, after, end);
    // '..., said Smith.' ends there; '..., said Polish aid had helped' is the content, not the speaker.
    const following = tokens[(inverted?.last ?? 0) + 1];
    // A relative clause on the speaker ("said Smith, a professor who has studied it") ends the name too.
    // An opening quotation after the phrase makes it the object named ('..., called the charge "a first step"').
    const ends = !following || (following.pos === 'PUNCT' && !opensQuotation(tokens, (inverted?.last ?? 0) + 1, end)) || following.lower === 'who' || following.lower === 'whose';
    if (inverted && isSubjectLike(tokens, inverted.first) && (ends || inverted.last + 1 >= end)) return inverted;
    // '"...," said Ingrid Solberg, the report's lead author.': a proper name set off by a comma is the speaker, whatever
    // the description after it runs into ("and lead author of ...", a possessive); a date ("said Tuesday, ...") is not
    const name = properNameAt(tokens, after, end);
    if (name && tokens[name.last + 1]?.lower === ',') return name;
  }
  let j = cue.first - 1;
  while (j >= first && SKIP_BEFORE.has(tokens[j]!.pos) && !/^[’']s$/.test(tokens[j]!.lower)) j--;
  if (j < first) return null;
  if (gerund || tokens[j]!.pos === 'CCONJ') return sentenceSubject(tokens, first, j);
  // "two people who attended the meeting said": the source is the phrase the relative clause describes.
  // After a comma the clause belongs to an appositive ("Lund, a cardiologist who was not involved, said"): see below.
  const described = BREAKS.has(tokens[j]!.lower) ? null : relativeHead(tokens, j, first);
  if (described) return described;
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
      let name = nounPhraseBefore(tokens, k - 1, first);
      // "Dascu, 34, a teacher from Velaro, said": an age set off by commas is part of the description; the name is before it
      while (name && isAge(tokens, name) && name.first - 1 > first && BREAKS.has(tokens[name.first - 1]!.lower)) {
        name = nounPhraseBefore(tokens, name.first - 2, first);
      }
      if (name) return { first: name.first, last: j - 1 };
    }
    return null;
  }
  return nounPhraseBefore(tokens, j, first);
}

// Two or more capitalised proper nouns from `at` ("Ingrid Solberg"), none of them a month or weekday name.
function properNameAt(tokens: readonly Token[], at: number, end: number): { first: number; last: number } | null {
  let k = at;
  while (k < end && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.value) && !CALENDAR_WORDS.has(tokens[k]!.lower)) k++;
  return k - at >= 2 ? { first: at, last: k - 1 } : null;
}

function isAge(tokens: readonly Token[], phrase: { first: number; last: number }): boolean {
  return phrase.first === phrase.last && /^\d{1,3}$/.test(tokens[phrase.first]!.lower);
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

/** Whether the cue at `at` is a passive participle: a form of "be" or "get" before it, past adverbs and "not". */
function isPassive(tokens: readonly Token[], at: number, first: number): boolean {
  let k = at - 1;
  while (k >= first && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  const aux = tokens[k];
  return k >= first && aux !== undefined && (aux.pos === 'AUX' || aux.pos === 'VERB') && PASSIVE_AUX.has(aux.lemma);
}

/**
 * "people who attended the meeting" ending at token `end`: a noun, then "who"/"that" opening a
 * clause with its verb (no punctuation inside), as token indices from the noun phrase's start, or null.
 */
function relativeHead(tokens: readonly Token[], end: number, first: number): { first: number; last: number } | null {
  for (let k = end - 1; k > first && end - k <= MAX_RELATIVE; k--) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT' && token.lower !== '-') return null;
    if (!RELATIVES.has(token.lower)) continue;
    const noun = tokens[k - 1]!;
    const next = tokens[k + 1]!;
    if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || !['VERB', 'AUX', 'ADV'].includes(next.pos)) return null;
    const phrase = nounPhraseBefore(tokens, k - 1, first);
    return phrase ? { first: phrase.first, last: end } : null;
  }
  return null;
}

/** True when token `k` is a quotation mark that opens a quotation: a curly opener, or a straight one with words after it. */
function opensQuotation(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!.value;
  return t === '“' || t === '«' || (t === '"' && k + 1 < end && tokens[k + 1]!.pos !== 'PUNCT');
}
