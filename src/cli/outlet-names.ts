import { resolve, sep } from 'node:path';
import type { RawDocument } from '../model/index.ts';

/** One `--outlet FILE=NAME`: the input (a file, a folder, a URL, a feed or JSON Lines file) and the outlet it names. */
export interface OutletName {
  readonly input: string;
  readonly name: string;
}

/** Read `--outlet` values ("reuters.txt=Reuters"); a value without an input or a name is the reason it is refused. */
export function parseOutletNames(values: readonly string[]): OutletName[] | { readonly problem: string } {
  const out: OutletName[] = [];
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const input = at < 0 ? '' : value.slice(0, at).trim();
    const name = at < 0 ? '' : value.slice(at + 1).replace(/\s+/g, ' ').trim();
    if (input === '' || name === '') return { problem: `--outlet ${JSON.stringify(value)}: give it as FILE=NAME (an input, then the outlet's name)` };
    out.push({ input, name });
  }
  return out;
}

/**
 * A document as the user named its outlet: the name given for its input (its own path or URL, its feed or JSON Lines
 * file, or a folder it was read from) stands as the input's own `outlet`, over anything the page says. The most
 * specific input wins. Returns the document unchanged when no name covers it.
 */
export function nameOutlet(doc: RawDocument, names: readonly OutletName[]): RawDocument {
  let best: { name: string; length: number } | null = null;
  for (const { input, name } of names) {
    const length = covers(input, doc);
    if (length > 0 && (best === null || length > best.length)) best = { name, length };
  }
  return best === null ? doc : { ...doc, meta: { ...doc.meta, outlet: best.name } };
}

/** Whether every given name covered at least one document: the inputs that named none. */
export function unusedOutletNames(names: readonly OutletName[], docs: readonly RawDocument[]): OutletName[] {
  return names.filter((n) => !docs.some((d) => covers(n.input, d) > 0));
}

// How closely `input` names the document: 0 not at all, else the length of what matched (the longer, the closer).
function covers(input: string, doc: RawDocument): number {
  const paths = [doc.source, ...(doc.input === undefined ? [] : [doc.input])];
  if (paths.includes(input)) return Number.MAX_SAFE_INTEGER;
  if (/^[a-z][a-z0-9+.-]*:/i.test(input)) return 0;
  const wanted = resolve(input);
  for (const path of paths) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) continue;
    const full = resolve(path.replace(/#\d+$/, ''));
    if (full === wanted) return wanted.length + 1;
    if (full.startsWith(wanted + sep)) return wanted.length;
  }
  return 0;
}
