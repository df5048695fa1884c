import { phrasesOf } from '../phrases/languages.ts';
import { joinNames } from '../join-names.ts';
import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { parseCreditLine } from './parse-credit-line.ts';
import { parseDateline } from './parse-dateline.ts';
import { readNames } from './read-names.ts';
import { startsWithPhrase } from './starts-with-phrase.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_WORDS = 16;
// Sixteen words of a byline fit well in this; the patterns never read a longer line.
const MAX_CHARS = 300;
const PROSE_WORDS = 12;
const STAFF = /^(?:by\s+)?([^,|]+?)\s+(?:staff|staff reporters?|staff writers?|news service|wire services?|editorial team)$/i;
// "By City Desk", "Metro Desk": a desk of the paper, which names neither an author nor the outlet.
const DESK = /^(?:by\s+)?[^,|]{1,40}?\s+(?:news desk|desk|web desk|digital desk)$/i;
const ROLES: readonly string[] = LEXICON.bylineRoles;

/** A byline line read: the authors' names, an outlet it names, a date beside them, or none (a bare label or credit line). */
interface BylineLine {
  readonly names: readonly string[] | null;
  readonly outlet: string | null;
  readonly published?: string | null;
}

const AGENCIES: ReadonlySet<string> = new Set(LEXICON.agencies);
const FOREIGN_LABEL = new RegExp(`^(?:${phrasesOf('bylineLabels').map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+\\p{Lu}`, 'iu');

/**
 * Remove bylines and read the authors: "By Jane Doe and Ali Khan", "Jane Doe | Reporter",
 * "Harbor Daily Staff", a bare "Published by" label with the name on the line next to it, a
 * name line next to a dateline at the top (sign-off credits are markCredits' job).
 */
export function readByline(state: TextState): TextState {
  const units = [...state.units];
  const found: string[][] = [];
  let outlet: string | null = null;
  let published: string | null = null;
  const take = (i: number, names: readonly string[] | null): void => {
    units[i] = { ...units[i]!, removed: 'byline' };
    if (names !== null) found.push([...names]);
  };
  units.forEach((unit, i) => {
    if (unit.removed !== undefined) return;
    const line = parseByline(unit.text);
    if (line === null) return;
    take(i, line.names);
    outlet ??= line.outlet;
    published ??= line.published ?? null;
    if (isBareLabel(unit.text)) {
      const near = [i + 1, i - 1].find((j) => units[j]?.removed === undefined && readNames(titleCase(units[j]?.text ?? '')) !== null);
      if (near !== undefined) take(near, readNames(titleCase(units[near]!.text)));
    }
  });
  // The page head ends at the first paragraph of prose; a bare name there beside a date is the author.
  const head = units.findIndex((u) => u.removed === undefined && wordsOf(u.text).length >= PROSE_WORDS && endsSentence(u.text));
  units.forEach((unit, i) => {
    if (unit.removed !== undefined || (head >= 0 && i > head) || found.length > 0) return;
    const beside = [units[i - 1], units[i + 1]].some((u) => u?.removed === 'dateline' || u?.removed === 'byline');
    // "Von Malte Feddersen": another language's byline is the page phrases' to read, label and all.
    const names = FOREIGN_LABEL.test(unit.text.trim()) ? null : readNames(unit.text);
    if (beside && names !== null) take(i, names);
  });
  return fillMeta({ ...state, units }, { byline: (found[0] ? joinNames(found[0]) : null) ?? null, outlet, published });
}

/** The authors a byline line names ("By Jane Doe, Europe Correspondent" -> ["Jane Doe"]), or null for any other line. */
export function bylineNames(text: string): string[] | null {
  const names = parseByline(text)?.names;
  return names === undefined || names === null || names.length === 0 ? null : [...names];
}

function parseByline(text: string): BylineLine | null {
  // Sign-off credits ("Reporting by ...") are left to markCredits, which runs next.
  if (text.length > MAX_CHARS || wordsOf(text).length > MAX_WORDS || parseCreditLine(text) !== null) return null;
  if (isBareLabel(text) || isAgencyRole(text) || isRoleLine(text) || DESK.test(text.trim())) return { names: null, outlet: null };
  const staff = STAFF.exec(text.trim());
  if (staff?.[1] !== undefined && wordsOf(staff[1]).length <= 4 && /^\p{Lu}/u.test(staff[1])) return { names: null, outlet: staff[1] };
  const label = startsWithPhrase(text, LEXICON.bylineLabels);
  let rest = label === null ? text : text.slice(label.length).replace(/^\s*:?\s*/, '');
  // "By Jane Doe with Ali Khan in Lisbon", "By A and B in Lisbon, with AFP": helpers and the place are no authors.
  if (label !== null) rest = rest.replace(/,?\s+with\s+\p{Lu}.*$/u, '').replace(/\s+in\s+\p{Lu}[^,]*$/u, '');
  const whole = readNames(rest.split(',').map(titleCase).join(','));
  // "By Jane Doe, Associated Press": the agency is where the story came from, not an author.
  // "By Jane Doe, World Desk": a desk or role after the name is no second author either.
  const people = whole?.filter((name) => !AGENCIES.has(name.toLowerCase()) && !ROLES.some((role) => ` ${name.toLowerCase()}`.endsWith(` ${role}`))) ?? null;
  if (people !== null && people.length > 0 && label !== null) return { names: people, outlet: null };
  // "By Reuters": a wire's credit in the byline's place names no author.
  if (label !== null && AGENCIES.has(rest.trim().toLowerCase())) return { names: null, outlet: null };
  if (whole !== null && whole.length > 0 && people !== null && people.length === 0 && label !== null) return { names: null, outlet: null };
  const parts = rest.split(/\s*[|,–—]\s*|\s+-\s+/);
  const names = readNames(titleCase(parts[0] ?? ''));
  if (names === null || parts.length < 2) return null;
  const tailText = rest.slice(rest.indexOf(parts[1] ?? '')).trim();
  const tail = tailText.toLowerCase();
  const isRole = ROLES.some((role) => tail === role || tail.startsWith(`${role} `) || tail.endsWith(` ${role}`));
  const date = parseDateline(tailText);
  if (isRole || date !== null || (label !== null && wordsOf(tail).length <= 4)) return { names, outlet: null, published: date?.published ?? null };
  return null;
}

/** "AP Medical Writer", "Associated Press Correspondent": the agency's role line under a byline, with no name in it. */
function isAgencyRole(text: string): boolean {
  const words = wordsOf(text);
  if (words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const lower = words.join(' ').toLowerCase();
  const agency = [...AGENCIES].filter((a) => lower.startsWith(`${a} `)).sort((a, b) => b.length - a.length)[0];
  if (agency === undefined) return false;
  const rest = lower.slice(agency.length + 1);
  return wordsOf(rest).length <= 3 && ROLES.some((role) => rest === role || rest.endsWith(` ${role}`));
}

/** "Environment Correspondent", "Chief Reporter": a role on its own line under the author's name. */
function isRoleLine(text: string): boolean {
  const words = wordsOf(text);
  const lower = words.join(' ').toLowerCase();
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && ROLES.some((role) => lower === role || lower.endsWith(` ${role}`));
}

function isBareLabel(text: string): boolean {
  const label = startsWithPhrase(text, LEXICON.bylineLabels);
  return label !== null && /^\s*:?\s*$/.test(text.slice(label.length));
}

/** "JANE DOE" -> "Jane Doe", so shouted bylines read as names; mixed-case text is left alone. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
