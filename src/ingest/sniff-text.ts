/** The kinds of text input the ingest stage reads. */
export type TextKind = 'html' | 'text' | 'jsonl' | 'feed';

/** A decoded input's kind, or why it is not readable text. */
export type SniffResult = { readonly kind: TextKind } | { readonly kind: 'unsupported'; readonly label: string };

const EXTENSIONS: Readonly<Record<string, TextKind>> = {
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  xml: 'feed', rss: 'feed', atom: 'feed', rdf: 'feed',
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'jsonl',
  txt: 'text', text: 'text', md: 'text',
};

const FEED_ROOTS = /^(?:rss|feed|rdf:rdf)$/i;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style|article|main|section|header|div|p|h[1-6]|span|a|table|ul|ol|br|img|figure|noscript|template)[\s/>]/i;

/**
 * Decide what a decoded input is: content first (markup roots, JSON), then the file extension,
 * then the HTTP content type; text with control characters is binary.
 */
export function sniffText(text: string, name = '', contentType: string | null = null): SniffResult {
  if (looksBinary(text)) return { kind: 'unsupported', label: 'binary data' };
  const head = skipProlog(text.slice(0, 4096));
  const xmlRoot = /^<([\w:-]+)/.exec(head)?.[1] ?? null;
  if (xmlRoot && FEED_ROOTS.test(xmlRoot)) return { kind: 'feed' };
  if (HTML_START.test(head)) return { kind: 'html' };
  if (looksLikeJson(text)) return { kind: 'jsonl' };
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';
  const byExtension = EXTENSIONS[ext];
  if (byExtension) return { kind: byExtension };
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (/html/.test(type)) return { kind: 'html' };
  if (/(?:rss|atom|rdf|xml)/.test(type)) return { kind: 'feed' };
  if (/json/.test(type)) return { kind: 'jsonl' };
  // Markup with an unknown root still reads as HTML: tag soup fragments are common.
  if (xmlRoot && /^<[a-z]/i.test(head) && /<\/[a-z][\w-]*>/i.test(text.slice(0, 8192))) return { kind: 'html' };
  return { kind: 'text' };
}

/** Skip a BOM, whitespace, the XML declaration, processing instructions, comments and a non-HTML doctype. */
function skipProlog(text: string): string {
  let rest = text.replace(/^\ufeff/, '').trimStart();
  for (;;) {
    const next = rest
      .replace(/^<\?[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!doctype\s+(?!html\b)[^>]*>/i, '')
      .trimStart();
    if (next === rest) return rest;
    rest = next;
  }
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return /^\[\s*(?:\{|\])/.test(trimmed);
  if (!trimmed.startsWith('{')) return false;
  // Lines may end in CR alone (old Mac exports): the first line ends at either.
  const end = /[\r\n]/.exec(trimmed)?.index;
  const firstLine = trimmed.slice(0, end).trim();
  try {
    return typeof JSON.parse(firstLine) === 'object';
  } catch {
    // A pretty-printed object spans lines: its first line is just "{".
    return firstLine === '{';
  }
}

// Text is judged in blocks so binary data after a page of text (a truncated download, a file with a
// text header) is still found, wherever it starts.
const BLOCK = 8192;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  for (let at = 0; at < text.length; at += BLOCK) {
    const sample = text.slice(at, at + BLOCK);
    const controls = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
    if (controls > sample.length * 0.01) return true;
  }
  return false;
}
