import { gzipSync } from 'node:zlib';
import { jsonForScript } from './json-for-script.ts';

/** Past this many characters of JSON, the report's data is written gzip-compressed (a big story's is mostly near-copies of one text). */
export const COMPRESS_ABOVE = 256 * 1024;

/**
 * The report's data as the element that carries it: JSON (with `<`, `>` and `&` escaped) for a small
 * report, readable by any browser; past COMPRESS_ABOVE, the JSON gzip-compressed and in base64, which
 * the report's script inflates with DecompressionStream (a 5,000-version story's 30 MB of JSON is 3 MB
 * so, and the page parses that much less). Base64 holds no character that could end or bend the block.
 */
export function dataBlock(data: unknown): string {
  const json = JSON.stringify(data);
  if (json.length <= COMPRESS_ABOVE) return `<script type="application/json" id="wiretrace-data">${jsonForScript(data)}</script>`;
  return `<script type="application/gzip" id="wiretrace-data" data-encoding="gzip-base64">${gzipSync(json).toString('base64')}</script>`;
}
