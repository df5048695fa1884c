import { InputError } from './input-error.ts';
import { formatSize } from './format-size.ts';

/** Read a whole stream into memory, refusing it once it passes `maxBytes`. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new InputError(`Larger than the size limit (${formatSize(maxBytes)})`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
