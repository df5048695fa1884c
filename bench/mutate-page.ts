/**
 * A benchmark page made a little different for round `round` (0 leaves it as it is): every digit in
 * the text between tags moved on by `round`, and a short sentence naming the round added at the end
 * of every paragraph of 80 characters or more (of the longest run of text outside scripts and styles
 * on a page without one), so no two copies of a page are the same article read twice.
 */
export function mutatePage(html: string, round: number): string {
  if (round === 0) return html;
  const shifted = html.replace(/>[^<]*</g, (text) => text.replace(/\d/g, (d) => String((Number(d) + round) % 10)));
  const sentence = ` Round ${round}.`;
  let found = false;
  const marked = shifted.replace(/(<p\b[^>]*>)([^<]*(?:<(?!\/p>)[^<]*)*)<\/p>/gi, (whole, open: string, inner: string) => {
    if (inner.replace(/<[^>]*>/g, '').trim().length < 80) return whole;
    found = true;
    return `${open}${inner}${sentence}</p>`;
  });
  if (found) return marked;
  const end = longestTextEnd(shifted);
  return end < 0 ? `${shifted}<p>${sentence}</p>` : `${shifted.slice(0, end)}${sentence}${shifted.slice(end)}`;
}

function longestTextEnd(html: string): number {
  let end = -1;
  let longest = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>([^<]+)/gi)) {
    if (m[1] === '' && /^(?:script|style|noscript|template)$/i.test(m[2]!)) continue;
    const text = m[3]!.trimEnd();
    if (text.length > longest) {
      longest = text.length;
      end = m.index + m[0].length - m[3]!.length + text.length;
    }
  }
  return end;
}
