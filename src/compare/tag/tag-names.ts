import type { WordToken } from '../../text/word-tokens.ts';
import type { NameTag } from './tag.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../lexicon/roles.ts';
import { RANK_QUALIFIERS } from '../../lexicon/rank-qualifiers.ts';
import { CALENDAR_WORDS, TIME_LEADS } from '../../lexicon/calendar.ts';
import { HONORIFICS, NAME_CONNECTORS as CONNECTORS } from '../../lexicon/name-parts.ts';
import { lower, namesABody, titleInBodyName, titleModifiers } from './title-words.ts';

const HONORIFIC: ReadonlySet<string> = new Set([...HONORIFICS, 'st']);
const TITLE_WORD = (w: string): boolean => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || RANK_QUALIFIERS.has(w) || HONORIFIC.has(w);

/**
 * Proper names: runs of capitalised words the tagger reads as names (a sentence's first word only when it is one),
 * with inner connectors ("Bank of England"); the words of a title in front ("Chief Executive", "Dr.") are the role's.
 * `skip` holds words already read as dates.
 */
export function tagNames(words: readonly WordToken[], text: string, sentenceStarts: ReadonlySet<number>, skip: ReadonlySet<number>): NameTag[] {
  const out: NameTag[] = [];
  const opening = (k: number): boolean => sentenceStarts.has(k) || /["“‘(]\s*$/.test(text.slice(Math.max(0, words[k]!.start - 2), words[k]!.start));
  // words the article writes with a capital where nothing else calls for one: its names
  const named = new Set(words.filter((w, k) => /^\p{Lu}/u.test(w.text) && !opening(k)).map((w) => w.text));
  const portfolio = titleModifiers(words);
  const capital = (k: number): boolean => {
    const w = words[k];
    if (!w || skip.has(k) || !/^\p{Lu}/u.test(w.text) || /^\d/.test(w.norm)) return false;
    if (titleInBodyName(words, k, text) && !opening(k)) return true;
    if (TITLE_WORD(lower(w)) || portfolio(k)) return false;
    // "in May", "on Sunday": a month or weekday after a word of time is a date, not a name
    if (CALENDAR_WORDS.has(lower(w)) && TIME_LEADS.has(words[k - 1]?.text.toLowerCase() ?? '')) return false;
    // at a sentence's opening a capital says nothing: a word read as a name is one when the article capitalises it
    // elsewhere too, or a capitalised word follows it ("Police", "Villagers" and "Shares" open sentences as nouns)
    if (opening(k)) return /^\p{Lu}{2,}$/u.test(w.text) || (w.pos === 'PROPN' && (named.has(w.text) || /^\p{Lu}/u.test(words[k + 1]?.text ?? '')));
    return true;
  };
  // a title's words before a name of no title are the body's ("Supreme Court"), unless they make a post ("Health Minister")
  const body = (k: number, continuing: boolean): boolean => !skip.has(k) && namesABody(words, k, text, capital, continuing);
  for (let i = 0; i < words.length; i++) {
    if (!capital(i) && !body(i, false)) continue;
    let to = i + 1;
    for (;;) {
      if ((capital(to) || body(to, true)) && !/[,;:.()"“”]/.test(text.slice(words[to - 1]!.end, words[to]!.start))) to++;
      else if (CONNECTORS.has(words[to]?.text.toLowerCase() ?? '') && capital(to + 1)) to += 2;
      else break;
    }
    out.push({ kind: 'name', from: i, to, key: words.slice(i, to).filter((w) => !CONNECTORS.has(w.text.toLowerCase())).map((w) => w.norm).join(' ') });
    i = to - 1;
  }
  return out;
}
