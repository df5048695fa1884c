import type { Article, CleanDocument, InputProblem, RawDocument } from '../model/index.ts';
import { removeBundleBoilerplate } from '../clean/bundle/remove-bundle-boilerplate.ts';
import { cleanDocuments, type BuildOptions } from './clean-documents.ts';
import { identifyArticles, type SeenArticle } from './identify-articles.ts';

/** What one input gave when read: its raw documents and its problems. */
export interface ReadInput {
  readonly documents: readonly RawDocument[];
  readonly problems: readonly InputProblem[];
}

/** The budgets of `buildArticles`, and the size of the window that boilerplate is judged across. */
export interface StreamOptions extends BuildOptions {
  /** Most clean documents in one boilerplate window; default 500 (one feed's items, at the default --max-items). */
  readonly windowDocuments?: number;
  /** Most characters (clean text and removed pieces) in one window; default 16,000,000. */
  readonly windowChars?: number;
}

/** One thing the stream found, in input order: an article, or a problem naming an input. */
export type StreamItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'problem'; readonly problem: InputProblem };

const DEFAULTS = { windowDocuments: 500, windowChars: 16_000_000 } as const;

/**
 * `buildArticles` as a stream: each input's documents are cleaned as they arrive, and the
 * cross-document boilerplate pass runs on windows of consecutive clean documents (at most
 * `windowDocuments`, and `windowChars` characters), whose articles are yielded, in input order, as
 * soon as the window closes. A bundle smaller than one window is read exactly as `buildArticles`
 * reads it; memory holds one window and the ids seen (for reading the same article once), whatever
 * the number of inputs. Problems are yielded as soon as they are known.
 */
export async function* streamArticles(inputs: AsyncIterable<ReadInput>, options: StreamOptions = {}): AsyncGenerator<StreamItem> {
  const windowDocuments = options.windowDocuments ?? DEFAULTS.windowDocuments;
  const windowChars = options.windowChars ?? DEFAULTS.windowChars;
  const seen = new Map<string, SeenArticle>();
  let window: CleanDocument[] = [];
  let chars = 0;
  function* closeWindow(): Generator<StreamItem> {
    if (window.length === 0) return;
    const { articles, problems } = identifyArticles(removeBundleBoilerplate(window), seen);
    window = [];
    chars = 0;
    for (const article of articles) yield { kind: 'article', article };
    for (const problem of problems) yield { kind: 'problem', problem };
  }
  for await (const read of inputs) {
    for (const problem of read.problems) yield { kind: 'problem', problem };
    const { cleaned, problems } = cleanDocuments(read.documents, options);
    for (const problem of problems) yield { kind: 'problem', problem };
    for (const doc of cleaned) {
      window.push(doc);
      chars += sizeOf(doc);
      if (window.length >= windowDocuments || chars >= windowChars) yield* closeWindow();
    }
  }
  yield* closeWindow();
}

function sizeOf(doc: CleanDocument): number {
  return doc.removed.reduce((sum, piece) => sum + piece.text.length, doc.text.length);
}
