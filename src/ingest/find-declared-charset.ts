/** How far into a document a `<meta charset>` or XML declaration is looked for (browsers use 1024). */
const PRESCAN_BYTES = 2048;

/**
 * The charset a document declares about itself in its first bytes: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML declaration's `encoding`.
 */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps bytes one to one, so ASCII markup is found whatever the real encoding is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)\s*["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
    if (!direct?.[1]) continue;
    // A charset inside `content=` only counts on an http-equiv Content-Type meta, as in browsers.
    if (/^<meta\b[^>]*\bcharset\s*=/i.test(text) && !/\bcontent\s*=\s*["'][^"']*charset/i.test(text)) return direct[1];
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(text)) return direct[1];
  }
  return null;
}

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}
