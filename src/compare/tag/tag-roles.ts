import type { WordToken } from '../../text/word-tokens.ts';
import type { RoleTag } from './tag.ts';
import { BODY_PARTS, LEADING_HEADS, RANK_SAME, ROLE_HEADS, ROLE_MODIFIERS, TITLE_ABBREVIATIONS } from '../../lexicon/roles.ts';
import { ORGANISATION_NOUNS } from '../../lexicon/anaphor-nouns.ts';
import { lower, titleInBodyName, titleModifiers, titleOf as title } from './title-words.ts';
import { RANK_QUALIFIERS } from '../../lexicon/rank-qualifiers.ts';
import { JOB_TITLES } from '../../lexicon/job-titles.ts';
import { RELATIONAL_ADJECTIVES } from '../../lexicon/relational-adjectives.generated.ts';

const FORMS = new Map(Object.entries(JOB_TITLES).flatMap(([role, forms]) => forms.map((f) => [f, role] as const)));
const FORMS_WORDS = new Set([...FORMS.keys()].flatMap((f) => f.split(' ')));
const RANK_WORDS = new Set([...RANK_QUALIFIERS].filter((w) => w !== 'vice'));
// Titles of address written short before a name
const COURTESY = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?$/;

/**
 * Roles: a head noun of a position or relation with the title words before it ("Chief Operating Officer",
 * "Environment Minister", "district attorney", "his sister"), keyed by the canonical job when the lexicon knows
 * its wording, else by its words; a rank word in front ("former", "deputy", "associate") is kept apart.
 */
export function tagRoles(words: readonly WordToken[], text: string): RoleTag[] {
  const out: RoleTag[] = [];
  const modifier = titleModifiers(words);
  for (let i = 0; i < words.length; i++) {
    const head = title(words[i]!);
    if (!ROLE_HEADS.has(head) || words[i]!.pos === 'VERB' || titleInBodyName(words, i, text)) continue;
    // the head of a several-word title is its last title word: "chief executive officer" ends on "officer"
    let to = i + 1;
    // a capitalised title after a lower-case one is the name's own title ("spokesman Capt. Feher"): a role of its own
    const caseBreak = (k: number): boolean => /^\p{Ll}/u.test(words[k - 1]!.text) && /^\p{Lu}/u.test(words[k]!.text);
    while (to < words.length && (ROLE_HEADS.has(title(words[to]!)) || (ROLE_MODIFIERS.has(lower(words[to]!)) && ROLE_HEADS.has(title(words[to + 1] ?? words[to]!))))
      && !caseBreak(to) && !/[,;:()]|\.\s/.test(text.slice(words[to - 1]!.end, words[to]!.start))) to++;
    let from = i;
    while (from > 0 && (modifier(from - 1) || RANK_WORDS.has(lower(words[from - 1]!)) || (/^\p{Lu}/u.test(words[from - 1]!.text) && /^\p{Lu}/u.test(words[from]!.text) && words[from - 1]!.pos !== 'PROPN'))
      && !/[,;:.()'’]/.test(text.slice(words[from - 1]!.end, words[from]!.start))) from--;
    // a rank word before a noun of the post's field ("Deputy admissions director", "former campaign manager"): one title
    const gap = (k: number): boolean => /[,;:.()'’]/.test(text.slice(words[k - 1]!.end, words[k]!.start));
    if (from >= 2 && words[from - 1]!.pos === 'NOUN' && RANK_WORDS.has(lower(words[from - 2]!)) && !gap(from) && !gap(from - 1)) {
      from -= 2;
      // (the rank word read alone as a post of its own, "Deputy", is this title's rank)
      while (out.length > 0 && out[out.length - 1]!.from >= from) out.pop();
    }
    // "of finance", "of the interior": the portfolio named after the head
    if (/^of$/i.test(words[to]?.text ?? '') && FORMS.has(phrase(words, from, to + 2))) to += 2;
    if (/^of$/i.test(words[to]?.text ?? '') && /^the$/i.test(words[to + 1]?.text ?? '') && FORMS.has(phrase(words, from, to + 3))) to += 3;
    const rankAt = words.slice(from, to).findIndex((w) => RANK_WORDS.has(lower(w)));
    const rank = rankAt >= 0 ? RANK_SAME[lower(words[from + rankAt]!)] ?? lower(words[from + rankAt]!) : undefined;
    const kept = words.slice(from, to).filter((w) => !RANK_WORDS.has(lower(w)));
    // one spelling of each word ("Labour" / "Labor"), so a title written the other way is the same title
    const key = canonical(kept.map((w, k) => (FORMS_WORDS.has(lower(w)) ? lower(w) : TITLE_ABBREVIATIONS[lower(w)] ?? (k < kept.length - 1 ? nounOf(w.norm) : w.norm))).join(' '));
    const courtesy = to - from === 1 && COURTESY.test(words[from]!.text) && /^\p{Lu}/u.test(words[to]?.text ?? '');
    const field = fieldOf(words, to, text);
    out.push({ kind: 'role', from, to, key, ...(rank ? { rank } : {}), ...(courtesy ? { courtesy: true as const } : {}), ...(field ? { field } : {}) });
    i = to - 1;
  }
  return out;
}

/** Words read after "of" for a post's field: "head of [the council's roads unit]". */
export const FIELD_WORDS = 5;

// The field of a post in charge of a part of a body, in the lower-case nouns and adjectives after its "of" ("head of
// policy", "director of licensing", "head of the council's roads unit"), a possessive and the noun of a
// part ("unit", "division") aside; none when the words name a body ("head of the Lanmark Trust", "head of the agency",
// "chief executive of the regional planning committee").
function fieldOf(words: readonly WordToken[], to: number, text: string): string[] | undefined {
  const head = words[to - 1];
  if (!head || !LEADING_HEADS.has(title(head)) || !/^of$/i.test(words[to]?.text ?? '') || /[,;:()]/.test(text.slice(head.end, words[to]!.start))) return undefined;
  const field: string[] = [];
  let last: WordToken | undefined;
  for (let j = to + 1; j < words.length && j <= to + FIELD_WORDS && !/[,;:.()"“”]/.test(text.slice(words[j - 1]!.end, words[j]!.start)); j++) {
    const w = words[j]!;
    if (/^\p{Lu}/u.test(w.text)) return undefined;
    if (w.pos === 'DET' || /['’]s?$/.test(w.text)) continue;
    // (a participle before a noun is its modifier: "the steering committee")
    if (!/^(?:NOUN|ADJ)$/.test(w.pos) && !(w.pos === 'VERB' && /ing$/.test(w.text))) break;
    last = w;
    if (!ORGANISATION_NOUNS.has(w.lemma) && !BODY_PARTS.has(w.lemma)) field.push(w.stem);
  }
  // the phrase ends on a body's noun: it names the body the post heads
  if (last && ORGANISATION_NOUNS.has(last.lemma) && !BODY_PARTS.has(last.lemma)) return undefined;
  return field.length > 0 ? field : undefined;
}

// A relational adjective before a title's head read as the noun it is made from ("environmental regulator" /
// "environment regulator", "regional director" / "region director"): one title either way.
function nounOf(word: string): string {
  return word.length >= 7 && word.endsWith('al') && RELATIONAL_ADJECTIVES.has(word) ? word.slice(0, -2) : word;
}

function phrase(words: readonly WordToken[], from: number, to: number): string {
  return words.slice(from, to).map(lower).join(' ');
}

// The job a wording names ("chief executive" and "ceo" are one), by its longest known ending.
export function canonical(words: string): string {
  const parts = words.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    const role = FORMS.get(tail);
    if (role) return [...parts.slice(0, k), role].join(' ');
  }
  return words;
}
