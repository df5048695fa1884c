// The story analysis thread (`startAnalysisThread`): analyses each message's stored versions as `analyzeStored` does
// and posts the report back, the warnings it gave on the way, or the error it threw. One story at a time, in order.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/index.ts';
import { analyzeStored } from './analyze-stored.ts';
import { heapCeiling } from './heap-ceiling.ts';

interface Request {
  readonly id: number;
  readonly versions: readonly Article[];
  readonly embedBudget?: number;
}

const onStage = heapCeiling(512);
let queue = Promise.resolve();

parentPort!.on('message', ({ id, versions, embedBudget }: Request) => {
  queue = queue.then(async () => {
    try {
      const report = await analyzeStored(versions, { ...(embedBudget !== undefined && { embedBudget }), onStage, onWarning: (warning) => parentPort!.postMessage({ id, warning }) });
      parentPort!.postMessage({ id, report });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? { message: error.message, stack: error.stack ?? '' } : { message: String(error), stack: '' } });
    }
  });
});
