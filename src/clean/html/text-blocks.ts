// Elements that start a new paragraph in the plain text. Everything else is inline; table cells are
// inline too, so a row reads as one line instead of exploding into single words.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT',
  'THEAD', 'TR', 'UL', 'CAPTION', 'MENU', 'OPTION', 'LEGEND',
]);
// Never visible as text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** One paragraph of plain text, with how much of it is link text and which element held it. */
export interface TextBlock {
  readonly text: string;
  /** Non-space characters of `text` that sat inside `<a>` (indentation would dilute the share). */
  readonly linkChars: number;
  /** Non-space characters of `text`, to compare with `linkChars`. */
  readonly rawChars: number;
  /** Upper-case tag name of the nearest block element ("P", "LI", "H2", ...). */
  readonly tag: string;
}

/**
 * Serialise an element to plain-text paragraphs: one per block element, a `<br>` also breaks,
 * whitespace collapsed (entities are already decoded by the parser).
 */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linkChars = 0;
  const tags: string[] = ['BODY'];
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    const rawChars = text.replace(/\s/g, '').length;
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, rawChars), rawChars, tag: tags[tags.length - 1] ?? 'BODY' });
    current = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? '';
      current += value;
      if (inLink) linkChars += value.replace(/\s/g, '').length;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name) || el.hasAttribute('hidden')) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      tags.push(name);
    }
    const link = inLink || name === 'A';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      walk(child, link);
      if (name === 'TR' && child.nodeType === ELEMENT) current += ' ';
    }
    if (block) {
      flush();
      tags.pop();
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
