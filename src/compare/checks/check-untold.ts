import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import { spanOfWords } from '../collate/variant.ts';
import type { Finding } from '../finding.ts';
import type { NumTag } from '../tag/tag.ts';
import { placeOfDropped } from '../typers/place-of-dropped.ts';
import { CLAUSE_OPENERS } from '../../lexicon/clause-openers.ts';

/** Content words, at least, of a stretch told nowhere: fewer is a word swapped, which the typers read. */
const MIN_UNTOLD = 2;
/** Content words, at most, of a detail: a longer stretch is a part of the story of its own, which the aligner seats. */
const MAX_WORDS = 12;
/** Share of a stretch's content words the other article must tell nowhere for the stretch to be its own. */
const UNTOLD_SHARE = 0.75;

/**
 * What one wording of a claim tells and the other's article tells nowhere: a stretch of the source's wording no word of
 * the outlet's lines up with, whose content words (two or more, three quarters of them) the outlet's whole article
 * never uses in any form, is a detail the outlet dropped ("[and had not been charged]", "[that is still being
 * negotiated]", "a cold room [used to store eggs and dairy products]"); a stretch of the outlet's wording the source's
 * article tells nowhere is a detail it added ("All but one[, a 71-year-old woman with asthma,] have been released").
 * Words told anywhere in the other article were moved or reworded, not dropped or added, so a paraphrase does not
 * count; words in a credit are the credit check's. Run after the claim's other checks: a stretch they flagged, on
 * either side, is typed already (`found`).
 */
export function checkUntold(col: Collation, found: readonly Finding[]): Finding[] {
  const s = col.source;
  if (s === null) return [];
  const source = col.variants[s]!;
  const out: Finding[] = [];
  for (const o of col.variants) {
    if (o.index === s || (col.judged && !col.judged.has(o.index))) continue;
    const flagged = found.filter((f) => f.span.article === o.article.id);
    const covered = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    const [there2here, here2there] = [col.pair(s, o.index), col.pair(o.index, s)];
    for (const run of untoldRuns(source, there2here, o).filter((r) => !replaced(source, r, there2here, o, here2there))) {
      const there = spanOfWords(source, run.from, run.to);
      if (!there || flagged.some((f) => f.versus.some((v) => v.article === source.article.id && covered(v, there)))) continue;
      const base = { v: source, from: 0, to: source.tokens.length };
      const place = placeOfDropped(base, { v: o, from: 0, to: o.tokens.length }, { pair: col.pair, overlap: col.overlap }, run.from, run.to);
      const here = spanOfWords(o, place.from, place.to);
      if (!here || flagged.some((f) => covered(f.span, here) && /detail|quote/.test(f.kind))) continue;
      out.push({
        rule: 'untold-dropped', kind: 'detail_dropped', severity: 'low', span: here, versus: [there], basis: 'source',
        message: `leaves out "${there.text.replace(/\s+/g, ' ')}", which ${col.sourceLabel ?? 'the source'} gives and this outlet tells nowhere`,
        actual: 'none', expected: there.text,
      });
    }
    for (const run of untoldRuns(o, here2there, source).filter((r) => !replaced(o, r, here2there, source, there2here))) {
      const here = spanOfWords(o, run.from, run.to);
      // (a sentence stated without the credit its wording left in another sentence: its words are not typed by that)
      if (!here || flagged.some((f) => covered(f.span, here) && f.rule !== 'attribution-left-in-other-sentence')) continue;
      out.push({
        rule: 'untold-added', kind: 'detail_added', severity: 'low', span: here, versus: [source.span], basis: 'source',
        message: `adds "${here.text.replace(/\s+/g, ' ')}", which ${col.sourceLabel ?? 'the source'} tells nowhere`,
        actual: here.text, expected: 'none',
      });
    }
  }
  return out;
}

/**
 * The stretches of `v` no word of `other` lines up with (`map`: v's word to other's, -1 for none), trimmed to content
 * words, whose content words `other`'s article tells nowhere; none inside a credit.
 */
function untoldRuns(v: Variant, map: readonly number[], other: Variant): { from: number; to: number }[] {
  // words a credit, a quotation (cut with an ellipsis or not), a figure or a date hold are those checks' business
  const stems = other.tagged.stems;
  // (a figure or a name the other article tells nowhere, in any form, has no counterpart for those checks to pair: it
  // leaves the stretch to its other words, "[and reduce the size of its Classic bar from 200 grams to 180 grams]";
  // those words decide, so a figure alone in another unit, "140 km [(87 miles)]", is no detail)
  const answerable = (t: { from: number; to: number }): boolean => {
    for (let j = t.from; j < t.to; j++) if (v.tokens[j]!.content && stems.has(v.tokens[j]!.stem)) return true;
    return false;
  };
  const others = v.tags.filter((t) => t.kind === 'credit' || t.kind === 'quote' || t.kind === 'num' || t.kind === 'date' || t.kind === 'time');
  const othersRead = (k: number): boolean => others.some((t) => t.from <= k && k < t.to);
  const named = (k: number): boolean => v.tags.some((t) => t.kind === 'name' && t.from <= k && k < t.to);
  const kept = (k: number): boolean => others.some((t) => t.kind !== 'num' && t.from <= k && k < t.to);
  const unpaired = (k: number): boolean => v.tags.some((t) => (t.kind === 'name' || t.kind === 'num') && t.from <= k && k < t.to && !answerable(t));
  const aligned = (k: number): boolean => (map[k] ?? -1) >= 0;
  const out: { from: number; to: number }[] = [];
  let k = 0;
  while (k < v.tokens.length) {
    if (aligned(k) || !v.tokens[k]!.content) {
      k++;
      continue;
    }
    // content words no word lines up with, and the function words between them
    let end = k + 1;
    for (let j = k + 1; j < v.tokens.length && !aligned(j); j++) if (v.tokens[j]!.content) end = j + 1;
    const content = [];
    const figures = new Set<number>();
    let held = 0;
    for (let j = k; j < end; j++) {
      if (!v.tokens[j]!.content) continue;
      if (unpaired(j) && !kept(j)) {
        // a figure the other article tells nowhere, no conversion in brackets after another, is something told: "[, four of them
        // overnight]" (once a figure, whatever its words)
        const figure = v.tags.find((t): t is NumTag => t.kind === 'num' && t.from <= j && j < t.to);
        if (figure && figure.from === j && !figure.conversion) {
          content.push(j);
          figures.add(j);
        }
        continue;
      }
      if (othersRead(j) || named(j)) held++;
      else content.push(j);
    }
    const untold = content.filter((j) => figures.has(j) || !stems.has(v.tokens[j]!.stem));
    // (a stretch mostly of names, figures, credits or quoted words, more of them than of its other words, is theirs,
    // whatever else it holds)
    if (untold.length >= MIN_UNTOLD && untold.length >= UNTOLD_SHARE * content.length && held <= content.length && content.length <= MAX_WORDS && unit(v, k, end, map)) out.push({ from: k, to: end });
    k = end;
  }
  return out;
}

/**
 * Words of `v` (`run`) stand opposite words of `other` that line up with nothing either: the two wordings say
 * something there each in their own words (a paraphrase, a figure in another unit), which is no detail dropped or
 * added. The place is between the words either side of the run that line up (`map`, and `back` for other's words).
 */
function replaced(v: Variant, run: { from: number; to: number }, map: readonly number[], other: Variant, back: readonly number[]): boolean {
  let before = -1;
  for (let k = run.from - 1; k >= 0; k--) if ((map[k] ?? -1) >= 0) { before = map[k]!; break; }
  let after = other.tokens.length;
  for (let k = run.to; k < v.tokens.length; k++) if ((map[k] ?? -1) >= 0) { after = map[k]!; break; }
  const [from, to] = before < after ? [before + 1, after] : [after + 1, before];
  // ("did not concede" / "stopped short of conceding": a negator or a verb of its own is a rewording too)
  // (function words both wordings write are no rewording, lined up or not: "[All but one] have been released")
  const mine = new Set(v.tokens.map((t) => t.norm));
  for (let j = from; j < to; j++) {
    const t = other.tokens[j];
    if (t && (back[j] ?? -1) < 0 && !mine.has(t.norm) && !/^(?:DET|ADP|CCONJ|SCONJ|PUNCT|PRON)$/.test(t.pos)) return true;
  }
  return false;
}

/**
 * The stretch `[from, to)` of unaligned words is a unit of the sentence: it opens on a word that opens a clause or
 * phrase, or after a comma, dash or bracket, and it closes on a comma, dash, bracket or full stop, or at the wording's
 * end. A stretch cut out of a phrase ("a [news] conference", "[first group] of") is a rewording, not a detail.
 */
function unit(v: Variant, from: number, to: number, map: readonly number[]): boolean {
  const text = v.article.text;
  const words = v.tokens;
  const gap = (a: number): string => text.slice(words[a]!.end, words[a + 1]!.start);
  // the function words just before the first content word belong to the stretch ("[and later] released", "[, a] woman")
  let start = from;
  while (start > 0 && !words[start - 1]!.content && (map[start - 1] ?? -1) < 0 && !/[,;:—–()]/.test(gap(start - 1)) && !CLAUSE_OPENERS.has(words[start]!.text.toLowerCase())) start--;
  const first = words[start]!;
  const before = words[start - 1];
  const opens = CLAUSE_OPENERS.has(first.text.toLowerCase()) || !before || /[,;:—–(]\s*$/.test(text.slice(before.end, first.start));
  const last = words[to - 1]!;
  const after = words[to];
  const closes = !after || /^\s*[,;:.—–)]/.test(text.slice(last.end, after.start)) || /^[’'"”]?\s*[,;:.—–)]/.test(text.slice(last.end, last.end + 3));
  return opens && closes;
}
