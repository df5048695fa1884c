import type { DivergenceKind, Severity, Span } from '../model/index.ts';

/** What a rule reports: a divergence before it gets its id. */
export interface Finding {
  readonly rule: string;
  readonly kind: DivergenceKind;
  readonly severity: Severity;
  readonly span: Span;
  readonly versus: readonly Span[];
  readonly message: string;
  /** What the departure was judged against (see Divergence.basis). */
  readonly basis?: 'source' | 'majority' | 'pair';
  readonly actual?: string;
  readonly expected?: string;
}


/** A finding and the row it is filed under: the claim holding its words, or the outlet-only passage (`passageRow`). */
export interface Filed {
  readonly row: string;
  readonly finding: Finding;
}

/** `"a", "b" and "c"`: the distinct wordings of some spans, quoted, for a message. */
export function quoteWordings(spans: readonly Span[]): string {
  const seen = [...new Set(spans.map((s) => `"${s.text.replace(/\s+/g, ' ').trim()}"`))];
  if (seen.length <= 1) return seen[0] ?? '';
  const shown = seen.slice(0, 3);
  const last = seen.length > 3 ? `${seen.length - 3} more` : shown.pop()!;
  return `${shown.join(', ')} and ${last}`;
}

/** "1 other outlet" / "3 other outlets". */
export function outlets(n: number, other = true): string {
  return `${n} ${other ? 'other ' : ''}outlet${n === 1 ? '' : 's'}`;
}

/** A verb agreeing with a count of outlets: `conjugate(1, "say")` -> "says", `conjugate(3, "say")` -> "say". */
export function conjugate(n: number, verb: string): string {
  if (n !== 1) return verb;
  return /(s|sh|ch|x)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : verb === 'do' ? 'does' : `${verb}s`;
}
