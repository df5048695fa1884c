/** Whether a path contains glob syntax the shell would have expanded. */
export function hasGlobMagic(text: string): boolean {
  return /[*?[]/.test(text);
}

/**
 * A regular expression for one path segment of a shell glob: `*`, `?` and `[...]` (with `!` or `^`
 * for negation). A segment only matches names starting with a dot when it starts with one itself.
 */
export function globToRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) { source += '\\['; continue; }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else if (c === '\\' && i + 1 < segment.length) {
      source += escape(segment[++i] ?? '');
    } else source += escape(c);
  }
  const dot = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${dot}${source}$`);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
