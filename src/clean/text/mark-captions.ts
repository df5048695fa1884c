import { findCredit } from './find-credit.ts';
import { normaliseLine } from './normalise-line.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_CAPTION_WORDS = 70;
// Labels a gallery widget prints beside a picture ("Photo", "BigPhoto", "Enlarge image 1/5").
const LABEL_WORDS = new Set(['photo', 'photos', 'image', 'images', 'picture', 'pictures', 'gallery', 'big', 'small', 'main', 'hero', 'featured', 'enlarge', 'expand', 'view', 'open', 'thumbnail', 'thumb', 'slide', 'slideshow', 'of', 'video', 'zoom', 'caption', 'toggle', 'hide', 'show']);

// "Photo: The waterfront in August. (Archive)", "Pictured: ...": a picture label opening a short line.
const LEADING_LABEL = /^(?:photo|photograph|image|picture|pictured|above|top|file photo|main image)\s*:\s*\S/iu;
const MAX_LABELLED_WORDS = 30;

/**
 * Remove photo captions and credits: picture labels ("Photo", "BigPhoto") and lines they open ("Photo: ..."), credit-only lines
 * ("Getty Images"), lines ending in a credit ("... (AFP Photo)"), and any other copy of a
 * caption's words without its credit (scrapers print a caption twice, once with the credit).
 */
export function markCaptions(state: TextState): TextState {
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    if (unit.text.length <= 200 && isLabel(unit.text)) return { ...unit, removed: 'caption' };
    if (wordsOf(unit.text).length > MAX_CAPTION_WORDS) return unit;
    if (LEADING_LABEL.test(unit.text) && wordsOf(unit.text).length <= MAX_LABELLED_WORDS) return { ...unit, removed: 'caption' };
    const credit = findCredit(unit.text);
    if (credit === null) return unit;
    return { ...unit, removed: credit.start === 0 ? 'photo-credit' : 'caption' };
  });
  const described = new Set<string>();
  for (const unit of units) {
    if (unit.removed !== 'caption') continue;
    const credit = findCredit(unit.text);
    described.add(normaliseLine(unit.text));
    if (credit !== null && credit.start > 0) described.add(normaliseLine(unit.text.slice(0, credit.start)));
  }
  const copies = units.map((unit): Unit =>
    unit.removed === undefined && wordsOf(unit.text).length >= 3 && described.has(normaliseLine(unit.text)) ? { ...unit, removed: 'caption' } : unit,
  );
  return { ...state, units: copies };
}

function isLabel(text: string): boolean {
  const tokens = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}]+/u).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 5 || !/^[\p{L}\p{N}\s/()|:.-]+$/u.test(text)) return false;
  return tokens.every((t) => LABEL_WORDS.has(t)) && tokens.some((t) => /photo|image|picture|video|gallery|slide/.test(t));
}
