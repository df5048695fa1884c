import type { Finding } from './finding.ts';

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

/**
 * A loaded word is all an outlet added when the 'detail_added' finding's words are the framing finding's loaded
 * word plus words the others carry too ("tainted frozen" where the others say "frozen"): the framing finding
 * already says it, under its right name. Drops those, keeping every other finding.
 */
export function dropDetailThatIsFraming(findings: readonly Finding[]): Finding[] {
  const framing = findings.filter((f) => f.kind === 'framing');
  return findings.filter((f) => {
    if (f.kind !== 'detail_added') return true;
    return !framing.some((g) => {
      if (g.span.article !== f.span.article || g.span.start < f.span.start || g.span.end > f.span.end) return false;
      const theirs = new Set(f.versus.flatMap((v) => words(v.text)));
      const loaded = new Set(words(g.span.text));
      return words(f.span.text).every((w) => loaded.has(w) || theirs.has(w));
    });
  });
}
