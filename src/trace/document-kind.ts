// Words before a document's head that say which one it is only in time or status, not what it is.
const GENERIC = new Set(
  ('the a an this that these those its their his her our latest last new recent most earlier previous first second third final ' +
    'preliminary initial interim full annual internal confidential official draft leaked same original separate other another').split(' '),
);

/**
 * What kind of document a source phrase names, by the noun before its head ("a preliminary
 * engineering report" -> "engineering report", "the authority's latest progress report" ->
 * "progress report"), or null when nothing but determiners and generic words come before it ("the report").
 */
export function documentKind(text: string, head: string): string | null {
  const words = text.toLowerCase().split(/[\s,]+/);
  const at = words.indexOf(head);
  const before = at > 0 ? words[at - 1]! : '';
  if (before === '' || GENERIC.has(before) || /['’]s$|['’]$/.test(before) || !/^\p{Ll}[\p{Ll}-]*$/u.test(before)) return null;
  return `${before} ${head}`;
}
