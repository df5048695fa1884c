/** The feeds an OPML subscription list names, and whether the text is one at all. */
export interface OpmlFeeds {
  readonly feeds: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Read an OPML file's feeds: the `xmlUrl` of every `<outline>` (outlines nest in folders; each feed once, in order).
 * Null when the text is not OPML (no `<opml>` root). Attributes are read with the five XML entities and character
 * references; no DTD or other entity is ever expanded, so an entity bomb is text like any other.
 */
export function readOpml(text: string): OpmlFeeds | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[^\]]*\])?\s*>/gi, '').trimStart();
  if (!/^<opml[\s>]/i.test(head)) return null;
  const feeds: string[] = [];
  const seen = new Set<string>();
  for (const [tag] of text.matchAll(/<outline\b[^<>]*>/gi)) {
    const value = /\sxmlUrl\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const url = decodeAttribute(value?.[1] ?? value?.[2] ?? '').trim();
    if (url === '' || seen.has(url)) continue;
    seen.add(url);
    feeds.push(url);
  }
  return { feeds };
}

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
