// Extensions a directory walk keeps. Markdown is left out on purpose: a folder of articles often
// carries a README, which is not an article (a .md file named explicitly is still read as text).
const SUPPORTED = /\.(?:txt|text|html?|xhtml|shtml|xml|rss|atom|rdf|jsonl|ndjson|json)(?:\.gz)?$/i;

/** Whether a file found while walking a directory is one of the types ingest reads, by its name. */
export function isSupportedFileName(name: string): boolean {
  return SUPPORTED.test(name);
}
