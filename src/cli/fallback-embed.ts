import type { Embed } from '../align/embed.ts';

/**
 * An embedder that, once the encoder fails (the model cannot load, a worker dies), says so once through `warn` and
 * answers with empty vectors from then on, so the caller decides on words alone instead of stopping.
 */
export function fallbackEmbed(embed: Embed, warn: (message: string) => void): Embed {
  let failed = false;
  return async (sentences) => {
    if (!failed) {
      try {
        return await embed(sentences);
      } catch (error) {
        failed = true;
        warn(`the sentence encoder failed (${(error as Error).message}); deciding on words alone`);
      }
    }
    return sentences.map(() => new Float32Array(0));
  };
}
