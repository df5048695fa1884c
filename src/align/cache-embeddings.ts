import type { Embed } from './embed.ts';

/** Wrap an embedder so each distinct sentence is embedded once, however often it is asked for. */
export function cacheEmbeddings(embed: Embed, capacity = 50_000): Embed {
  const cache = new Map<string, Float32Array>();
  // Sentences being embedded now: a second request for them waits for the first instead of redoing it.
  const inFlight = new Map<string, Promise<Float32Array[]>>();
  return async (sentences) => {
    const waits = [...new Set(sentences.filter((s) => !cache.has(s) && inFlight.has(s)).map((s) => inFlight.get(s)!))];
    const missing = [...new Set(sentences.filter((s) => !cache.has(s) && !inFlight.has(s)))];
    if (missing.length > 0) {
      const request = embed(missing);
      missing.forEach((s) => inFlight.set(s, request));
      let vectors: Float32Array[];
      try {
        vectors = await request;
      } finally {
        missing.forEach((s) => inFlight.delete(s));
      }
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
    await Promise.allSettled(waits);
    return sentences.map((s) => cache.get(s) ?? new Float32Array(0));
  };
}
