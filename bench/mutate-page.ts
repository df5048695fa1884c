/**
 * A benchmark page made a little different for round `round` (0 leaves it as it is): every digit in
 * the text between tags moved on by `round`, and a short sentence naming the round added after the
 * longest paragraph's text and after the longest run of text outside scripts and styles (between
 * them, one is article text on every benchmark page), so copies of one page are not the same article
 * read twice.
 */
export function mutatePage(html: string, round: number): string {
  if (round === 0) return html;
  const shifted = html.replace(/>[^<]*</g, (text) => text.replace(/\d/g, (d) => String((Number(d) + round) % 10)));
  const ends = new Set([longestParagraphEnd(shifted), longestTextEnd(shifted)].filter((end) => end >= 0));
  if (ends.size === 0) return `${shifted}<p>Round ${round}.</p>`;
  let out = '';
  let from = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    out += `${shifted.slice(from, end)} Round ${round}.`;
    from = end;
  }
  return out + shifted.slice(from);
}

function longestParagraphEnd(html: string): number {
  let end = -1;
  let longest = 0;
  for (const m of html.matchAll(/<p\b[^>]*>([^<]*(?:<(?!\/p>)[^<]*)*)<\/p>/gi)) {
    const chars = m[1]!.replace(/<[^>]*>/g, '').length;
    if (chars > longest) {
      longest = chars;
      end = m.index + m[0].length - 4;
    }
  }
  return end;
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
