import type { Finding } from '../finding.ts';
import type { Span } from '../../model/index.ts';
import type { TaggedArticle } from '../tag/tagged-article.ts';
import type { Refiner } from './refiner.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { sameWord } from '../same-word.ts';
import { wordRange } from '../tag/word-range.ts';

// A caveat, limit or condition dropped is a qualifier of what stays told, whatever stands beside it.
const QUALIFIER = /^(?:caveat|limit|condition|basis|widen)-/;
// A relative clause describes what it hangs on ("who farms at Holbeck", "which opened in 1987"): one put in the place of
// another tells another fact of the same thing, a detail for a detail, not the statement told otherwise.
const RELATIVE = /^(?:which|who|whose|whom)\b/i;
// Characters between the place a dropped stretch would stand and the stretch added there (a comma and a space).
const ADJACENT = 3;

/**
 * A detail dropped and a detail added in the same place of one wording, each a statement of its own (a verb and two
 * content words or more) about one thing (a content word in common), are one change: the wording tells otherwise what
 * the other tells of the same subject ("The pilot escaped with minor injuries" / "The pilot was among the seriously
 * injured"), a change of meaning, not a detail given and another left out. A relative clause put for another
 * describes the thing otherwise; details that are no statement (a place, a modifier) stay what they are.
 */
export const joinReplacedDetails: Refiner = (findings, ctx) => {
  const gone = new Set<Finding>();
  const out: Finding[] = [];
  for (const added of findings) {
    if (added.kind !== 'detail_added' || gone.has(added)) continue;
    const dropped = findings.find((d) => d.kind === 'detail_dropped' && !gone.has(d) && d.span.article === added.span.article
      && !QUALIFIER.test(d.rule) && besides(d.span, added.span) && d.versus[0] !== undefined && statement(ctx.tagged, d.versus[0])
      && statement(ctx.tagged, added.span) && !RELATIVE.test(d.versus[0].text) && !RELATIVE.test(added.span.text)
      && sharesTopic(ctx.tagged, d.versus[0], added.span));
    if (!dropped) continue;
    const was = dropped.versus[0]!;
    // every finding leaving out those words in this wording goes (the place may be read at two words)
    for (const d of findings) {
      const v = d.versus[0];
      if (d.kind === 'detail_dropped' && d.span.article === added.span.article && v && v.article === was.article && v.start < was.end && was.start < v.end) gone.add(d);
    }
    gone.add(added);
    const by = /, which (.+)$/.exec(dropped.message)?.[1];
    out.push({
      rule: 'statement-replaced', kind: 'meaning', severity: 'medium', span: added.span, versus: dropped.versus,
      message: `tells "${squash(added.span.text)}" in place of "${squash(was.text)}"${by ? `, which ${by}` : ''}`,
      ...(dropped.basis ? { basis: dropped.basis } : {}), actual: squash(added.span.text), expected: squash(was.text),
    });
  }
  return gone.size === 0 ? [...findings] : [...findings.filter((f) => !gone.has(f)), ...out];
};

function besides(place: Span, added: Span): boolean {
  return (place.start < added.end && added.start < place.end)
    || (place.end <= added.start && added.start - place.end <= ADJACENT)
    || (added.end <= place.start && place.start - added.end <= ADJACENT);
}

// The words of an article inside a span.
function wordsIn(tagged: ReadonlyMap<string, TaggedArticle>, span: Span): readonly WordToken[] {
  const words = tagged.get(span.article)?.words ?? [];
  const { from, to } = wordRange(words, span.start, span.end);
  return words.slice(from, to);
}

// The span's words hold a verb and two content words or more.
function statement(tagged: ReadonlyMap<string, TaggedArticle>, span: Span): boolean {
  const words = wordsIn(tagged, span);
  return words.some((w) => w.pos === 'VERB' || w.pos === 'AUX') && words.filter((w) => w.content).length >= 2;
}

// The two stretches tell of one thing (a content word in common: "escaped with minor injuries" / "was among the seriously
// injured"): one says otherwise what the other says. Stretches with nothing in common tell two facts ("had worked on
// the line since 2015" / "was among the seriously injured"): a detail for another.
function sharesTopic(tagged: ReadonlyMap<string, TaggedArticle>, a: Span, b: Span): boolean {
  const words = (s: Span): WordToken[] => wordsIn(tagged, s).filter((w) => w.content);
  const theirs = words(a);
  // (stems of one root cut at two places, "vot" / "vote", "injur" / "injuri", are one word)
  const root = (x: string, y: string): boolean => {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    return short.length >= 3 && long.length - short.length <= 2 && long.startsWith(short);
  };
  return words(b).some((w) => theirs.some((t) => sameWord(t, w) || root(t.stem, w.stem)));
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
