import { SOURCE_NOUNS } from './wire-names.ts';

const PARTITIVE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|most|all|both|each|either|neither|none|a few)\s+of\s+(?:the|those|these)\s+([\p{L}-]+)$/iu;
const DEFINITE = /^(?:the|those|these)\s+([\p{L}-]+)$/iu;
// Words that end a source's head and start what describes it ("officials familiar with ...", "people who attended ...").
const POST_MODIFIER = /^(?:familiar|close|knowledgeable|briefed|involved|who|whom|that|with|of|from|at|in|on|for|to)$/i;

/**
 * The head noun a back-reference points to ("two of the officials", "the official", "one of the
 * people" -> "official", "official", "person"), or null when the phrase introduces a source itself.
 */
export function backReferenceHead(text: string): string | null {
  const phrase = text.trim().replace(/\s+/g, ' ');
  const word = (PARTITIVE.exec(phrase) ?? DEFINITE.exec(phrase))?.[1];
  return word !== undefined && SOURCE_NOUNS.has(word.toLowerCase()) ? singular(word) : null;
}

/** The head noun of a source that introduces people ("three officials familiar with the matter" -> "official"), or null. */
export function sourceHead(text: string): string | null {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/[,;:]$/, ''));
  const end = words.findIndex((w, i) => i > 0 && POST_MODIFIER.test(w));
  const head = words[(end < 0 ? words.length : end) - 1];
  return head !== undefined && SOURCE_NOUNS.has(head.toLowerCase()) ? singular(head) : null;
}

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people') return 'person';
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
