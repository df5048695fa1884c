// A worker thread that runs the CLI's main() on request, so a test can stop a run that never ends
// (Worker.terminate interrupts even a busy loop) without paying a process start per run.
import { parentPort } from 'node:worker_threads';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

interface Request {
  readonly id: number;
  readonly args: readonly string[];
}

parentPort!.on('message', (request: Request) => {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({ write(chunk, _encoding, done) { append(String(chunk)); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  const io = { stdout: sink((s) => { stdout += s; }), stderr: sink((s) => { stderr += s; }), stdin, stdoutIsTTY: false, stderrIsTTY: false };
  main(request.args, io).then(
    (code) => parentPort!.postMessage({ id: request.id, code, stdout, stderr }),
    // What the real CLI would print for an uncaught error: a stack trace, and it would exit 1 (judged a crash).
    (error: unknown) => parentPort!.postMessage({ id: request.id, code: 1, stdout, stderr: `${stderr}${error instanceof Error ? error.stack : String(error)}\n` }),
  );
});
