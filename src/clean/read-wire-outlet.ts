import { WIRE_NAMES } from '../lexicon/wires.ts';
import { datelineCredit, datelinePattern } from '../text/wire-dateline.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORMS = WIRE_NAMES.flatMap((w) => w.forms.map((form) => ({ form, name: w.name }))).sort((a, b) => b.form.length - a.form.length);
const NAME_OF = new Map(FORMS.map((f) => [f.form, f.name]));
// A dateline naming one of the wires the lexicon lists ("HALVERSTON, March 4 (Reuters) -").
const DATELINE = datelinePattern(FORMS.map((f) => escape(f.form)).join('|'));

/**
 * The wire agency a wire dateline at the top of the text names ("HALVERSTON, March 4 (Reuters) -"
 * gives "Reuters"), or null. Wire copy signs its own dateline; an outlet that reprints it usually
 * names itself elsewhere on the page, so this is read only when nothing else named the outlet.
 */
export function readWireOutlet(text: string): string | null {
  const form = datelineCredit(text, DATELINE);
  return form === null ? null : (NAME_OF.get(form) ?? null);
}
