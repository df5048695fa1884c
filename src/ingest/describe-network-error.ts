// System error codes of a failed request, as a sentence a user can act on.
const REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'Host not found',
  EAI_AGAIN: 'Host name lookup failed (temporary DNS error)',
  ECONNREFUSED: 'Connection refused',
  ECONNRESET: 'Connection reset by the server',
  EHOSTUNREACH: 'Host unreachable',
  ENETUNREACH: 'Network unreachable',
  ETIMEDOUT: 'Connection timed out',
  EPIPE: 'Connection closed by the server',
  HPE_INVALID_CONSTANT: 'Not a valid HTTP response',
  HPE_HEADER_OVERFLOW: 'HTTP headers too large',
  Z_DATA_ERROR: 'Response body is not valid compressed data',
  Z_BUF_ERROR: 'Response body is cut short',
  ERR_STREAM_PREMATURE_CLOSE: 'Connection closed before the response ended',
};

/** One line saying why a request failed, for an error from node:http, node:net, node:tls or node:zlib. */
export function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const known = REASONS[code];
  if (known) return known;
  if (/CERT|SSL|TLS|SELF_SIGNED|VERIFY/i.test(code)) return `TLS certificate problem (${code})`;
  if (code.startsWith('HPE_')) return 'Not a valid HTTP response';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return code ? `Network error (${code})` : `Network error (${message})`;
}
