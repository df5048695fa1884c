import { DIFF_DELETE, DIFF_INSERT, diffCleanupSemantic, diffMain } from 'diff-match-patch-es';

/** A run of one diff between two sequences: kept, removed from `a`, or added in `b`, as index ranges, end excluded. */
export interface SequenceRun {
  readonly op: '=' | '-' | '+';
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

// Each distinct item becomes one character, so the character diff of the two strings is the item diff.
const FIRST = 0x100;
const LAST = 0xd7ff;

/**
 * The diff of two sequences of items (paragraphs, words), compared whole, as diff-match-patch's line mode does:
 * shortest edit script (with `semantic`, cleaned up for meaning, as a word diff wants). Past the characters one string can stand for, the two are one
 * replaced run.
 */
export function diffSequences(a: readonly string[], b: readonly string[], options: { readonly semantic?: boolean } = {}): SequenceRun[] {
  const codes = new Map<string, string>();
  const encode = (items: readonly string[]): string | null => {
    let out = '';
    for (const item of items) {
      let code = codes.get(item);
      if (code === undefined) {
        if (FIRST + codes.size > LAST) return null;
        code = String.fromCharCode(FIRST + codes.size);
        codes.set(item, code);
      }
      out += code;
    }
    return out;
  };
  const ea = encode(a);
  const eb = encode(b);
  if (ea === null || eb === null) return [...(a.length > 0 ? [{ op: '-' as const, a: [0, a.length] as const, b: [0, 0] as const }] : []), ...(b.length > 0 ? [{ op: '+' as const, a: [a.length, a.length] as const, b: [0, b.length] as const }] : [])];
  const runs: SequenceRun[] = [];
  let i = 0;
  let j = 0;
  const diffs = diffMain(ea, eb, { diffTimeout: 2 });
  // with `semantic`, a lone kept space or word between two changes reads as part of one change
  if (options.semantic) diffCleanupSemantic(diffs);
  for (const [op, text] of diffs) {
    const n = text.length;
    if (op === DIFF_DELETE) { runs.push({ op: '-', a: [i, i + n], b: [j, j] }); i += n; }
    else if (op === DIFF_INSERT) { runs.push({ op: '+', a: [i, i], b: [j, j + n] }); j += n; }
    else { runs.push({ op: '=', a: [i, i + n], b: [j, j + n] }); i += n; j += n; }
  }
  return runs;
}
