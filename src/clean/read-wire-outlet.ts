import { WIRE_NAMES } from '../lexicon/wires.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = WIRE_NAMES.flatMap((w) => w.forms.map((form) => ({ form, name: w.name }))).sort((a, b) => b.form.length - a.form.length);
const NAME_OF = new Map(FORMS.map((f) => [f.form, f.name]));
// "HALVERSTON, March 4 (Reuters) -", "WASHINGTON (AP) —", "Paris (AFP) -", "SAN JOSE, Calif., March 4 (AP) --":
// a place in capitals (or several joined by slashes, "LONDON/PARIS"), an optional date or region after a comma,
// the agency in brackets, then a dash.
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|el|al|es|of))*`;
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:\s*\/\s*${PLACE})*(?:\s*,\s*[^()\n]{1,60}?)?\s*\((${FORMS.map((f) => escape(f.form)).join('|')})(?:\s*[/,]\s*[^()\n]{1,30})?\)\s*(?:-{1,2}|[–—:])\s`,
  'u',
);
const PARAGRAPHS_LOOKED_AT = 3;

/**
 * The wire agency a wire dateline at the top of the text names ("HALVERSTON, March 4 (Reuters) -"
 * gives "Reuters"), or null. Wire copy signs its own dateline; an outlet that reprints it usually
 * names itself elsewhere on the page, so this is read only when nothing else named the outlet.
 */
export function readWireOutlet(text: string): string | null {
  for (const paragraph of text.split(/\n\s*\n/).slice(0, PARAGRAPHS_LOOKED_AT)) {
    const form = DATELINE.exec(paragraph.trim())?.[1];
    if (form !== undefined) return NAME_OF.get(form) ?? null;
  }
  return null;
}
