/** What the first bytes say: gzip (to unpack), a known unsupported binary format, or nothing (text). */
export type BinaryKind = { readonly kind: 'gzip' } | { readonly kind: 'unsupported'; readonly label: string } | null;

type Signature = readonly [offset: number, magic: string | readonly number[], label: string];

// Magic numbers of formats people plausibly point the tool at by mistake.
const SIGNATURES: readonly Signature[] = [
  [0, '%PDF-', 'PDF'],
  [0, [0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [0, [0xff, 0xd8, 0xff], 'JPEG'],
  [0, 'GIF8', 'GIF'],
  [8, 'WEBP', 'WebP'],
  [0, 'PK\u0003\u0004', 'ZIP'],
  [0, [0xd0, 0xcf, 0x11, 0xe0], 'Microsoft Office'],
  [0, '{\\rtf', 'RTF'],
  [0, 'BZh', 'bzip2'],
  [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
  [0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z'],
  [0, [0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
  [257, 'ustar', 'tar'],
  [4, 'ftyp', 'MP4'],
  [0, 'ID3', 'MP3'],
  [0, 'OggS', 'Ogg'],
  [0, 'SQLite format 3\u0000', 'SQLite'],
  [0, '\u007fELF', 'executable'],
  [0, 'wOF', 'font'],
];

// ZIP containers are named after what they usually hold, when the file name tells.
const ZIP_KINDS: Readonly<Record<string, string>> = { docx: 'DOCX', xlsx: 'XLSX', pptx: 'PPTX', epub: 'EPUB', odt: 'ODT' };

/** Recognise gzip and common binary formats by their magic numbers. */
export function sniffBinary(bytes: Uint8Array, name = ''): BinaryKind {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { kind: 'gzip' };
  for (const [offset, magic, label] of SIGNATURES) {
    const expected = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
    if (expected.every((b, i) => bytes[offset + i] === b)) {
      const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
      return { kind: 'unsupported', label: label === 'ZIP' ? ZIP_KINDS[ext] ?? label : label };
    }
  }
  return null;
}
