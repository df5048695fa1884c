import type { AttributionMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import type { Token } from './tag-text.ts';
import { tagText } from './tag-text.ts';
import { retagAccordingObjects } from './retag-according-object.ts';
import { tokenRange } from './token-range.ts';
import { findAttributionCues } from './find-attribution-cues.ts';
import { findAttributionSource } from './find-attribution-source.ts';
import { classifySource } from './classify-source.ts';
import { findQuotations } from './find-quotations.ts';
import { nounPhraseAfter } from './noun-phrase-after.ts';

/** Who each statement is credited to: source phrase, cue, kind of source and a matching key. */
export function extractAttributions(text: string, sentences: readonly Range[]): AttributionMention[] {
  const tokens = retagAccordingObjects(tagText(text));
  const quoted = findQuotations(text).map((q) => q.content);
  const found: AttributionMention[] = [];
  for (const sentence of sentences) {
    const { first, end } = tokenRange(tokens, sentence);
    for (const cue of findAttributionCues(tokens, first, end)) {
      // "I think" inside a quotation is the quoted speaker's wording, not the article crediting anyone.
      const at = tokens[cue.first]!.start;
      if (quoted.some((q) => q.start <= at && at < q.end)) continue;
      const cueRange = piece(text, tokens, cue.first, cue.last);
      if (cue.kind === 'unspecified') {
        const word = cueRange.text.toLowerCase().replace(/^it (is|was) /, '').replace(/^(is|are|was|were) /, '').replace(/ to$/, '');
        found.push(mention(text, cueRange, cueRange, { sourceType: 'unspecified', key: `unspecified:${word}` }));
        continue;
      }
      const source = findAttributionSource(tokens, cue, first, end);
      if (!source) continue;
      const words = tokens.slice(source.first, source.last + 1);
      found.push(mention(text, piece(text, tokens, source.first, source.last), cueRange, classifySource(words)));
      // "X told Reuters": the outlet that heard it is credited as well.
      const object = tokens[cue.first]!.lemma === 'tell' && source.first < cue.first ? nounPhraseAfter(tokens, cue.last + 1, end, false) : null;
      if (object) {
        const heard = classifySource(tokens.slice(object.first, object.last + 1));
        if (heard.sourceType === 'wire' || heard.sourceType === 'outlet') {
          found.push(mention(text, piece(text, tokens, object.first, object.last), cueRange, heard));
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

function piece(text: string, tokens: readonly Token[], first: number, last: number): Range & { text: string } {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end) };
}

function mention(
  text: string,
  source: Range & { text: string },
  cue: Range & { text: string },
  kind: ReturnType<typeof classifySource>,
): AttributionMention {
  const start = Math.min(source.start, cue.start);
  const end = Math.max(source.end, cue.end);
  return { kind: 'attribution', start, end, text: text.slice(start, end), source, cue, ...kind };
}
