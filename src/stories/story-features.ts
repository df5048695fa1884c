import { minhashSignature } from './minhash.ts';
import { readAnchors } from './read-anchors.ts';
import { readShingles } from './read-shingles.ts';
import { readTerms, type TermBag } from './read-terms.ts';
import { storyWords } from './story-words.ts';

/** What grouping needs of one article: read once when it arrives, compared many times. */
export interface StoryFeatures {
  readonly id: string;
  readonly language: string | null;
  /** The content words of the title and text, hashed and counted. */
  readonly bag: TermBag;
  /** Names, places, figures and dates (`readAnchors`), sorted. */
  readonly anchors: readonly string[];
  /** MinHash signature of the word 5-gram shingles, and how many distinct shingles there were. */
  readonly signature: Uint32Array;
  readonly shingles: number;
  /** The title and lead, for the sentence encoder when words alone cannot decide. */
  readonly lead: string;
}

/** What an article gives grouping: the fields of `Article` it reads. */
export interface StoryInput {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly language: string | null;
}

// The sentence encoder reads a text's gist from its first few hundred characters as well as from all of it.
const LEAD_CHARS = 600;

/** Read an article's grouping features. */
export function storyFeatures(input: StoryInput): StoryFeatures {
  const title = input.title?.trim() ?? '';
  const body = input.text.startsWith(title) ? input.text : `${title}\n${input.text}`;
  const words = storyWords(body);
  const shingles = readShingles(body === input.text ? words : storyWords(input.text));
  return {
    id: input.id,
    language: input.language,
    bag: readTerms(words, input.language),
    anchors: readAnchors(words),
    signature: minhashSignature(shingles),
    shingles: shingles.size,
    lead: cutAtWord(body.replace(/\s+/g, ' ').trim(), LEAD_CHARS),
  };
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}
