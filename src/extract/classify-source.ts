import type { SourceType } from '../model/mention.ts';
import type { Token } from './tag-text.ts';
import { ATTRIBUTION_LEXICON as LEX } from '../lexicon/attribution.ts';
import { parseNumberWords } from './parse-number-words.ts';
import { ORGANIZATION_WORDS } from './entity-lexicon.ts';
import { PLACE_FORMS } from '../lexicon/places.ts';
import { HONORIFICS } from '../lexicon/name-parts.ts';
import { SCALE_WORDS } from '../lexicon/scales.ts';

export interface SourceClass {
  readonly sourceType: SourceType;
  readonly key: string;
  readonly count?: number;
}

// Words before a name that are not part of it: titles, and "St" (a saint's name is a place's or a church's).
const TITLES: ReadonlySet<string> = new Set([...HONORIFICS, 'st', 'president', 'senator', 'representative', 'governor', 'secretary',
  'minister', 'prime', 'premier', 'chancellor', 'mayor', 'judge', 'justice', 'ambassador', 'general', 'professor', 'pope', 'king',
  'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'this', 'that', 'these', 'those', 'another', 'other', 'some', 'his', 'her', 'their', 'its', 'our']);
// Words that count a group: capitalised at a sentence's start they are still no name ("Several tenant groups said").
const QUANTITY_WORDS: ReadonlySet<string> = new Set([...SCALE_WORDS.filter((w) => w.scale === 'quantity' && w.words.length === 1).map((w) => w.words[0]!), 'other', 'more']);
const MODIFIER_STOP = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from', 'on', 'close', 'familiar', 'knowledgeable', 'who', 'whom', 'that', 'which', ',', '—']);
const APPOSITION = new Set([',', '—']);
const outletNames = new Set<string>(LEX.outlets.map((o) => o.toLowerCase()));
const outletHeads = new Set<string>(LEX.outletHeads);
const documentNouns = new Set<string>(LEX.documentNouns);
const personNouns = new Set<string>(LEX.personNouns);
const countedNouns = new Set<string>(LEX.countedNouns);
const pronouns = new Set<string>(LEX.pronouns);

/** Decide what kind of source a phrase names and give it a key for matching across articles. */
export function classifySource(words: readonly Token[]): SourceClass {
  const lower = words.map((w) => w.lower);
  const phrase = words.map((w) => w.value).join(' ');
  if (words.length === 1 && pronouns.has(lower[0]!)) return { sourceType: 'named', key: `pronoun:${lower[0]}` };
  const wire = findWire(words);
  if (wire) return { sourceType: 'wire', key: wire };
  // The head is the last word before any post-modifier ("sources familiar with ...").
  const stop = lower.findIndex((w, i) => i > 0 && MODIFIER_STOP.has(w));
  const core = stop < 0 ? words : words.slice(0, stop);
  const coreLower = core.map((w) => w.lower);
  const head = coreLower[coreLower.length - 1] ?? '';
  const outlet = findOutlet(core);
  if (outlet) return { sourceType: 'outlet', key: outlet };
  const start = coreLower.findIndex((w) => !DETERMINERS.has(w) || /^\d/.test(w));
  const number = start >= 0 ? parseNumberWords(coreLower.slice(start)) : null;
  if (countedNouns.has(head) && number && number.value > 1) {
    return { sourceType: 'counted', key: `sources:${number.value}`, count: number.value };
  }
  const modifiers = coreLower.slice(Math.max(start, 0) + (number ? number.length : 0), -1).filter((w) => !DETERMINERS.has(w) && !/^['’]s$/.test(w));
  if (documentNouns.has(head) && !core.some((w) => w.pos === 'PROPN' && !/^[A-Z]+$/.test(w.value) && w !== core[core.length - 1])) {
    return { sourceType: 'document', key: `document:${head}` };
  }
  // "ambassador to the OAS Frank Mora": a phrase ending in a name is that person, whatever precedes it;
  // but "Theo Vance, a professor at Harbor University" is the name before the description.
  const apposed = stop >= 0 && APPOSITION.has(lower[stop]!);
  const named = apposed ? lastName(core) : [];
  const after = apposed ? words.slice(stop + 1) : [];
  // "the authority's spokeswoman, Ines Marlowe": a description then the name set beside it.
  const beside = after.length > 0 && after.length <= 4 && lastName(after).length === after.length ? after : [];
  // "Dr. Jane Roe of the University of Westbury in England": a name closing the head is the person, not the place after it.
  const headName = stop >= 0 ? lastName(core) : [];
  const headIsName = headName.length > 0 && headName[headName.length - 1] === core[core.length - 1];
  const names = beside.length ? beside : named.length ? named : headIsName ? headName
    : words[words.length - 1]?.pos === 'PROPN' ? lastName(words) : lastName(core);
  if (beside.length) return { sourceType: 'named', key: keyOf(names) };
  if (personNouns.has(head) || names.length === 0) {
    // "two independent scientists": a described group keeps its count
    const count = number && number.value > 1 && personNouns.has(head) ? { count: number.value } : {};
    return { sourceType: 'described', key: modifiers.length ? `${head}:${modifiers.join(' ')}` : head || phrase.toLowerCase(), ...count };
  }
  return { sourceType: 'named', key: keyOf([...names, ...organisationTail(words, stop, names)]) };
}

// "the Institute for Regional Security Studies": an organisation word heading the name goes on through "of"/"for" and
// the capitalised words after it; "Dr. Jane Roe of the University of Westbury" stays the person (her name is no such word).
const ORG_JOINERS = new Set(['of', 'for', 'on', 'and', '&']);
function organisationTail(words: readonly Token[], stop: number, names: readonly Token[]): Token[] {
  const last = names[names.length - 1];
  if (stop < 0 || !last || words[stop - 1] !== last || !ORGANIZATION_WORDS.has(last.value) || !/^(of|for)$/.test(words[stop]!.lower)) return [];
  const tail = words.slice(stop);
  let end = 0;
  for (let i = 0; i < tail.length; i++) {
    const w = tail[i]!;
    if (/^\p{Lu}/u.test(w.value) && w.pos === 'PROPN') end = i + 1;
    else if (!ORG_JOINERS.has(w.lower) && !(w.lower === 'the' && i > 0 && ORG_JOINERS.has(tail[i - 1]!.lower))) break;
  }
  return tail.slice(0, end);
}

function keyOf(names: readonly Token[]): string {
  // Glued tokens ("Polga", "-", "Hecimovich") stay one word of the key.
  return names.map((w, i) => (i > 0 && names[i - 1]!.end !== w.start ? ' ' : '') + w.lower.replace(/['’]s$/, '').replace(/\./g, '')).join('');
}

/** The last run of name words, past titles, acronyms and demonyms: "U.S. President Jane Roe" -> Jane Roe. */
function lastName(core: readonly Token[]): Token[] {
  // A hyphen glued between two name words ("Polga-Hecimovich") is part of the name.
  const hyphen = (i: number): boolean => /^[-‐]$/.test(core[i]!.value) && core[i - 1]?.end === core[i]!.start && core[i + 1]?.start === core[i]!.end;
  const isName = (w: Token): boolean =>
    (w.pos === 'PROPN' && !TITLES.has(w.lower.replace(/\.$/, '')) && !PLACE_FORMS.get(w.value)?.demonym && !QUANTITY_WORDS.has(w.lower)) || hyphen(core.indexOf(w));
  let end = core.length;
  while (end > 0 && !isName(core[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isName(core[start - 1]!) && !(start < end && /^[A-Z.]{2,}$/.test(core[start - 1]!.value) && !/^[A-Z.]{2,}$/.test(core[start]!.value))) start--;
  // "Halvorsen Chief Executive Mette Lindqvist": a job title written in capitals before a two-word name is no part of it
  const title = core.slice(start, end - 2).findLastIndex((w) => JOB_TITLE_WORDS.has(w.lower));
  if (title >= 0) start += title + 1;
  return core.slice(start, end);
}

// Words of job titles that a name may follow, capitalised ("Chief Financial Officer Jane Roe").
const JOB_TITLE_WORDS: ReadonlySet<string> = new Set(['chief', 'executive', 'officer', 'chairman', 'chairwoman', 'chairperson',
  'ceo', 'cfo', 'coo', 'cto', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy', 'vice', 'founder', 'co-founder',
  'head', 'manager', 'commissioner', 'economist', 'analyst', 'strategist', 'adviser', 'advisor', 'partner', 'treasurer',
  'attorney', 'prosecutor', 'sheriff', 'solicitor', 'counsel', 'coroner', 'marshal']);

function findWire(words: readonly Token[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).map((w) => w.value).join(' ').replace(/ - /g, '-');
      const exact = LEX.wires.find((w) => (w.names as readonly string[]).includes(name));
      if (exact) return exact.key;
    }
  }
  return undefined;
}

function findOutlet(core: readonly Token[]): string | undefined {
  const names = core.filter((w) => w.pos === 'PROPN' || /^[A-Z]/.test(w.value));
  if (names.length === 0) return undefined;
  const joined = names.map((w) => w.value).join(' ');
  const key = joined.toLowerCase().replace(/^the /, '');
  if (outletNames.has(key) || outletNames.has(names[0]!.lower)) return key;
  const last = core[core.length - 1];
  if (last && outletHeads.has(last.value) && names.length >= 2 && names.every((w) => /^[A-Z]/.test(w.value))) return key;
  return undefined;
}
