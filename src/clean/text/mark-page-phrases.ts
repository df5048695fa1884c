import { joinNames } from '../join-names.ts';
import type { RemovalReason } from '../../model/index.ts';
import { labelReason } from '../phrases/label-reason.ts';
import { promptKind } from '../phrases/prompt-kind.ts';
import { readBylineLine } from '../phrases/read-byline-line.ts';
import { hasPublishedLabel, isDateLine, readWrittenDate } from '../phrases/written-date.ts';
import { fillMeta } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_LABEL_WORDS = 12;
const MAX_DATE_WORDS = 16;

function reasonOf(text: string): RemovalReason | null {
  const words = wordsOf(text).length;
  if (words <= MAX_LABEL_WORDS) {
    const label = labelReason(text);
    if (label !== null) return label;
  }
  if (readBylineLine(text) !== null) return 'byline';
  if (words <= MAX_DATE_WORDS && isDateLine(text)) return 'dateline';
  return promptKind(text);
}

/**
 * Remove what the page-phrase tables (`../phrases/`) name in the languages the English rules do not read:
 * box and comment headings, buttons, bylines, date lines, teasers, share, newsletter and cookie prompts, tag
 * and copyright lines; and take the byline and a written publication date for the metadata when still empty.
 */
export function markPagePhrases(state: TextState): TextState {
  const names: string[][] = [];
  const dates: { date: string; published: boolean }[] = [];
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    const reason = reasonOf(unit.text);
    if (reason === 'byline') names.push(readBylineLine(unit.text) ?? []);
    if (reason === 'byline' || reason === 'dateline') {
      const date = readWrittenDate(unit.text, null);
      if (date !== null) dates.push({ date, published: hasPublishedLabel(unit.text) });
    }
    return reason === null ? unit : { ...unit, removed: reason };
  });
  const published = (dates.find((d) => d.published) ?? dates[0])?.date ?? null;
  return fillMeta({ ...state, units }, { byline: joinFound(names.find((n) => n.length > 0)), published });
}

const joinFound = (names: readonly string[] | undefined): string | null => (names === undefined ? null : joinNames(names));
