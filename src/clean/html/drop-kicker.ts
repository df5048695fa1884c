// A rubric of one to three words before the headline ("Kommentar:", "Analyse –", "EXCLUSIVE |").
const KICKER = /^\s*\p{L}[\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,2}\s*[:|–—-]\s*$/u;

/**
 * The page's headline without the rubric its `<title>` puts first ("Kommentar: Die Stadt braucht ..."), when
 * the page's `<h1>` is that title less the rubric; otherwise the title as it is.
 */
export function dropKicker(title: string, h1: string | null | undefined): string {
  const heading = h1?.replace(/\s+/g, ' ').trim();
  if (!heading || heading.length >= title.length || !title.endsWith(heading)) return title;
  return KICKER.test(title.slice(0, title.length - heading.length)) ? heading : title;
}
