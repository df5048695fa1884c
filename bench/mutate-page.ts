/**
 * A benchmark page made a little different for round `round` (0 leaves it as it is): every digit in
 * the text between tags moved on by `round`, and a short sentence naming the round added after every
 * run of text of 80 characters or more outside scripts and styles (after the longest run on a page
 * without one), so no two copies of a page are the same article read twice.
 */
export function mutatePage(html: string, round: number): string {
  if (round === 0) return html;
  const shifted = html.replace(/>[^<]*</g, (text) => text.replace(/\d/g, (d) => String((Number(d) + round) % 10)));
  const runs = textRunEnds(shifted);
  const long = runs.filter((run) => run.length >= 80);
  const ends = (long.length > 0 ? long : runs.sort((a, b) => b.length - a.length).slice(0, 1)).map((run) => run.end).sort((a, b) => a - b);
  if (ends.length === 0) return `${shifted}<p>Round ${round}.</p>`;
  let out = '';
  let from = 0;
  for (const end of ends) {
    out += `${shifted.slice(from, end)} Round ${round}.`;
    from = end;
  }
  return out + shifted.slice(from);
}

// Each run of text between tags, outside scripts and styles: its length and where it ends (trailing space left out).
function textRunEnds(html: string): { length: number; end: number }[] {
  const runs: { length: number; end: number }[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*>([^<]+)/gi)) {
    if (m[1] === '' && /^(?:script|style|noscript|template)$/i.test(m[2]!)) continue;
    const text = m[3]!.trimEnd();
    if (text.trim() === '') continue;
    runs.push({ length: text.trim().length, end: m.index + m[0].length - m[3]!.length + text.length });
  }
  return runs;
}
