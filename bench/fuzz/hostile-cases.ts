// Generators of bad and odd inputs, the shapes of issue 10, for the in-CI fuzz test and `npm run fuzz`.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

/** One file of a case: bytes, a FIFO, a socket, or a symbolic link (target relative to the case folder, or absolute). */
export type FuzzFile =
  | { readonly path: string; readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly path: string; readonly kind: 'fifo' }
  | { readonly path: string; readonly kind: 'socket' }
  | { readonly path: string; readonly kind: 'symlink'; readonly target: string };

/** One generated case: the files to lay out in a fresh folder and the inputs to give the CLI. */
export interface FuzzCase {
  readonly category: Category;
  readonly shape: string;
  readonly files: readonly FuzzFile[];
  /** Command-line inputs, relative to the case folder unless absolute. */
  readonly inputs: readonly string[];
  /** When an input is refused, its stderr line must say this (a real reason, not a generic one). */
  readonly refusal?: RegExp;
}

/** The categories of the issue's table (plus text shapes that hit the cleaner's patterns). */
export const CATEGORIES = ['HTML structure', 'size', 'text shapes', 'RSS / Atom', 'JSON Lines', 'encodings, NUL, binary, empty', 'file names, globs, file system', 'gzip'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How big the generated inputs get: `ci` keeps every shape past the caps it tests but small enough for a quick run. */
export type Scale = 'ci' | 'full';

const SENTENCES = [
  'The harbour bridge reopened on Monday after three weeks of repairs, the city said.',
  'Officials said 32 workers replaced the cables and the deck before the inspection.',
  'Traffic on the main road fell by half while the bridge was closed, according to the council.',
  '"We are relieved it is over," said Ana Ruiz, who runs a bakery near the river.',
  'The repairs cost 4.2 million dollars, more than the budget the council set in March.',
];

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const bytes = (path: string, content: string | Uint8Array): FuzzFile => ({ path, kind: 'bytes', bytes: typeof content === 'string' ? utf8(content) : content });
const one = (category: Category, shape: string, path: string, content: string | Uint8Array, refusal?: RegExp): FuzzCase =>
  ({ category, shape, files: [bytes(path, content)], inputs: [path], ...(refusal && { refusal }) });
// Sizes: at CI scale, past the caps they test; at full scale, one case in three at the issue's magnitude
// (10,000+ levels, 130,000 lines, 200,000 class names) and the rest between the two.
const sized = (scale: Scale, ci: number, full: number): fc.Arbitrary<number> => (scale === 'ci'
  ? fc.integer({ min: ci, max: ci * 2 })
  : fc.oneof({ arbitrary: fc.integer({ min: ci, max: full }), weight: 2 }, { arbitrary: fc.integer({ min: full, max: full * 2 }), weight: 1 }));
const prose = (n: number): string => Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
const article = `<p>${SENTENCES.slice(0, 3).join(' ')}</p><p>${SENTENCES.slice(3).join(' ')}</p>`;
const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head><title>Bridge reopens</title>${head}</head><body>${body}</body></html>`;

const NEST_TAGS = ['div', 'span', 'b', 'i', 'a', 'p', 'li', 'ul', 'font', 'section', 'x-item', 'blockquote', 'em', 'table', 'td', 'svg', 'g', 'select', 'option', 'h2'];

function htmlCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'HTML structure';
  return [
    fc.record({ tag: fc.constantFrom(...NEST_TAGS), depth: sized(scale, 1_500, 20_000), closed: fc.boolean(), withText: fc.boolean(), attr: fc.boolean() })
      .map(({ tag, depth, closed, withText, attr }) => {
        const open = attr ? `<${tag} class="k${depth}">` : `<${tag}>`;
        const inner = withText ? article : 'x';
        return one(c, 'deep nesting', `deep-${tag}.html`, page(`${open.repeat(depth)}${inner}${closed ? `</${tag}>`.repeat(depth) : ''}${article}`));
      }),
    fc.record({ depth: sized(scale, 1_500, 20_000), mixed: fc.array(fc.constantFrom(...NEST_TAGS), { minLength: 2, maxLength: 6 }) })
      .map(({ depth, mixed }) => one(c, 'mixed deep nesting', 'mixed.html',
        page(Array.from({ length: depth }, (_, i) => `<${mixed[i % mixed.length]}>`).join('') + article))),
    fc.record({ depth: sized(scale, 2_000, 50_000), graph: fc.boolean() }).map(({ depth, graph }) => {
      const ld = graph ? `${'{"@graph":['.repeat(depth)}{}${']}'.repeat(depth)}` : `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
      return one(c, 'deep JSON-LD', 'jsonld.html', page(article, `<script type="application/ld+json">${ld}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":${'['.repeat(depth)}"H"${']'.repeat(depth)}}</script>`));
    }),
    fc.record({ names: sized(scale, 20_000, 200_000), where: fc.constantFrom('class', 'id', 'style', 'many') }).map(({ names, where }) => {
      const value = Array.from({ length: names }, (_, i) => `n${i}`).join(' ');
      const attrs = where === 'many' ? Array.from({ length: names / 10 }, (_, i) => `data-a${i}="v"`).join(' ') : `${where}="${value}"`;
      return one(c, 'huge attributes', 'attrs.html', page(`<div ${attrs}>${article}</div>`));
    }),
    fc.record({ n: sized(scale, 50_000, 1_000_000), unit: fc.constantFrom('<', '<p', '<a ', '</', '<!--', '<script>', '< ', '<div class="', "<b title='") })
      .map(({ n, unit }) => one(c, '"<" flood', 'flood.html', page(`${article}${unit.repeat(n)}`))),
    fc.record({ n: sized(scale, 50_000, 500_000), entity: fc.constantFrom('&#65;', '&amp;', '&#x1F600;', '&#999999999;', '&lt;', '&#0;', '&#xD800;') })
      .map(({ n, entity }) => one(c, 'entity flood', 'entities.html', page(`${article}<p>${entity.repeat(n)}</p>`))),
    fc.array(fc.constantFrom('<div>', '</div>', '<p>', '</span>', '<table>', '<td>', '<br>', '<!--', '-->', '<script>', '</script>', 'word ', 'Hello. ', '<a href="x">', '</a>', '"', '>', '<'), { minLength: 50, maxLength: scale === 'ci' ? 2_000 : 20_000 })
      .map((parts) => one(c, 'tag soup', 'soup.html', parts.join('') + article)),
  ];
}

function sizeCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'size';
  return [
    fc.record({ lines: sized(scale, 20_000, 130_000), width: fc.integer({ min: 1, max: 80 }), wrapped: fc.boolean() }).map(({ lines, width, wrapped }) => {
      const line = (i: number): string => (wrapped ? prose(2).slice(0, width) : `${SENTENCES[i % 5]!.slice(0, width)}`);
      return one(c, '130,000-line text', 'lines.txt', Array.from({ length: lines }, (_, i) => line(i)).join('\n'));
    }),
    fc.record({ n: sized(scale, 100_000, 1_000_000), ch: fc.constantFrom(' ', '\t', '\n', ' \n', '\u00a0', '\u3000', '\r\n ') })
      .map(({ n, ch }) => one(c, 'long whitespace run', 'spaces.txt', `${prose(3)}${ch.repeat(n)}${prose(3)}`)),
    fc.record({ n: sized(scale, 100_000, 1_000_000), letters: fc.constantFrom('a', 'Ab', 'x.', 'Z-', "o'", 'é') })
      .map(({ n, letters }) => one(c, 'long word', 'word.txt', `${prose(2)}\n\n${letters.repeat(n)}\n\n${prose(2)}`)),
    sized(scale, 3_000, 60_000).map((n) => one(c, 'one huge paragraph', 'paragraph.txt', prose(n))),
    fc.record({ n: sized(scale, 3_000, 10_000), distinct: fc.integer({ min: 1, max: 50 }) })
      .map(({ n, distinct }) => one(c, 'many repeated paragraphs', 'repeats.txt', Array.from({ length: n }, (_, i) => `${SENTENCES[i % 5]} Part ${i % distinct}.`).join('\n\n'))),
    fc.constant(one(c, 'over the size limit', 'big.txt', prose(1).padEnd(11 * 1024 * 1024, ' x'), /Larger than the size limit/)),
  ];
}

function textCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'text shapes';
  const letters = (n: number): string => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
  return [
    fc.record({ words: sized(scale, 50, 20_000), inline: fc.boolean() }).map(({ words, inline }) => {
      const slug = Array.from({ length: words }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join('-');
      return one(c, 'Title-Case hyphenated slug', 'slug.txt', inline ? `${prose(2)} ${slug} ${prose(2)}` : `${slug}\n\n${prose(4)}`);
    }),
    fc.record({ n: sized(scale, 150, 100_000), label: fc.constantFrom('More from ', 'Read more: ', 'Related: ', 'Also Read | ', 'Photo: ', 'By ', 'Reporting by ', '© ', 'Tags: ', 'FAQ\nWhat is it?\n') })
      .map(({ n, label }) => one(c, 'repeated label prefixes', 'labels.txt', `${label}${letters(n)}\n${label.repeat(Math.min(n, 50_000))}\n\n${prose(4)}`)),
    fc.record({ n: sized(scale, 1_500, 500_000), at: fc.constantFrom('byline', 'credit', 'title', 'menu') }).map(({ n, at }) => {
      const spaces = ' '.repeat(n);
      const line = { byline: `By Jane${spaces}Doe`, credit: `Photo${spaces}by${spaces}AFP`, title: `Bridge${spaces}| Harbor Daily`, menu: `Home${spaces}|${spaces}News` }[at];
      return one(c, 'spaces inside short lines', 'spaced.txt', `${line}\n\n${prose(4)}`);
    }),
    fc.constantFrom('The bridge reopened on Monday. The ferry was delayed. S', 'Word', 'X', 'Bridge', 'The ferry was delayed. Monday')
      .map((text) => one(c, 'one capitalised word at the end', 'end.txt', text)),
    fc.record({ n: sized(scale, 10_000, 300_000), run: fc.constantFrom('.', '!?', '"', '“”', '- ', '(', ')', '...', '*', '|') })
      .map(({ n, run }) => one(c, 'punctuation runs', 'punct.txt', `${prose(3)} ${run.repeat(n)} ${prose(3)}`)),
    fc.record({ n: sized(scale, 5_000, 60_000) }).map(({ n }) => one(c, 'capitalised word runs', 'caps.txt',
      `${Array.from({ length: n }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`).join(' ')} said.\n\n${prose(3)}`)),
  ];
}

function rss(items: readonly string[], title = 'Harbor Wire'): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items.join('')}</channel></rss>`;
}
const item = (description: string, title = 'Bridge reopens'): string => `<item><title>${title}</title><description>${description}</description></item>`;
const cdata = (html: string): string => `<![CDATA[${html}]]>`;

function feedCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'RSS / Atom';
  return [
    fc.record({ n: sized(scale, 600, 10_000), atom: fc.boolean() }).map(({ n, atom }) => {
      const entries = Array.from({ length: n }, (_, i) => (atom
        ? `<entry><title>Item ${i}</title><content type="html">${cdata(`<p>${SENTENCES[i % 5]} Item ${i}.</p>`)}</content></entry>`
        : item(cdata(`<p>${SENTENCES[i % 5]} Item ${i}.</p>`), `Item ${i}`)));
      const xml = atom ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>${entries.join('')}</feed>` : rss(entries);
      return one(c, '10,000-item feed', atom ? 'many.atom' : 'many.xml', xml);
    }),
    fc.record({ tag: fc.constantFrom(...NEST_TAGS), depth: sized(scale, 1_500, 20_000) })
      .map(({ tag, depth }) => one(c, 'deep nesting in CDATA', 'cdata.xml', rss([item(cdata(`<${tag}>`.repeat(depth) + article)), item(cdata(article))]))),
    fc.record({ kind: fc.constantFrom('numeric', 'laughs', 'external', 'oversize', 'double'), n: sized(scale, 20_000, 200_000) }).map(({ kind, n }) => {
      const dtd = {
        numeric: '', double: '',
        laughs: '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        external: '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        oversize: `<!DOCTYPE rss [<!ENTITY a "${'a'.repeat(20_000)}">]>`,
      }[kind];
      const body = { numeric: '&#38;#60;'.repeat(n), double: '&amp;lt;p&amp;gt;'.repeat(n), laughs: '&d;', external: '&x;', oversize: '&a;' }[kind];
      const xml = `<?xml version="1.0"?>${dtd}<rss version="2.0"><channel><title>Wire</title>${item(body)}${item(cdata(article))}</channel></rss>`;
      return one(c, 'entity bombs', 'entities.xml', xml, kind === 'external' || kind === 'oversize' ? /Not a readable feed: / : undefined);
    }),
    fc.constantFrom('unclosed', 'truncated', 'deep-xml', 'junk-root', 'no-items', 'empty-items', 'bad-chars').chain((kind) => sized(scale, 2_000, 20_000).map((n) => {
      const xml = {
        unclosed: `<rss><channel><title>Wire</title><item><title>T</title><description>${article}`,
        truncated: rss([item(cdata(article))]).slice(0, 120),
        'deep-xml': `<rss><channel><title>Wire</title>${'<x>'.repeat(n)}${item(cdata(article))}</channel></rss>`,
        'junk-root': `<?xml version="1.0"?><urlset>${'<url>x</url>'.repeat(10)}</urlset>`,
        'no-items': rss([]),
        'empty-items': rss(Array.from({ length: 20 }, () => '<item><title>t</title></item>')),
        'bad-chars': rss([item(`Words \u0001\u0002 and more ${'\u0000'.repeat(3)}`), item(cdata(article))]),
      }[kind];
      return one(c, 'malformed feeds', `${kind}.xml`, xml, kind === 'deep-xml' ? /nested too deeply/ : undefined);
    })),
    sized(scale, 50_000, 500_000).map((n) => one(c, '"<" flood in titles', 'titles.xml', rss([item(cdata(article), '&lt;'.repeat(n)), item(cdata(article), `<![CDATA[${'<'.repeat(n)}]]>`)], '&lt;p'.repeat(n)))),
  ];
}

function jsonlCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'JSON Lines';
  const line = (fields: Record<string, unknown>): string => JSON.stringify(fields);
  return [
    fc.record({ n: sized(scale, 600, 10_000), html: fc.boolean() }).map(({ n, html }) => one(c, '10,000-line file', 'many.jsonl',
      Array.from({ length: n }, (_, i) => line(html ? { html: `<p>${SENTENCES[i % 5]} Item ${i}.</p>` } : { title: `Item ${i}`, text: `${SENTENCES[i % 5]} Item ${i}.` })).join('\n'))),
    fc.record({ n: fc.integer({ min: 2, max: 50 }), ending: fc.constantFrom('\r', '\r\n', '\n\r', '\r\r') }).map(({ n, ending }) => one(c, 'CR-only and odd line endings', 'cr.jsonl',
      Array.from({ length: n }, (_, i) => line({ title: `Item ${i}`, text: `${SENTENCES[i % 5]} Item ${i}.` })).join(ending))),
    fc.record({ tag: fc.constantFrom(...NEST_TAGS), depth: sized(scale, 1_500, 20_000) })
      .map(({ tag, depth }) => one(c, 'deep nesting in html fields', 'deep-html.jsonl', [line({ html: `<${tag}>`.repeat(depth) + article }), line({ html: article })].join('\n'))),
    fc.record({ depth: sized(scale, 10_000, 500_000), kind: fc.constantFrom('[', '{"a":') }).map(({ depth, kind }) => one(c, 'deep JSON', 'deep.jsonl',
      [`${kind.repeat(depth)}1${(kind === '[' ? ']' : '}').repeat(depth)}`, line({ text: prose(3) })].join('\n'))),
    fc.array(fc.constantFrom('{', '[1,2]', '"text"', 'null', '{"text": 5}', '{"html": {"a": 1}}', '{"text": ""}', '{"title": "x"}', 'nonsense', '{"text": "ok. Words here."}', '\u0000', '{"text":"a"}garbage'), { minLength: 1, maxLength: 200 })
      .map((lines) => one(c, 'bad lines', 'bad.jsonl', lines.join('\n'))),
    fc.record({ n: sized(scale, 200_000, 3_000_000), fill: fc.constantFrom('<', '<p', ' ', 'a', '<div>', '&lt;') })
      .map(({ n, fill }) => one(c, 'huge fields', 'huge.jsonl', [line({ text: `${prose(2)} ${fill.repeat(n / fill.length)}` }), line({ text: prose(3) })].join('\n'))),
    fc.constantFrom('\ufeff', '\ufeff\r\n', '').map((prefix) => one(c, 'BOM and whole-file JSON', 'whole.json', `${prefix}[${line({ text: prose(3) })},${line({ html: article })}]`)),
  ];
}

function encodingCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'encodings, NUL, binary, empty';
  const text = `Bridge reopens\n\n${prose(6)}`;
  return [
    fc.constantFrom('utf-32le', 'utf-32be', 'utf-16le', 'utf-16be').chain((enc) => fc.boolean().map((bom) => {
      const body = Buffer.from(iconv.encode(text, enc, { addBOM: false }));
      const marks: Record<string, number[]> = { 'utf-32le': [0xff, 0xfe, 0, 0], 'utf-32be': [0, 0, 0xfe, 0xff], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
      return one(c, 'UTF-16 and UTF-32', `${enc}.txt`, bom ? Buffer.concat([Buffer.from(marks[enc]!), body]) : body);
    })),
    fc.uint8Array({ minLength: 1_000, maxLength: scale === 'ci' ? 50_000 : 500_000, min: 0x80, max: 0xff }).map((b) => one(c, 'random high bytes', 'high.txt', b, /Not text|Not a supported type/)),
    fc.string({ minLength: 1_000, maxLength: scale === 'ci' ? 50_000 : 500_000, unit: fc.constantFrom(...'!"#$%&()*+,-./0123456789:;<=>?@[]^_`{|}~abcdefXYZ '.split('')) })
      .map((s) => one(c, 'printable noise', 'noise.txt', s, /Not text/)),
    fc.integer({ min: 0, max: 255 }).map((b) => one(c, '1-byte files', 'one.txt', Uint8Array.of(b), /Not text|Not a supported type|empty|No article text/i)),
    fc.record({ at: fc.integer({ min: 8_200, max: 200_000 }), n: fc.integer({ min: 50, max: 5_000 }) }).map(({ at, n }) =>
      one(c, 'control characters after 8 KB', 'late-binary.txt', `${prose(Math.ceil(at / 80)).slice(0, at)}${'\u0001\u0002\u0007\u001b'.repeat(n)}`, /binary data/)),
    fc.constantFrom('', ' ', '\n\n\n', '\u0000', 'ab\u0000cd', '\ufeff', '\t \r\n').map((s) => one(c, 'empty, blank and NUL', 'blank.txt', s, /empty|binary|Not text|No article/i)),
    fc.constantFrom('utf-8', 'shift_jis', 'x-nonsense', 'utf-16', 'iso-2022-jp', 'windows-1252').map((label) =>
      one(c, 'mislabelled charsets', 'label.html', page(article, `<meta charset="${label}">`))),
    fc.constantFrom('%PDF-1.7\n', '\u0089PNG\r\n\u001a\n', 'PK\u0003\u0004', '\u007fELF', 'GIF89a').map((magic) =>
      one(c, 'binary formats', 'binary.txt', Buffer.concat([Buffer.from(magic, 'latin1'), Buffer.alloc(2000, 7)]), /Not a supported type/)),
  ];
}

// Terminal escapes, line breaks, bidi overrides and odd Unicode a file name can carry (never a leading "-").
const ODD_NAMES = ['x\u001b[31mred.txt', 'a\nb.txt', 'bell\u0007.txt', 'rtl\u202egnp.txt', 'tab\there.txt', 'quote"\'.txt', 'space name.txt', 'ünï©ødé.txt', '\u001b]0;title\u0007.txt', 'cr\rline.txt', 'del\u007f.txt', 'c1\u0085\u009b.txt'];

function fsCases(): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'file names, globs, file system';
  const good = prose(6);
  return [
    fc.record({ name: fc.constantFrom(...ODD_NAMES), bad: fc.boolean(), inDir: fc.boolean() }).map(({ name, bad, inDir }) => {
      const path = inDir ? `dir/${name}` : name;
      return { category: c, shape: 'odd file names', files: [bytes(path, bad ? '\u0000\u0001binary' : good)], inputs: [inDir ? 'dir' : path] };
    }),
    fc.constantFrom('direct', 'in-dir', 'glob').map((how) => ({
      category: c, shape: 'FIFOs', files: [{ path: 'd/pipe.txt', kind: 'fifo' as const }, bytes('d/ok.txt', good)],
      inputs: [how === 'direct' ? 'd/pipe.txt' : how === 'in-dir' ? 'd' : 'd/*.txt'], refusal: /Not a regular file \(a FIFO\)/,
    })),
    fc.constantFrom('in-dir', 'glob').map((how) => ({
      category: c, shape: 'sockets', files: [{ path: 'd/sock.txt', kind: 'socket' as const }, bytes('d/ok.txt', good)],
      inputs: [how === 'in-dir' ? 'd' : 'd/*.txt'], refusal: /Not a regular file/,
    })),
    fc.record({ target: fc.constantFrom('/etc/hostname', '/etc', '../outside/secret.txt', '../outside', '/proc/self/status', '/dev/zero'), how: fc.constantFrom('dir', 'glob') }).map(({ target, how }) => ({
      category: c, shape: 'symlinks out of a directory',
      files: [bytes('outside/secret.txt', good), bytes('in/ok.txt', good), { path: 'in/link.txt', kind: 'symlink' as const, target }],
      inputs: [how === 'dir' ? 'in' : 'in/*'], refusal: /not followed|Not a regular file/,
    })),
    fc.constantFrom('self', 'pair', 'dangling').map((kind) => ({
      category: c, shape: 'symlink loops and dangling links',
      files: kind === 'self'
        ? [{ path: 'd/loop', kind: 'symlink' as const, target: '.' }, bytes('d/ok.txt', good)]
        : kind === 'pair'
          ? [{ path: 'd/a.txt', kind: 'symlink' as const, target: 'b.txt' }, { path: 'd/b.txt', kind: 'symlink' as const, target: 'a.txt' }, bytes('d/ok.txt', good)]
          : [{ path: 'd/gone.txt', kind: 'symlink' as const, target: 'nowhere.txt' }, bytes('d/ok.txt', good)],
      inputs: ['d'],
    })),
    fc.constantFrom('[z-a]*.txt', 'd/[z-a].txt', '[', 'd/[!]', '**/[9-0]', 'd/*[', `d/${'*a'.repeat(30)}*b`, '**/**/**/**/*.txt', 'd/\\[x].txt', 'd/[]].txt').map((glob) => ({
      category: c, shape: 'malformed and costly globs', files: [bytes('d/ok.txt', good), bytes(`d/${'a'.repeat(200)}.txt`, good)], inputs: [glob],
    })),
    fc.constantFrom('/proc/self/status', '/proc/cpuinfo', '/proc/self/environ', '/dev/null', '/dev/zero', '/dev/urandom', '/proc/self/cmdline', '/sys/kernel/mm/transparent_hugepage/enabled').map((path) => ({
      category: c, shape: '/proc files and devices', files: [], inputs: [path],
    })),
    fc.constantFrom('missing.txt', 'empty-dir', 'dir-of-png', 'file-url', 'bad-url', 'dot-only').map((kind) => ({
      category: c, shape: 'missing and empty inputs',
      files: kind === 'dir-of-png' ? [bytes('dir-of-png/x.png', 'x')] : kind === 'empty-dir' ? [bytes('empty-dir/.hidden.txt', good)] : [],
      inputs: [{ 'missing.txt': 'missing.txt', 'empty-dir': 'empty-dir', 'dir-of-png': 'dir-of-png', 'file-url': 'file:///nonexistent/x.txt', 'bad-url': 'http://[::1', 'dot-only': '.nothing' }[kind]],
    })),
  ];
}

function gzipCases(scale: Scale): fc.Arbitrary<FuzzCase>[] {
  const c: Category = 'gzip';
  const text = `Bridge reopens\n\n${prose(6)}`;
  return [
    fc.integer({ min: 1, max: 6 }).map((depth) => {
      let packed: Uint8Array = utf8(text);
      for (let i = 0; i < depth; i++) packed = gzipSync(packed);
      return one(c, 'nested gzip', `nested${'.gz'.repeat(Math.min(depth, 2))}`, packed, depth > 3 ? /nested too deep/ : undefined);
    }),
    fc.integer({ min: 11, max: scale === 'ci' ? 40 : 200 }).map((mib) => one(c, 'gzip bombs', 'bomb.txt.gz', gzipSync(Buffer.alloc(mib * 1024 * 1024, 0x20)), /size limit/)),
    fc.record({ cut: fc.integer({ min: 2, max: 60 }) }).map(({ cut }) => one(c, 'truncated gzip', 'cut.txt.gz', gzipSync(utf8(text)).subarray(0, cut), /gzip|empty|Not text/i)),
    fc.uint8Array({ minLength: 10, maxLength: 2_000 }).map((junk) => one(c, 'corrupt gzip', 'junk.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from(junk)]), /gzip/i)),
    fc.constantFrom('binary', 'empty', 'multi', 'html', 'not-gzip').map((kind) => {
      const content = {
        binary: gzipSync(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(500, 1)])),
        empty: gzipSync(Buffer.alloc(0)),
        multi: Buffer.concat([gzipSync(utf8(text.slice(0, 200))), gzipSync(utf8(text.slice(200)))]),
        html: gzipSync(utf8(page(article))),
        'not-gzip': utf8(text),
      }[kind];
      return one(c, 'gzip oddities', `${kind}.html.gz`, content);
    }),
  ];
}

/** Every shape of a category, each an arbitrary of cases. */
export function shapesOf(category: Category, scale: Scale): fc.Arbitrary<FuzzCase>[] {
  switch (category) {
    case 'HTML structure': return htmlCases(scale);
    case 'size': return sizeCases(scale);
    case 'text shapes': return textCases(scale);
    case 'RSS / Atom': return feedCases(scale);
    case 'JSON Lines': return jsonlCases(scale);
    case 'encodings, NUL, binary, empty': return encodingCases(scale);
    case 'file names, globs, file system': return fsCases();
    case 'gzip': return gzipCases(scale);
  }
}

/** `count` cases of a category, its shapes taken in turn, reproducible from `seed`. */
export function sampleCases(category: Category, count: number, scale: Scale, seed: number): FuzzCase[] {
  const shapes = shapesOf(category, scale);
  const perShape = Math.ceil(count / shapes.length);
  const samples = shapes.map((shape, i) => fc.sample(shape, { seed: seed + i * 7919, numRuns: perShape }));
  const out: FuzzCase[] = [];
  for (let k = 0; out.length < count; k++) for (const list of samples) if (out.length < count && list[k]) out.push(list[k]!);
  return out;
}
