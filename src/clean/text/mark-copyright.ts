import { LEGAL_FORMS } from '../../lexicon/name-parts.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const LEAD = /^(?:©|ⓒ|\(c\)|copyright\b)/iu;
// Rights notices that wire copy carries: "All rights reserved", "may not be published, broadcast, rewritten ...".
const RESERVED = /\ball rights reserved\b|\bmay not be (?:re)?(?:published|reproduced|broadcast|rewritten|redistributed|distributed)\b|\btrust principles\b/i;

const LEGAL_FORM = new RegExp(`,? (?:${LEGAL_FORMS.map((f) => f.replace(/\./g, '\\.')).join('|')})\\.?$`);

/** Remove copyright lines ("© 2026 Harbor Daily", "Copyright ... All rights reserved") and read the company they name (the outlet when the page names no other). */
export function markCopyright(state: TextState): TextState {
  let outlet: string | null = null;
  const units = state.units.map((unit): Unit => {
    // A copyright line is short: the character limit keeps the patterns off long runs of spaces.
    if (unit.removed !== undefined || unit.text.length > 500 || wordsOf(unit.text).length > 30) return unit;
    const led = LEAD.test(unit.text);
    if (!led && !RESERVED.test(unit.text)) return unit;
    outlet ??= led ? ownerOf(unit.text) : null;
    return { ...unit, removed: 'copyright' };
  });
  return fillMeta({ ...state, units }, { owner: outlet });
}

/** "© Harbor Daily 2026. All rights reserved." -> "Harbor Daily"; null when no plain name is left. */
function ownerOf(text: string): string | null {
  const name = text
    .replace(RESERVED, ' ')
    .replace(/©|ⓒ|\(c\)|\bcopyright\b/giu, ' ')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, ' ')
    .replace(/^[\s.,|·-]+|[\s.,|·-]+$/g, '')
    .replace(/\s+/g, ' ')
    // the company's legal form is not the outlet's name: "Bloomberg L.P." is Bloomberg
    .replace(LEGAL_FORM, '');
  const words = wordsOf(name).length;
  if (words === 0 || words > 6 || /[@/]/.test(name)) return null;
  return name;
}
