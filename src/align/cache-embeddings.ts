import type { Embed } from './embed.ts';

/** Wrap an embedder so each distinct sentence is embedded once, however often it is asked for. */
export function cacheEmbeddings(embed: Embed, capacity = 50_000): Embed {
  const cache = new Map<string, Float32Array>();
  return async (sentences) => {
    const missing = [...new Set(sentences.filter((s) => !cache.has(s)))];
    if (missing.length > 0) {
      const vectors = await embed(missing);
      if (vectors.length !== missing.length) {
        throw new Error(`Embedder returned ${vectors.length} vectors for ${missing.length} sentences`);
      }
      missing.forEach((s, i) => {
        const v = vectors[i];
        if (v) cache.set(s, v);
      });
      // Oldest entries go first: a long-running server keeps memory bounded.
      for (const key of cache.keys()) {
        if (cache.size <= capacity) break;
        cache.delete(key);
      }
    }
    return sentences.map((s) => cache.get(s) ?? new Float32Array(0));
  };
}
