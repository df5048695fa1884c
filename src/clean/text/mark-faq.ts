import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { keptIndexes, removeUnits } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState } from './text-state.ts';

const FAQ_HEADINGS: ReadonlySet<string> = new Set(LEXICON.faqHeadings);
const QUESTION_STARTS: ReadonlySet<string> = new Set(LEXICON.questionStarts);
const MAX_ANSWER_UNITS = 3;
const RESTATE_SHARE = 0.6;

/**
 * Remove generated question-and-answer blocks: a "Frequently asked questions" heading with the
 * question/answer pairs under it, or a run of question lines each followed by a short answer
 * that closes the page (at least three questions, or two under a heading-shaped line).
 */
export function markFaq(state: TextState): TextState {
  const kept = keptIndexes(state);
  const text = (k: number): string => state.units[kept[k]!]!.text;
  const drop: number[] = [];
  let covered = 0;
  kept.forEach((_, k) => {
    // A heading inside a block already taken adds nothing; skipping it keeps the walk linear.
    if (k < covered || !isFaqHeading(text(k))) return;
    const end = pairsFrom(k + 1, kept.length, text);
    // A heading with no questions under it is a menu item ("FAQ"), not a block.
    if (end.questions >= 1) {
      for (let i = k; i < end.next; i++) drop.push(kept[i]!);
      covered = end.next;
    }
  });
  // Walk back from the end: answers, then the question above them, as long as the run holds.
  let k = kept.length - 1;
  let questions = 0;
  let start = kept.length;
  while (k >= 0) {
    let answers = 0;
    while (k >= 0 && !isQuestion(text(k)) && answers < MAX_ANSWER_UNITS) {
      answers++;
      k--;
    }
    if (k < 0 || answers === 0 || !isQuestion(text(k))) break;
    questions++;
    start = k;
    k--;
  }
  const heading = start - 1 >= 0 && isHeading(text(start - 1));
  const block = kept.slice(heading ? start - 1 : start);
  // Without a FAQ heading, only a block that restates the story is generated; an explainer
  // organised under question headings ("Who pays?") says new things under each.
  const story = kept.slice(0, heading ? start - 1 : start).map((_, k) => text(k)).join(' ');
  const answers = kept.slice(start).map((_, k) => text(start + k)).filter((t) => !isQuestion(t));
  if ((questions >= 3 || (questions >= 2 && heading)) && restates(answers, story)) for (const i of block) drop.push(i);
  return removeUnits(state, drop, 'faq');
}

/** Follow question/answer pairs from `k`: how many questions, and the first index after the run. */
function pairsFrom(k: number, length: number, text: (k: number) => string): { questions: number; next: number } {
  let questions = 0;
  let at = k;
  while (at < length && isQuestion(text(at))) {
    let answers = 0;
    let next = at + 1;
    while (next < length && !isQuestion(text(next)) && answers < MAX_ANSWER_UNITS) {
      answers++;
      next++;
    }
    if (answers === 0) break;
    questions++;
    at = next;
  }
  return { questions, next: at };
}

/** Whether the answers mostly reuse the story's words (at least 60% of their longer words). */
function restates(answers: readonly string[], story: string): boolean {
  const known = new Set(content(story));
  const words = answers.flatMap(content);
  return words.length > 0 && words.filter((w) => known.has(w)).length >= words.length * RESTATE_SHARE;
}

function content(text: string): string[] {
  // Five letters or more keeps the content words and skips most function words in any language.
  return wordsOf(text.toLowerCase()).filter((w) => w.length >= 5).map((w) => w.slice(0, 6));
}

function isFaqHeading(text: string): boolean {
  // The headings are a few words; the trailing-punctuation pattern never reads a long line.
  return text.length <= 60 && FAQ_HEADINGS.has(text.toLowerCase().replace(/[\s:?.!-]+$/, ''));
}

function isQuestion(text: string): boolean {
  const words = wordsOf(text);
  return words.length <= 30 && /\?["'”’]?$/.test(text) && QUESTION_STARTS.has((words[0] ?? '').toLowerCase());
}

function isHeading(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 1 && words <= 15 && !endsSentence(text);
}
