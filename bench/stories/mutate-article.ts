/**
 * A rewrite of a text for round `round` (0 leaves it as it is), as outlets rewrite wire copy: one sentence left
 * out, the last sentences cut (a shorter version), a figure changed, and a line of the outlet's own added. Seeded
 * by the round, so a pile is the same on every run.
 */
export function mutateArticle(text: string, round: number): string {
  if (round === 0) return text;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const pick = (salt: number, n: number): number => ((round * 2654435761 + salt * 40503) >>> 0) % Math.max(1, n);
  const kept = sentences.filter((_, i) => sentences.length < 4 || i === 0 || i !== 1 + pick(1, sentences.length - 1));
  const cut = round % 3 === 0 && kept.length > 5 ? kept.slice(0, kept.length - 1 - pick(2, Math.floor(kept.length / 3))) : kept;
  let changed = false;
  const out = cut.join(' ').replace(/\d+/, (d) => {
    changed = true;
    return String(Number(d) + round);
  });
  return `${out}${changed ? '' : ` (${round})`}\n\nFollow us for more news, edition ${round}.`;
}
