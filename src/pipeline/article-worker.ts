// An article thread (`startArticleWorkers`): runs the named task on each message's batch and posts the result back,
// or the error it threw. Messages are answered in the order they come.
import { parentPort } from 'node:worker_threads';
import { ARTICLE_TASKS, type ArticleTasks } from './article-tasks.ts';

interface Request {
  readonly id: number;
  readonly task: keyof ArticleTasks;
  readonly input: unknown;
}

parentPort!.on('message', ({ id, task, input }: Request) => {
  let output: unknown;
  try {
    output = (ARTICLE_TASKS[task] as (input: unknown) => unknown)(input);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? { message: error.message, stack: error.stack ?? '' } : { message: String(error), stack: '' } });
    return;
  }
  parentPort!.postMessage({ id, output });
});
