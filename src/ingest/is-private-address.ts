import { isIP } from 'node:net';

/** Why an address is not a public one, or null when it is public. */
export type AddressClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'shared (CGNAT)'
  | 'multicast'
  | 'reserved'
  | 'documentation';

type V4Rule = readonly [base: readonly [number, number, number, number], prefix: number, kind: AddressClass];

// Special-purpose IPv4 blocks (RFC 6890 and friends) that a fetch of outside news must never reach.
const V4_RULES: readonly V4Rule[] = [
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared (CGNAT)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

/** Classify an IP address literal: null when it is a public address, else the kind of non-public range. */
export function isPrivateAddress(address: string): AddressClass | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return classifyV4(parseV4(bare));
  if (family === 6) return classifyV6(parseV6(bare));
  // Not an address at all: refuse rather than guess.
  return 'reserved';
}

function parseV4(text: string): number[] {
  return text.split('.').map(Number);
}

function classifyV4(octets: readonly number[]): AddressClass | null {
  const value = octets.reduce((acc, o) => acc * 256 + o, 0);
  for (const [base, prefix, kind] of V4_RULES) {
    const start = base.reduce((acc, o) => acc * 256 + o, 0);
    const size = 2 ** (32 - prefix);
    if (value >= start && value < start + size) return kind;
  }
  return null;
}

/** Eight 16-bit groups; an embedded dotted quad becomes the last two. */
function parseV6(text: string): number[] {
  let head = text;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = parseV4(dotted[1]);
    tail.push(a * 256 + b, c * 256 + d);
    head = text.slice(0, -dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const [left = '', right] = head.split('::');
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const fill = right === undefined ? 0 : 8 - l.length - r.length - tail.length;
  return [...l, ...new Array<number>(Math.max(0, fill)).fill(0), ...r, ...tail];
}

function classifyV6(g: readonly number[]): AddressClass | null {
  const at = (i: number): number => g[i] ?? 0;
  const embeddedV4 = (hi: number, lo: number): number[] => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  const zeroUpTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && at(7) === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach an IPv4 host.
  if (zeroUpTo(5) && (at(5) === 0xffff || at(5) === 0)) return classifyV4(embeddedV4(at(6), at(7)));
  if (at(0) === 0x64 && at(1) === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return classifyV4(embeddedV4(at(6), at(7)));
  }
  // The local-use NAT64 prefix (RFC 8215) translates to addresses of the local network's choosing.
  if (at(0) === 0x64 && at(1) === 0xff9b && at(2) === 1) return 'private';
  // 6to4 (2002:a.b.c.d::/48) tunnels to the embedded IPv4 address.
  if (at(0) === 0x2002) return classifyV4(embeddedV4(at(1), at(2)));
  // Teredo (2001::/32) tunnels to an IPv4 host hidden in the address (its server's and its client's,
  // obscured): no public web server lives there, and the tunnel could reach a private one.
  if (at(0) === 0x2001 && at(1) === 0) return 'reserved';
  if ((at(0) & 0xfe00) === 0xfc00) return 'private';
  if ((at(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((at(0) & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((at(0) & 0xff00) === 0xff00) return 'multicast';
  if (at(0) === 0x2001 && at(1) === 0x0db8) return 'documentation';
  return null;
}
