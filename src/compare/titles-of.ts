import type { WordToken } from '../text/word-tokens.ts';
import { JOB_TITLES } from '../lexicon/job-titles.ts';

/** A job title given to a named person in a variant: the role, the title's tokens and whose it is. */
export interface PersonTitle {
  readonly role: string;
  readonly from: number;
  readonly to: number;
  /** The person's surname, lower-cased. */
  readonly person: string;
}

const FORMS = Object.entries(JOB_TITLES)
  .flatMap(([role, forms]) => forms.map((form) => ({ role, words: form.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);
const REACH = 6;

/**
 * The job titles in `tokens` that sit beside a person's name of two or more capitalised words: before it
 * ("Chief Executive Mette Lindqvist", "chief financial officer, Mette Lindqvist") or after it ("Mette Lindqvist,
 * the company's chief executive").
 */
export function titlesOf(tokens: readonly WordToken[]): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = FORMS.find((f) => f.words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w));
    if (!form) continue;
    const to = i + form.words.length;
    const person = nameAfter(tokens, to) ?? nameBefore(tokens, i);
    if (person) out.push({ role: form.role, from: i, to, person });
    i = to - 1;
  }
  return out;
}

const capital = (t: WordToken | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos !== 'VERB';
const isTitleWord = (t: WordToken): boolean => FORMS.some((f) => f.words.includes(t.text.toLowerCase()));

function nameAfter(tokens: readonly WordToken[], from: number): string | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 2); k++) {
    if (!capital(tokens[k]) || isTitleWord(tokens[k]!)) continue;
    let end = k;
    while (capital(tokens[end]) && !isTitleWord(tokens[end]!)) end++;
    return end - k >= 2 ? tokens[end - 1]!.text.toLowerCase() : undefined;
  }
  return undefined;
}

function nameBefore(tokens: readonly WordToken[], to: number): string | undefined {
  for (let end = to; end > Math.max(0, to - REACH); end--) {
    if (!capital(tokens[end - 1])) continue;
    let start = end - 1;
    while (start > 0 && capital(tokens[start - 1])) start--;
    return end - start >= 2 ? tokens[end - 1]!.text.replace(/['’]s$/, '').toLowerCase() : undefined;
  }
  return undefined;
}
