import type { CleanDocument, InputProblem, RawDocument } from '../model/index.ts';
import { cleanDocument } from '../clean/clean-document.ts';
import { junkReason } from '../clean/junk-reason.ts';
import { OutOfTime } from '../clean/out-of-time.ts';

/** Per-input budgets: a document over one is named as a problem and skipped; the others go on. */
export interface BuildOptions {
  /** Time to clean all the documents of one input (a feed's items share it), in milliseconds; default 10 s. */
  readonly maxMs?: number;
  /** Longest clean text of one article, in characters; default 200,000. */
  readonly maxChars?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

/** Documents cleaned one by one, and the ones refused. */
export interface CleanedDocuments {
  readonly cleaned: CleanDocument[];
  readonly problems: InputProblem[];
}

/** What cleaning made of one document: its clean document, a problem naming it, or nothing (its input ran out of time). */
export type CleanOutcome =
  | { readonly kind: 'clean'; readonly doc: CleanDocument }
  | { readonly kind: 'problem'; readonly problem: InputProblem }
  | { readonly kind: 'late' };

const DEFAULTS = { maxMs: 10_000, maxChars: 200_000 } as const;

/**
 * How much longer than the article-text cap a plain-text body may be before cleaning: cleaning
 * removes whole lines of page chrome, never most of a page, so a body this far over the cap cannot
 * clean down under it, and is refused before the cleaner spends seconds and memory on it.
 */
const TEXT_BODY_SLACK = 4;

/**
 * Clean each document on its own, within its input's time budget, refusing junk and articles over
 * the size cap. Nothing here looks across documents, so it can run on one input's documents at a time.
 */
export function cleanDocuments(documents: readonly RawDocument[], options: BuildOptions = {}): CleanedDocuments {
  // A copy: the cleaner's strings are slices of the raw page, and each would keep the whole page alive.
  const outcomes = cleanOutcomes(documents, options).map((o) => (o.kind === 'clean' ? { kind: o.kind, doc: structuredClone(o.doc) } : o));
  return collectCleaned(documents, outcomes, options);
}

/**
 * One outcome per document, in order. Each input's documents share its time budget, so a caller that splits the
 * documents (across threads) keeps every input's documents together and in order. A clean document's strings are
 * slices of its raw page: the caller copies it out (`structuredClone`, or a thread's message, which copies).
 */
export function cleanOutcomes(documents: readonly RawDocument[], options: BuildOptions = {}): CleanOutcome[] {
  const maxMs = options.maxMs ?? DEFAULTS.maxMs;
  const maxChars = options.maxChars ?? DEFAULTS.maxChars;
  const now = options.now ?? (() => performance.now());
  const spent = new Map<string, number>();
  return documents.map((raw): CleanOutcome => {
    const input = raw.input ?? raw.source;
    const used = spent.get(input) ?? 0;
    if (used >= maxMs) return { kind: 'late' };
    if (raw.format === 'text' && raw.body.length > maxChars * TEXT_BODY_SLACK) {
      return { kind: 'problem', problem: { input: raw.source, reason: `Article text longer than the limit (${raw.body.length.toLocaleString('en')} characters before cleaning, more than ${TEXT_BODY_SLACK} times the ${maxChars.toLocaleString('en')} allowed; --max-chars)` } };
    }
    const start = now();
    const check = (): void => {
      if (used + (now() - start) > maxMs) throw new OutOfTime();
    };
    let doc: CleanDocument;
    try {
      doc = cleanDocument(raw, check);
      check();
    } catch (error) {
      if (!(error instanceof OutOfTime)) throw error;
      return { kind: 'late' };
    } finally {
      spent.set(input, used + (now() - start));
    }
    if (doc.text.trim() === '') return { kind: 'problem', problem: { input: raw.source, reason: 'No article text found' } };
    const junk = junkReason(doc.text);
    if (junk !== null) return { kind: 'problem', problem: { input: raw.source, reason: junk } };
    if (doc.text.length > maxChars) {
      return { kind: 'problem', problem: { input: raw.source, reason: `Article text longer than the limit (${doc.text.length.toLocaleString('en')} characters, more than ${maxChars.toLocaleString('en')}; --max-chars)` } };
    }
    return { kind: 'clean', doc };
  });
}

/** The documents' outcomes (one each, in order) as clean documents and problems: each input that ran out of time named once, last. */
export function collectCleaned(documents: readonly RawDocument[], outcomes: readonly CleanOutcome[], options: BuildOptions = {}): CleanedDocuments {
  const cleaned: CleanDocument[] = [];
  const problems: InputProblem[] = [];
  const late = new Map<string, { count: number; first: string; container: boolean }>();
  outcomes.forEach((outcome, k) => {
    if (outcome.kind === 'clean') cleaned.push(outcome.doc);
    else if (outcome.kind === 'problem') problems.push(outcome.problem);
    else {
      const raw = documents[k]!;
      const input = raw.input ?? raw.source;
      const entry = late.get(input);
      if (entry) entry.count++;
      else late.set(input, { count: 1, first: raw.source, container: raw.input !== undefined });
    }
  });
  const seconds = `${(options.maxMs ?? DEFAULTS.maxMs) / 1000} s`;
  for (const [input, { count, first, container }] of late) {
    problems.push(container
      ? { input, reason: `${count.toLocaleString('en')} item${count === 1 ? '' : 's'} from "${first}" on skipped: cleaning this input took longer than the time limit (${seconds}; --max-seconds)` }
      : { input, reason: `Skipped: cleaning it took longer than the time limit (${seconds}; --max-seconds)` });
  }
  return { cleaned, problems };
}
