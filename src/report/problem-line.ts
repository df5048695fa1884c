import type { InputProblem } from '../model/index.ts';
import { stderrSafe } from './stderr-safe.ts';

/** A problem with an input as the one line shown on stderr: the input, then the reason, both escaped. */
export function problemLine(problem: InputProblem): string {
  const reason = problem.reason.replace(/\s+/g, ' ').trim();
  return `wiretrace: ${stderrSafe(problem.input)}: ${stderrSafe(reason)}\n`;
}
