// Runs one audited function on one adversarial text when asked, so the test can stop a run that never ends.
import { parentPort } from 'node:worker_threads';
import { ADVERSARIAL, AUDITED } from './audited-patterns.ts';

parentPort!.on('message', ({ id, audited, text }: { id: number; audited: number; text: string }) => {
  const started = performance.now();
  Promise.resolve()
    .then(() => AUDITED[audited]!.run(ADVERSARIAL[text]!))
    .then(
      () => parentPort!.postMessage({ id, ms: performance.now() - started, error: null }),
      (error: unknown) => parentPort!.postMessage({ id, ms: performance.now() - started, error: String(error instanceof Error ? error.stack : error).slice(0, 500) }),
    );
});
