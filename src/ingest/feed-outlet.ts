// Feed titles that name a listing, not an outlet ("Top stories - The Estuary Post").
const GENERIC = /^(?:(?:the\s+)?(?:latest|top|breaking|all|most read|home(?:page)?|front page|headlines?|news|stories|articles|posts|feed|rss|world|politics|business|sport|sports|science|tech|technology|health|opinion|culture|and|&|\s)+)$/iu;
// Applied to text whose spaces are single: an unanchored `\s+` would rescan a long run of spaces from each position.
const SPLIT = / [–—|-] | ?: /u;
const MAX_CHARS = 300;
const MAX_SECTION_WORDS = 5;

/**
 * The outlet a feed's title names. A channel is often titled "Outlet – Section" ("The Greenline Report – Water &
 * Oceans", "Carwise - Recalls"): the part whose letters the feed's web address holds is the outlet, else the part
 * that is no generic listing name, else the first. A title with no such split is the outlet as it stands.
 */
export function feedOutlet(title: string | undefined, link: string | null | undefined): string | undefined {
  if (title === undefined) return undefined;
  if (title.length > MAX_CHARS) return title;
  const parts = title.replace(/\s+/g, ' ').split(SPLIT).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length !== 2 || parts.some((p) => p.split(/\s+/).length > MAX_SECTION_WORDS * 2)) return title;
  const host = hostLetters(link);
  const onHost = host === null ? undefined : parts.find((p) => host.includes(letters(p.replace(/^the\s+/i, ''))));
  if (onHost !== undefined) return onHost;
  const named = parts.filter((p) => !GENERIC.test(p));
  if (named.length === 1) return named[0];
  return parts[1]!.split(/\s+/).length <= MAX_SECTION_WORDS ? parts[0] : title;
}

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function hostLetters(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    return letters(new URL(link).hostname.replace(/^www\./, ''));
  } catch {
    return null;
  }
}
