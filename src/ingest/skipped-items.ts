import type { InputProblem } from '../model/index.ts';

/** The one problem naming the items of a container past `--max-items`: how many, from which one on. */
export function skippedItems(source: string, first: string, count: number, max: number): InputProblem {
  return {
    input: source,
    reason: `${count.toLocaleString('en')} more item${count === 1 ? '' : 's'} from "${first}" on skipped: more than ${max.toLocaleString('en')} in one input (--max-items)`,
  };
}
