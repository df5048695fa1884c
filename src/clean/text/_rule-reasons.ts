// Test helper: run one line rule on a body of lines and read, line by line, the reason it removed each (or "kept").
import { splitLines } from './split-lines.ts';
import type { TextState } from './text-state.ts';

const META = { title: null, byline: null, outlet: null, published: null };

/** What `rule` does to each line of `body`: its removal reason, or 'kept'. */
export function reasonsAfter(rule: (state: TextState) => TextState, body: string): string[] {
  return rule({ units: splitLines(body), meta: META }).units.map((u) => u.removed ?? 'kept');
}
