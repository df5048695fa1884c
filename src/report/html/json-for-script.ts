/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` are written as
 * `\uXXXX` so no `</script>` or `<!--` can end or bend the block, and U+2028/U+2029 too, for
 * readers that still treat them as line ends. `JSON.parse` gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
