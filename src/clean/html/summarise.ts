const LIMIT = 200;

/** Collapse whitespace and cut a removed piece of text to a readable length for the `removed` list. */
export function summarise(text: string, limit = LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}
