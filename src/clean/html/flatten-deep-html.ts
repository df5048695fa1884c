/** HTML with its nesting capped, how many elements lost their tags to the cap, and how many tags their attributes. */
export interface FlattenedHtml {
  readonly html: string;
  readonly flattened: number;
  readonly stripped: number;
  /** Character references past MAX_REFERENCES, dropped. */
  readonly references: number;
}

/**
 * How deep the parsed tree may nest. Real pages stay under ~60 levels; past a few hundred, linkedom's
 * parser (an `unshift` per open element) turns quadratic and its recursive walks overflow the stack,
 * and Readability slows down with the square of the depth (1,000 levels: 6 s).
 */
export const MAX_HTML_DEPTH = 200;
/** Longest start tag kept whole: linkedom spreads a class list into one call, which overflows at ~100,000 names. */
export const MAX_TAG_CHARS = 16_384;
/**
 * Character references kept in a page's text. The parser makes each one a text node of its own, so a
 * flood of them ("&lt;" 800,000 times) took 15 s to parse; a long article written all in numeric
 * references ("&#1078;") has some tens of thousands.
 */
export const MAX_REFERENCES = 100_000;
const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/y;
/**
 * A run of whitespace in a page's text this long renders as one space (a newline kept as one); it is
 * made one before parsing, as Readability's text handling slows on a megabyte of it.
 */
export const MAX_SPACE_RUN = 1024;

// The parser's own rules (htmlparser2, under linkedom), mirrored so the depth counted here is the depth
// it builds: which open elements a start tag closes, which elements never hold anything.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(([
  ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
  ['li', ['li']], ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
  ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((tag) => [tag, P] as const),
] as (readonly [string, readonly string[]])[]).map(([tag, closes]) => [tag, new Set(closes)]));
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
const FOREIGN = new Set(['svg', 'math']);
// A flattened block element still ends a paragraph: it becomes a line break, which nests nothing.
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'td', 'th', 'ul']);

/**
 * Cap the nesting of an HTML document before it is parsed: a start tag that would open an element
 * deeper than `maxDepth` is dropped with its end tag (a block one becomes `<br>`), so its text stays
 * in place one level up. A start tag longer than MAX_TAG_CHARS keeps its name and loses its
 * attributes; character references in text past MAX_REFERENCES are dropped, and runs of whitespace
 * longer than MAX_SPACE_RUN become one space or newline. One pass over the
 * source, tags read with their quoted attributes; a page within the caps comes back as the same string.
 */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): FlattenedHtml {
  // The open elements, innermost last, and whether each one's tags were dropped.
  const names: string[] = [];
  const dropped: boolean[] = [];
  const openCount = new Map<string, number>();
  const parts: string[] = [];
  let kept = 0;
  let foreign = 0;
  let copied = 0;
  let flattened = 0;
  let stripped = 0;
  let references = 0;
  let droppedReferences = 0;
  let lastBreak = -1;
  const replace = (start: number, end: number, by: string): void => {
    // A run of dropped tags with nothing between them is one break: a flood of `<div>` leaves one `<br>`.
    const adjacent = start === copied && lastBreak === copied;
    if (!adjacent) parts.push(html.slice(copied, start), by);
    copied = end;
    if (by !== '' || adjacent) lastBreak = end;
  };
  let collapsed = 0;
  /** In the text between `from` and `to`: collapse long whitespace runs, count references and drop those past the cap, in order. */
  const text = (from: number, to: number): void => {
    let run = 0;
    let newline = false;
    for (let i = from; i <= to; i++) {
      const c = i < to ? html.charCodeAt(i) : 0;
      if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) {
        run++;
        newline ||= c === 10 || c === 13;
        continue;
      }
      if (run >= MAX_SPACE_RUN) {
        collapsed++;
        replace(i - run, i, newline ? '\n' : ' ');
      }
      run = 0;
      newline = false;
      if (c !== 38 /* & */) continue;
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(html);
      if (m === null || m.index + m[0].length > to) continue;
      if (++references > MAX_REFERENCES) {
        droppedReferences++;
        replace(i, i + m[0].length, '');
      }
      i += m[0].length - 1;
    }
  };
  /** Close the innermost open element; true when its tags were dropped. */
  const pop = (): boolean => {
    const name = names.pop()!;
    const wasDropped = dropped.pop()!;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    if (!wasDropped) kept--;
    if (FOREIGN.has(name)) foreign--;
    return wasDropped;
  };
  let at = html.indexOf('<');
  text(0, at === -1 ? html.length : at);
  while (at !== -1 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    let end: number;
    if (html.startsWith('<!--', at)) {
      end = html.indexOf('-->', at + 4);
      end = end === -1 ? html.length : end + 3;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      end = html.indexOf('>', at);
      end = end === -1 ? html.length : end + 1;
    } else if (next === 47 /* / */ && isLetter(html.charCodeAt(at + 2))) {
      const name = tagName(html, at + 2);
      end = tagEnd(html, at + 2 + name.length);
      if ((openCount.get(name) ?? 0) > 0) {
        let top: string;
        let wasDropped: boolean;
        do {
          top = names[names.length - 1]!;
          wasDropped = pop();
        } while (top !== name);
        if (wasDropped) replace(at, end, BLOCK.has(name) ? '<br>' : '');
      }
    } else if (isLetter(next)) {
      const name = tagName(html, at + 1);
      end = tagEnd(html, at + 1 + name.length);
      const closes = IMPLIES_CLOSE.get(name);
      while (closes && names.length > 0 && closes.has(names[names.length - 1]!)) pop();
      const selfClosed = foreign > 0 && html.charCodeAt(end - 2) === 47 /* / */;
      if (!VOID.has(name) && !selfClosed) {
        const drop = kept >= maxDepth;
        names.push(name);
        dropped.push(drop);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        if (FOREIGN.has(name)) foreign++;
        if (drop) {
          flattened++;
          replace(at, end, BLOCK.has(name) ? '<br>' : '');
        } else kept++;
      }
      if (end - at > MAX_TAG_CHARS && copied <= at) {
        stripped++;
        replace(at, end, `<${name}>`);
      }
      if (RAW_TEXT.has(name)) {
        // Script, style, title and textarea hold text up to their own end tag, never markup.
        const close = indexOfIgnoringCase(html, `</${name}`, end);
        end = close === -1 ? html.length : close;
      }
    } else {
      end = at + 1;
    }
    at = html.indexOf('<', end);
    text(end, at === -1 ? html.length : at);
  }
  if (flattened === 0 && stripped === 0 && droppedReferences === 0 && collapsed === 0) return { html, flattened, stripped, references: 0 };
  parts.push(html.slice(copied));
  return { html: parts.join(''), flattened, stripped, references: droppedReferences };
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The lowercase tag name starting at `from`: up to whitespace, "/" or ">". */
function tagName(html: string, from: number): string {
  let to = from;
  while (to < html.length) {
    const c = html.charCodeAt(to);
    if (c === 62 || c === 47 || c === 32 || (c >= 9 && c <= 13)) break;
    to++;
  }
  return html.slice(from, to).toLowerCase();
}

/** Just past the ">" closing a tag whose attributes start at `from`; a ">" inside quotes does not close it. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens a value right after "=" (possibly spaced); elsewhere it is a stray character.
      if (previousNonSpace(html, i, from) === 61) quote = c;
    } else if (c === 62) return i + 1;
  }
  return html.length;
}

function previousNonSpace(html: string, i: number, from: number): number {
  for (let k = i - 1; k >= from; k--) {
    const c = html.charCodeAt(k);
    if (c !== 32 && !(c >= 9 && c <= 13)) return c;
  }
  return 0;
}

function indexOfIgnoringCase(html: string, needle: string, from: number): number {
  const pattern = new RegExp(needle.replace(/[/]/g, '\\/'), 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
