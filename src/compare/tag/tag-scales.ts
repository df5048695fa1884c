import type { WordToken } from '../../text/word-tokens.ts';
import type { ScaleTag } from './tag.ts';
import { FINDING_NOUNS, PERIOD_NOUN_RANKS, SCALE_WORDS, SPAN_NOUNS } from '../../lexicon/scales.ts';
import { matchPhrases } from '../../text/match-phrases.ts';

const PHRASES = SCALE_WORDS.map((s) => s.words);
const WHEN = /^(?:within|next|in|by|on|later|shortly|soon|early|late|this|before)$/i;
const THAN = /\bthan\b/i;
const BE = /^(?:is|are|was|were|be|been|being|am|'s|’s)$/i;
const MODAL = /^(?:will|would|could|may|might|shall|should)$/i;

/**
 * Words on the ordered scales (how many, how sure, how firmly found, how causal, how often, how far along), with
 * the conditions the lexicon sets: "believed" only before "to", "considering" only after "be", "May" the month
 * "some 300" (an estimate) and "the No. 6 tram" (a rank) are no scale words. `skip` holds words read as figures or dates.
 */
export function tagScales(words: readonly WordToken[], skip: ReadonlySet<number>): ScaleTag[] {
  const out: ScaleTag[] = [];
  for (const m of matchPhrases(words, PHRASES)) {
    const entry = SCALE_WORDS[m.phrase]!;
    const first = words[m.from]!;
    const next = words[m.to];
    if (skip.has(m.from)) continue;
    // (or "to" and a verb after the one it is said of: "expected its insurer to cover", "believed the boy to be"; whose
    // expectation it is, a forecaster's or a regulator's demand, the words do not say: a word of the scale only facing
    // another, "the company expected 2,400 roles to go" / "said 2,400 roles would go")
    const raised = entry.beforeTo === true && next?.text.toLowerCase() !== 'to' && toAfterObject(words, m.to);
    const beforeTo = next?.text.toLowerCase() === 'to' || raised;
    const afterBe = BE.test(words[m.from - 1]?.text ?? '') || ((/ly$/.test(words[m.from - 1]?.text ?? '') || words[m.from - 1]?.pos === 'ADV') && BE.test(words[m.from - 2]?.text ?? ''));
    // (a word with both conditions is a schedule: "expected to rise", "are expected next week", "results expected within
    // six weeks"; not a comparison, "more than would be expected")
    const schedule = beforeTo || afterBe || WHEN.test(next?.text ?? '');
    if (entry.beforeTo && entry.afterBe ? !schedule || THAN.test(words.slice(Math.max(0, m.from - 4), m.from).map((w) => w.text).join(' ')) : (entry.beforeTo && !beforeTo) || (entry.afterBe && !afterBe)) continue;
    // "would consider", "to propose": deliberation; "experts consider it unlikely" is a view
    const before = words[m.from - 1]?.text ?? '';
    if (entry.afterModal && !(MODAL.test(before) || (entry.afterTo && /^to$/i.test(before)))) continue;
    // "must be approved", "to be signed": an act still to come or required, not one agreed or done
    if (entry.scale === 'stage' && entry.rank >= 3 && /^be$/i.test(before) && (MODAL.test(words[m.from - 2]?.text ?? '') || /^(?:must|to)$/i.test(words[m.from - 2]?.text ?? ''))) continue;
    // "appeared in court", "the papers appeared between 2017 and 2026": came out or was seen, no doubt ("appeared to",
    // "seems unlikely", "it appears that" are)
    if (entry.seeming && next && /^(?:ADP|DET|NUM|PROPN)$/.test(next.pos) && !/^(?:to|as|that)$/i.test(next.text)) continue;
    // "due to meet" is a schedule, not a cause
    if (entry.scale === 'causal' && entry.words.join(' ') === 'due to' && /VERB|AUX/.test(next?.pos ?? '')) continue;
    // "the will of the voters", "a free will": a noun, not the modal
    if (/^(?:will|would|shall|may|might|could|can)$/i.test(first.text) && m.to - m.from === 1 && first.pos === 'NOUN') continue;
    // "May", "May’s": the month (a modal opening a sentence is rare in reports)
    if (/^May\b/.test(first.text) || (first.text.toLowerCase() === 'may' && /^\d/.test(next?.norm ?? ''))) continue;
    // "may not be moved", "cannot leave": a prohibition, not doubt ("may not have known" is doubt); "may not turn a
    // profit" is a prohibition as often as doubt: a word of the scale only facing another ("will not turn a profit")
    const forbids = /^(?:may|might|can|cannot)$/i.test(first.text) && /^not$/i.test(next?.text ?? '') && !/^have$/i.test(words[m.to + 1]?.text ?? '');
    // ("be" and a verb not in its own form: a participle)
    const participle = words[m.to + 2];
    const passive = /^be$/i.test(words[m.to + 1]?.text ?? '') && participle !== undefined && /VERB/.test(participle.pos) && participle.lemma !== participle.norm;
    if (forbids && (!/^(?:may|might)$/i.test(first.text) || passive)) continue;
    // "1,300 cases in all", "not at all": a total or an emphasis, not a quantity of a group
    // (closing its clause, before a stop or a comma: "in all primary schools" is a quantity)
    if (entry.scale === 'quantity' && /^all$/i.test(first.text) && m.to - m.from === 1 && /^(?:in|at)$/i.test(words[m.from - 1]?.text ?? '') && (!next || !/^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(next.pos) || next.start - first.end > 1)) continue;
    // "all but three of them", "all but certain": all save some, a count the figure after it tells (`tagNumbers`), or
    // almost; not the whole
    if (entry.scale === 'quantity' && /^all$/i.test(first.text) && m.to - m.from === 1 && /^but$/i.test(next?.text ?? '')) continue;
    // "a preliminary hearing": a stage of a procedure, not doubt (`FINDING_NOUNS`)
    if (entry.beforeFinding && !FINDING_NOUNS.has(next?.norm ?? '')) continue;
    // "all night", "all year": how long, not how many (`SPAN_NOUNS`)
    if (entry.scale === 'quantity' && /^all$/i.test(first.text) && m.to - m.from === 1 && next !== undefined && SPAN_NOUNS.has(next.text.toLowerCase())) continue;
    // "the No. 6 tram", "No 10": a rank before its figure (as `tagPolarity` reads it), not "no" of a quantity
    if (/^no$/i.test(first.text) && m.to - m.from === 1 && /^\d/.test(next?.norm ?? '') && (first.text === 'No' || next!.start - first.end > 1)) continue;
    // "some 300", "all 47 miners": a figure follows; the figure tells how many
    if (entry.scale === 'quantity' && /^(some|about)$/i.test(first.text) && /^\d/.test(next?.norm ?? '')) continue;
    out.push({
      kind: 'scale', from: m.from, to: m.to, scale: entry.scale, rank: entry.rank, word: entry.words.join(' '),
      ...(entry.loose ? { loose: true as const } : {}), ...(entry.attributive ? { attributive: true as const } : {}),
      ...(entry.plain ? { plain: true as const } : {}), ...(entry.charge ? { charge: true as const } : {}),
      ...(entry.facing || forbids || raised ? { facing: true as const } : {}), ...(entry.beforeFinding ? { finding: true as const } : {}),
    });
  }
  return [...out, ...causatives(words, out), ...periods(words, out)].sort((a, b) => a.from - b.from);
}

// "to" and a verb within a few words of a verb's object, nothing between but the object's own words ("expected
// about 2,400 roles to go"): the verb says how sure the infinitive's act is, as right before "to"
function toAfterObject(words: readonly WordToken[], from: number): boolean {
  const first = words[from];
  if (!first || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ|ADV)$/.test(first.pos)) return false;
  for (let k = from; k < Math.min(words.length - 1, from + 5); k++) {
    const w = words[k]!;
    if (w.text.toLowerCase() === 'to') return /^(?:VERB|AUX)$/.test(words[k + 1]!.pos) && k > from;
    if (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ|ADV)$/.test(w.pos)) return false;
  }
  return false;
}

// "every day", "each month": a quantity of days and, over the same words, how often (the period scale).
function periods(words: readonly WordToken[], tagged: readonly ScaleTag[]): ScaleTag[] {
  const out: ScaleTag[] = [];
  for (const t of tagged) {
    const noun = words[t.to];
    const rank = noun ? PERIOD_NOUN_RANKS[noun.text.toLowerCase()] : undefined;
    if (t.scale !== 'quantity' || !/^(?:every|each)$/.test(t.word) || rank === undefined) continue;
    out.push({ kind: 'scale', from: t.from, to: t.to + 1, scale: 'period', rank, word: `${t.word} ${noun!.text.toLowerCase()}` });
  }
  return out;
}

// A verb of moving with its object and a direction after it ("drove visitor numbers down", "sent shares up 6%",
// "pushed prices higher") tells what caused the move: a cause, as "caused" does.
const MOVE_VERB = /^(?:sen[dt]s?|sending|dr[io]ve[sn]?|driving|push(?:ed|es|ing)?|knock(?:ed|s|ing)?|forc(?:ed|es|ing))$/i;
const DIRECTION = /^(?:down|up|higher|lower|tumbling|plunging|soaring|sliding|falling|climbing)$/i;
const OBJECT_WORDS = 8;

function causatives(words: readonly WordToken[], tagged: readonly ScaleTag[]): ScaleTag[] {
  const out: ScaleTag[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!MOVE_VERB.test(w.text) || w.pos !== 'VERB' || tagged.some((t) => t.from <= k && k < t.to)) continue;
    // the direction closes the object, with no other verb or clause break between
    for (let j = k + 1; j < words.length && j - k <= OBJECT_WORDS; j++) {
      const x = words[j]!;
      if (DIRECTION.test(x.text)) {
        // a direction right after the verb moves its object only when it is "down" ("drove down births"; "sent up a
        // plume" is a literal move); "up to" bounds a figure
        const bound = /^up$/i.test(x.text) && /^to$/i.test(words[j + 1]?.text ?? '');
        if (!bound && (j > k + 1 || /^down$/i.test(x.text))) out.push({ kind: 'scale', from: k, to: k + 1, scale: 'causal', rank: 3, word: w.norm });
        break;
      }
      if (/VERB|AUX/.test(x.pos)) break;
    }
  }
  return out;
}
