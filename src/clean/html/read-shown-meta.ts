import { joinNames } from '../join-names.ts';
import type { Removed } from '../../model/index.ts';
import { readBylineLine } from '../phrases/read-byline-line.ts';
import { hasPublishedLabel, isDateLine, readWrittenDate } from '../phrases/written-date.ts';

const MAX_HEAD_LINE = 200;

/** Authors and date as the page shows them in its byline and date lines, for pages whose metadata names neither. */
export interface ShownMeta {
  readonly byline: string | null;
  readonly published: string | null;
}

/**
 * Read the byline and the publication date from the lines removed as byline or dateline, then from the
 * page's lines above the story (`head`: an extractor may drop a byline without a word): the first line that
 * names authors ("Von Jana Lindqvist"), and the first written date, one labelled as published ("Publicado el
 * 5 de noviembre de 2026") before any other, read day first in `language`.
 */
export function readShownMeta(removed: readonly Removed[], head: readonly string[], language: string | null): ShownMeta {
  const lines = [
    ...removed.filter((r) => r.reason === 'byline' || r.reason === 'dateline').map((r) => r.text),
    ...head.filter((line) => line.length <= MAX_HEAD_LINE && (readBylineLine(line) !== null || isDateLine(line))),
  ];
  const names = lines.map(readBylineLine).find((n) => n !== null);
  const dated = lines.map((text) => ({ date: readWrittenDate(text, language), published: hasPublishedLabel(text) })).filter((d) => d.date !== null);
  const date = (dated.find((d) => d.published) ?? dated[0])?.date ?? null;
  return { byline: names ? joinNames(names) : null, published: date };
}
