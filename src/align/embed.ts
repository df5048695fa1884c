/** Turns sentences into vectors, one per sentence, in order. */
export type Embed = (sentences: string[]) => Promise<Float32Array[]>;
