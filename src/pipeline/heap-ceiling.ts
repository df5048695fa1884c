import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/**
 * A check to call between inputs of a long stream: when the heap in use (live data and garbage not
 * yet collected) passes `ceilingMb`, or twice what the last collection left if that is more, it runs
 * a full collection. Cleaning a page builds a DOM that outlives a few young-generation collections,
 * is promoted, then dies; V8 lets that garbage grow to several hundred MB before it collects the old
 * generation (10,000 pages peaked between 330 and 700 MB, with 30-40 MB live), and a process cannot
 * lower its own heap limit once started. The collector is obtained the way jest-leak-detector does.
 */
export function heapCeiling(ceilingMb = 256): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  let ceiling = ceilingMb * MB;
  return () => {
    if (getHeapStatistics().used_heap_size < ceiling) return;
    gc();
    ceiling = Math.max(ceilingMb * MB, 2 * getHeapStatistics().used_heap_size);
  };
}
