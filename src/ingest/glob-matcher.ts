import { InputError } from './input-error.ts';

/** Whether a path contains glob syntax the shell would have expanded. */
export function hasGlobMagic(text: string): boolean {
  return /[*?[]/.test(text);
}

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'class'; readonly negate: boolean; readonly ranges: readonly (readonly [number, number])[] };

/**
 * A matcher for one path segment of a shell glob: `*`, `?` and `[...]` (with `!` or `^` for negation,
 * `a-z` ranges). A segment only matches names starting with a dot when it starts with one itself.
 * Matching walks name and pattern once, returning to the last `*` only (O(name x pattern)), where a
 * regular expression of several `*` backtracks exponentially. A malformed class ("[z-a]") is an
 * InputError saying what is wrong.
 */
export function globMatcher(segment: string): (name: string) => boolean {
  const tokens = parse(segment);
  const dotOk = segment.startsWith('.');
  return (name) => (dotOk || !name.startsWith('.')) && matches(tokens, [...name]);
}

function parse(segment: string): Token[] {
  const chars = [...segment];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      // A "]" right after "[" (or "[!") is a member, as in the shell.
      const close = chars.indexOf(']', chars[i + 1] === '!' || chars[i + 1] === '^' ? i + 3 : i + 2);
      if (close === -1) {
        tokens.push({ kind: 'char', char: c });
        continue;
      }
      tokens.push(parseClass(chars.slice(i + 1, close)));
      i = close;
    } else if (c === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', char: chars[++i]! });
    else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function parseClass(body: readonly string[]): Token {
  const negate = body[0] === '!' || body[0] === '^';
  const members = negate ? body.slice(1) : body;
  const ranges: [number, number][] = [];
  for (let k = 0; k < members.length; k++) {
    const from = members[k]!;
    const to = members[k + 2];
    if (members[k + 1] === '-' && to !== undefined) {
      if (from.codePointAt(0)! > to.codePointAt(0)!) throw new InputError(`Not a valid pattern (the range "${from}-${to}" is backwards)`);
      ranges.push([from.codePointAt(0)!, to.codePointAt(0)!]);
      k += 2;
    } else ranges.push([from.codePointAt(0)!, from.codePointAt(0)!]);
  }
  if (ranges.length === 0) throw new InputError('Not a valid pattern (an empty "[]" class)');
  return { kind: 'class', negate, ranges };
}

function one(token: Token, char: string): boolean {
  if (token.kind === 'any') return char !== '/';
  if (token.kind === 'char') return token.char === char;
  if (token.kind === 'star') return false;
  const code = char.codePointAt(0)!;
  const inside = token.ranges.some(([lo, hi]) => code >= lo && code <= hi);
  return char !== '/' && inside !== token.negate;
}

function matches(tokens: readonly Token[], name: readonly string[]): boolean {
  let t = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token !== undefined && token.kind !== 'star' && one(token, name[n]!)) {
      t++;
      n++;
    } else if (token?.kind === 'star') {
      star = t++;
      resume = n;
    } else if (star >= 0 && name[resume] !== '/') {
      // The last star takes one more character and the rest of the pattern tries again from there.
      t = star + 1;
      n = ++resume;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}
