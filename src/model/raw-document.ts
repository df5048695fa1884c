/** Metadata an input can carry before cleaning (JSON Lines fields, feed items, HTTP headers). */
export interface RawMeta {
  readonly url?: string;
  /** For a fetched page: the address it ended at after redirects, when it is not `url` (the address asked for). */
  readonly finalUrl?: string;
  readonly title?: string;
  readonly byline?: string;
  readonly outlet?: string;
  /** ISO 8601 when known. */
  readonly published?: string;
  readonly language?: string;
}

/** One document as read from an input, decoded to a string, not yet cleaned. */
export interface RawDocument {
  /**
   * The path or URL as the user gave it. Items of a container (a JSON Lines file, a feed) get
   * `#n` appended, 1-based, so each can be named in a message.
   */
  readonly source: string;
  /** For an item of a container (a feed, a JSON Lines file), the container's name: `source` without `#n`. */
  readonly input?: string;
  readonly format: 'text' | 'html';
  readonly body: string;
  readonly meta: RawMeta;
}

/** An input that could not be read, reported as data: the CLI prints it as one line. */
export interface InputProblem {
  readonly input: string;
  readonly reason: string;
}
