import { drained } from './drained.ts';

/**
 * Write text pieces to a stream, gathered into blocks of about 64 KB, waiting whenever the stream asks to (so a
 * large report never sits whole in memory, neither as one string nor in the stream's buffer). Stops early, without
 * an error, when the reader goes away (`wiretrace analyze --json | head`).
 */
export async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let closed = false;
  const onClose = (): void => { closed = true; };
  out.once('close', onClose);
  out.on('error', onClose);
  try {
    let block = '';
    for (const chunk of chunks) {
      if (closed) return;
      block += chunk;
      if (block.length < BLOCK) continue;
      const more = out.write(block);
      block = '';
      if (!more) await drained(out);
    }
    if (block && !closed) out.write(block);
  } finally {
    out.removeListener('close', onClose);
    out.removeListener('error', onClose);
  }
}

const BLOCK = 1 << 16;
