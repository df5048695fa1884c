/**
 * A benchmark page made a little different for round `round` (0 leaves it as it is): every digit in
 * the text between tags moved on by `round`, and a short sentence naming the round added at the end
 * of the first paragraph, so copies of one page are not the same article read twice.
 */
export function mutatePage(html: string, round: number): string {
  if (round === 0) return html;
  const shifted = html.replace(/>[^<]*</g, (text) => text.replace(/\d/g, (d) => String((Number(d) + round) % 10)));
  const end = shifted.search(/<\/p>/i);
  return end < 0 ? `${shifted}<p>Round ${round}.</p>` : `${shifted.slice(0, end)} Round ${round}.${shifted.slice(end)}`;
}
