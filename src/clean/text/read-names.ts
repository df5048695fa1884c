const PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|bin|ibn|al|el|y|e|st\.?|mc|mac)$/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)$/u;
// Applied to text whose spaces are single (see readNames): with runs of spaces, the optional spaces
// around each joiner could split a run in cubically many ways before failing.
const SEPARATOR = /\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|\s*,\s*|\s*;\s*|\s+y\s+|\s+und\s+|\s+et\s+)\s*/u;
// Six names of five words are far shorter than this; a longer line is prose, not a byline.
const MAX_CHARS = 400;

/**
 * The person names a line consists of ("Jane Doe", "Jane Doe and Ali Khan", "J. R. Roe, Ana de
 * la Cruz"), or null when the line is anything else. A name is 2-5 words, each capitalised
 * (an initial, a hyphenated or accented name) or a particle such as "de" or "van".
 */
export function readNames(text: string): string[] | null {
  if (text.length > MAX_CHARS * 4) return null;
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length > MAX_CHARS) return null;
  const parts = flat.split(SEPARATOR).filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 6) return null;
  for (const part of parts) if (!isName(part)) return null;
  return parts;
}

function isName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    if (NAME_WORD.test(word)) capitalised++;
    else if (!PARTICLE.test(word)) return false;
  }
  // An all-caps word longer than a few letters is an acronym or a shouted heading, not a name.
  if (words.some((word) => word.length > 4 && word === word.toUpperCase() && /\p{L}{5}/u.test(word))) return false;
  return capitalised >= 2 && NAME_WORD.test(words[0] ?? '');
}
