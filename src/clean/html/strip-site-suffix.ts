const SEPARATOR = /\s+[|\-–—·•:]{1,2}\s+/g;

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/^the/, '');

/** Remove a " | Site" or " - Site" suffix (or "Site | " prefix) from a page title when it names the site. */
export function stripSiteSuffix(title: string, site: string | null | undefined): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!site) return clean;
  const target = squash(site);
  if (!target) return clean;
  const cuts = [...clean.matchAll(SEPARATOR)];
  for (const cut of cuts) {
    const before = clean.slice(0, cut.index);
    const after = clean.slice((cut.index ?? 0) + cut[0].length);
    // The site part may carry a domain ending ("Example.com") or a section ("Example - World").
    const tail = squash(after);
    if (tail === target || tail.startsWith(target) || target.startsWith(tail) && tail.length >= 3) return before.trim();
    if (squash(before) === target) return after.trim();
  }
  return clean;
}
