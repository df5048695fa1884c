import type { Article } from '../../model/index.ts';
import { WIRE_NAMES } from '../../lexicon/wires.ts';

const FORMS = WIRE_NAMES.flatMap((w) => [w.name, ...w.forms]).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// "HALVERSTON, March 4 (Reuters) - ", "LISBON, Portugal (AP) — ": place, optional date or country, the agency, a dash
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{Ll} .'’/-]{1,40}(?:,[^()\\n]{1,40})?\\s*\\((?:${FORMS})\\)\\s*[-—–]+\\s*`, 'u');

/** The character range of a wire dateline opening one of the article's paragraphs, if any: where the copy was filed, not what it reports. */
export function findDateline(article: Article): { start: number; end: number } | null {
  for (const p of article.paragraphs) {
    const m = DATELINE.exec(article.text.slice(p.start, p.end));
    if (m) return { start: p.start, end: p.start + m[0].length };
  }
  return null;
}
