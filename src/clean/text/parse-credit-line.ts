import { LEXICON } from './boilerplate-lexicon.ts';
import { readNames } from './read-names.ts';
import { wordsOf } from './words-of.ts';

/** A wire sign-off credit line read: who reported and wrote the story (editors are not authors). */
export interface CreditLine {
  /** Names after "Reporting by" (or, when none, "Writing by"), or null when they do not read as names. */
  readonly reporters: readonly string[] | null;
}

const MAX_WORDS = 60;
// Sign-offs are a line or two; the splitting patterns never read a longer one.
const MAX_CHARS = 1000;
// The jobs a sign-off credits ("Additional reporting by", "Editing by", "Compiled by", "Graphics by").
const ROLE = String.raw`(?:(?:additional|further|extra)\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|compilation|produced|production|research|researched|graphics|photos|photography|video|translation|translated|fact-checking|fact-checked|data|design|sub-?editing|(?:medically\s+)?reviewed)`;
const SEGMENT = new RegExp(String.raw`^(${ROLE})\s+by\s+(?:the\s+)?(\p{Lu}.*)$`, 'iu');
// Segments are separated by ";" or "|", or by a comma or "and" right before the next role.
const SPLIT = new RegExp(String.raw`\s*[;|]\s*|\s*(?:,|\band\b)\s*(?=${ROLE}\s+by\b)`, 'iu');
// Where a reporter filed from ("Dana Whitcombe in Halverston", "Ana Ruiz from Geneva").
const PLACE = /\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|el|of))*/gu;
// Name words, the joiners and particles between them, and the newsroom words of a desk credit ("Compiled by the Asia desk").
const NAME_TOKEN = /^(?:[\p{Lu}\p{N}]|(?:and|&|de|del|della|der|den|di|da|das|dos|du|la|le|van|von|bin|ibn|al|el|desk|newsroom|staff|team|editors)$)/u;
const CONTRIBUTED = /\bcontributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?(?:\s+from\s+[\p{L}.'’ -]+)?\.?$/iu;
const CONTRIBUTORS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:writers?|reporters?|correspondents?|journalists?|staff)\b/u;

/**
 * Read a wire agency's sign-off credit line ("(Reporting by Dana Whitcombe in Halverston;
 * Additional reporting by Ana Ruiz; Editing by Tom Lee)", "Compiled by Harbor Desk",
 * "Associated Press writer Ana Ruiz in Geneva contributed to this report."), or null when the line
 * is anything else. Every part of the line must credit a job to someone; a sentence that only
 * mentions reporting ("Reporting by the Post prompted an inquiry.") has no capitalised name after
 * "by" or has more than credits in it.
 */
export function parseCreditLine(line: string): CreditLine | null {
  if (line.length > MAX_CHARS * 2) return null;
  const text = unwrap(line.trim());
  if (text === '' || text.length > MAX_CHARS || wordsOf(text).length > MAX_WORDS) return null;
  if (CONTRIBUTED.test(text) && (CONTRIBUTORS.test(text) || byAgencies(text)) && wordsOf(text).length <= 30) return { reporters: null };
  const segments = text.replace(/[.]$/, '').split(SPLIT).filter((s) => s !== '');
  const credits: { role: string; names: string[] | null }[] = [];
  for (const segment of segments) {
    const match = SEGMENT.exec(segment);
    if (!match) return null;
    const who = match[2]!.replace(PLACE, '').trim();
    // Credited names are capitalised words and joiners; a lowercase word means the "by" opened a clause.
    if (!wordsOf(who).every((w) => NAME_TOKEN.test(w)) || wordsOf(who).length > 16) return null;
    credits.push({ role: match[1]!.toLowerCase().replace(/\s+/g, ' '), names: readNames(who) });
  }
  if (credits.length === 0) return null;
  const reporting = credits.find((c) => /^report/.test(c.role)) ?? credits.find((c) => /^writ/.test(c.role));
  return { reporters: reporting?.names ?? null };
}

/** "(…)", "[…]" and "-- …" wrappers around a credit line. */
function unwrap(text: string): string {
  const inner = /^\((.*)\)\.?$/su.exec(text) ?? /^\[(.*)\]\.?$/su.exec(text);
  const core = inner?.[1] ?? text;
  return core.replace(/^\s*(?:--|[-–—])\s*/u, '').trim();
}

const AGENCIES: ReadonlySet<string> = new Set(LEXICON.agencies);

/** "The Associated Press contributed to this report.": the contributors are wire agencies alone. */
function byAgencies(text: string): boolean {
  const who = text.replace(CONTRIBUTED, '').trim();
  const parts = who.split(/\s*,\s*|\s+and\s+/).map((p) => p.replace(/^the\s+/i, '').toLowerCase());
  return who !== '' && parts.every((p) => AGENCIES.has(p));
}
