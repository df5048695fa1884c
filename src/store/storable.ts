/**
 * Text as PostgreSQL can hold it: it refuses the NUL character in text and in JSON, so each becomes U+FFFD (one
 * UTF-16 unit for one, so every offset into the text still holds).
 */
export function storableText<T extends string | null>(text: T): T {
  return (text === null ? null : text.replaceAll('\u0000', '\uFFFD')) as T;
}

/** A value as a JSON parameter: JSON text with every escaped NUL made U+FFFD (an escaped backslash left alone). */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/** A statement's parameter as stored: a string made storable, anything else as it is. */
export function storableParam(value: unknown): unknown {
  return typeof value === 'string' ? storableText(value) : value;
}
