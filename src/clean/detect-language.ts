import { francAll } from 'franc';
import { TWO_LETTER } from './language-codes.ts';

// franc reads trigrams; a short text is no evidence (a caption, a headline).
const MIN_CHARS = 120;
const MIN_WORDS = 20;
// A sample this long names the language of news prose as surely as a longer one, at a third of the cost (franc compares
// every trigram of it with every language).
const SAMPLE_CHARS = 800;
// A page's declared language is replaced only when the text shows it is wrong: outside the best few, and clearly.
const DECLARED_RANK = 3;
const DECLARED_GAP = 0.02;

const THREE_LETTER = new Map(Object.entries(TWO_LETTER).map(([three, two]) => [two, three]));
// Only languages with a two-letter code are candidates: the languages news pages are written in, and half of franc's
// list, so half the cost; the rest are mostly near relatives franc confuses them with (Scots for English, whose
// reading of an English page comes within a hair of English's).
const CANDIDATES = Object.keys(TWO_LETTER);
const tag = (code: string): string => TWO_LETTER[code] ?? code;

// Copies of one story open alike: the ranking of each distinct sample is kept (the last few hundred), since franc
// spends 2-3 ms on each (12 s of 5,000 versions' cleaning).
const ranked = new Map<string, [string, number][]>();
const RANKED_SIZE = 512;

/** franc's ranking of a text's languages, best first, as [ISO 639-3 code, score in 0-1]; empty when too short to tell. */
function rank(text: string): [string, number][] {
  const sample = text.slice(0, SAMPLE_CHARS);
  const hit = ranked.get(sample);
  if (hit) return hit;
  const ranking = rankSample(sample);
  // a copy of the sample as the key: a slice would keep its whole page alive
  ranked.set(Buffer.from(sample, 'utf16le').toString('utf16le'), ranking);
  if (ranked.size > RANKED_SIZE) ranked.delete(ranked.keys().next().value as string);
  return ranking;
}

function rankSample(sample: string): [string, number][] {
  if (sample.length < MIN_CHARS || (sample.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}\p{Script=Thai}]/u.test(sample)) return [];
  const ranking = francAll(sample, { minLength: MIN_CHARS, only: CANDIDATES });
  return ranking[0]?.[0] === 'und' ? [] : ranking;
}

/** The language of a text as a BCP 47 primary tag ("de", "pt", "zh"), or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const best = rank(text)[0];
  return best ? tag(best[0]) : null;
}

/**
 * The language of an article whose page declares `declared` (null when it declares none): the declared tag,
 * kept whole ("pt-BR"), unless the text is clearly in another language (a template's lang="en-US" on a
 * German story); the detected language when nothing is declared.
 */
export function chooseLanguage(declared: string | null, text: string): string | null {
  if (declared === null) return detectLanguage(text);
  const primary = declared.toLowerCase().split(/[-_]/)[0] ?? '';
  const code = THREE_LETTER.get(primary);
  const ranking = rank(text);
  // A language franc does not know, or a text too short to judge: the page's word stands.
  if (code === undefined || ranking.length === 0) return declared;
  const at = ranking.findIndex(([c]) => c === code);
  // Not ranked at all: the text is in another script.
  const wrong = at < 0 || (at >= DECLARED_RANK && ranking[0]![1] - ranking[at]![1] >= DECLARED_GAP);
  return wrong ? tag(ranking[0]![0]) : declared;
}
