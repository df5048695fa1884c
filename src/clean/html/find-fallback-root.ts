const MARKED = 'article, main, [itemprop="articleBody"], [role="main"]';

function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += (p.textContent ?? '').trim().length;
  return n;
}

/**
 * Pick the element most likely to hold the article when the main-text search fails: the marked
 * container (`article`, `main`, `itemprop=articleBody`) with the most paragraph text, else the parent
 * of the most paragraph text, else `<body>` itself (pages that are one block of `<br>`-separated text).
 */
export function findFallbackRoot(document: Document): Element | null {
  const body = document.body ?? document.documentElement;
  if (!body) return null;
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of body.querySelectorAll(MARKED)) {
    const chars = paragraphChars(el);
    if (chars > bestChars) [best, bestChars] = [el, chars];
  }
  if (best) return best;
  const byParent = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  for (const [el, chars] of byParent) if (chars > bestChars) [best, bestChars] = [el, chars];
  return best ?? body;
}
