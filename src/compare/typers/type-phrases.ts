import type { Variant } from '../collate/variant.ts';
import type { QualifierTag, Tag } from '../tag/tag.ts';
import { TIME_BOUND_LEADS } from '../../lexicon/calendar.ts';
import { CONDITION_CLAUSES } from '../../lexicon/qualifiers.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import { aboutAThing, tagsIn, type Change, type TypeContext, type View } from './change.ts';
import { placeOfDropped } from './place-of-dropped.ts';
import { verbGroups } from '../../lexicon/verb-groups.ts';
import { acronymsAt, runsSpelling } from './acronym-runs.ts';
import { oncePer } from '../once-per.ts';

const MIN_WORDS = 2;
// A detail is a few words hung on what is told; a longer stretch is another part of the story the wording leaves out.
const MAX_WORDS = 5;
// A clause set off at the end of a sentence is one unit, however many words it holds, up to a sentence's worth.
const MAX_CLAUSE = 16;
// A conjunction opening a stretch with a verb of its own: a further statement, not a detail of this one.
const COORDINATORS = /^(?:and|or|but|while|whereas|then|so|as|after|before|since)$/i;

/**
 * Words one wording carries and the other lacks, typed by what they are: a qualifier (a limit such as
 * "preliminary", a basis such as "including debt", a caveat, a condition) or a phrase of two or more content words
 * (a detail). Words in a credit or a quotation are those checks' business; words the other wording carries
 * anywhere were moved, not added or dropped; a stretch that stands opposite other unmatched words just beside it
 * is a paraphrase; a further statement joined by "and" is another part of the story, not a detail of this one.
 * `claimed` holds words other typers have already read.
 */
export function typePhrases(base: View, other: View, claimed: { here: ReadonlySet<number>; there: ReadonlySet<number> }, ctx: TypeContext): Change[] {
  const out: Change[] = [];
  const left = free(base, other, claimed.there);
  const right = free(other, base, claimed.here);
  // a condition changes what is told even inside a quotation ("we expect to restart by March, subject to the agency's
  // approval", quoted without its condition): its words are read there too, where the other wording quotes the rest of
  // its sentence (the words with those inside quotations, read only then)
  const wordsFor = (q: QualifierTag, view: View, by: View, words: number[], taken: ReadonlySet<number>): number[] =>
    (q.type === 'condition' && quotedRest(q, view, by) ? free(view, by, taken, true) : words);
  for (const q of tagsIn(base, 'qualifier').filter((x) => within(x, wordsFor(x, base, other, left, claimed.there), base))) {
    if (other.v.tags.some((x) => x.kind === 'qualifier' && x.type === q.type)) continue;
    // "100% contained" is "fully contained": the figure is the absolute
    if (q.type === 'widen' && tagsIn(other, 'num').some((n) => n.dimension === 'percent' && n.value === 100)) continue;
    out.push(qualifierChange({ ...q, ...clauseOf(q, wordsFor(q, base, other, left, claimed.there), base) }, 'dropped', other, base, placeOfDropped(base, other, ctx, q.from, q.to)));
  }
  for (const q of tagsIn(other, 'qualifier').filter((x) => within(x, wordsFor(x, other, base, right, claimed.here), other))) {
    if (base.v.tags.some((x) => x.kind === 'qualifier' && x.type === q.type)) continue;
    if (q.type === 'widen' || q.type === 'condition' || q.type === 'caveat') out.push(qualifierChange(q, 'added', other, base, { from: q.from, to: q.to }));
  }
  if (out.length > 0) return out;
  // an action stacked on one both tell ("filmed departing", "beaten and arrested") is a detail however the rest reads
  for (const k of right) {
    const partner = stackedAction(other, k, base);
    if (partner === undefined) continue;
    const [from, to] = [Math.min(k, partner), Math.max(k, partner) + 1];
    out.push({
      kind: 'detail_added', type: 'action-added', severity: 'medium', here: { from, to }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => `"${h}" tells an act ${says('do')} not report`, expected: 'none',
    });
    return out;
  }
  // a clause set off at the close of the sentence (", most of them minor", ", to be completed by May") that the other
  // wording closes its sentence without: dropped however long, since the sentence ends where the other's does
  if (left.length >= MIN_WORDS && left.length <= MAX_CLAUSE && right.length === 0 && (trailingClause(base, left) || (left.length > MAX_WORDS && closingAdjunct(base, left, other, ctx))) && endsSentence(other) && !furtherStatement(base, left) && !carriesFigure(base, other)) {
    out.push({
      kind: 'detail_dropped', type: 'clause-dropped', severity: 'low', here: placeOfDropped(base, other, ctx, left[0]!, left[left.length - 1]! + 1), there: { from: stretchStart(base, left[0]!), to: base.to },
      explain: (h, t, says) => `ends the sentence without "${t}", which ${says('give')}`, actual: 'none',
    });
    return out;
  }
  // a further statement joined on at the close of the sentence ("..., and could push costs higher still", "and to report
  // by the end of September", "and had not been charged"), left out whole where the other wording ends its statement,
  // that the other wording's article tells nowhere: a statement dropped from the sentence (one told in another sentence
  // was moved)
  if ((left.length >= MIN_WORDS || soleAct(base, left, other)) && left.length <= MAX_CLAUSE && right.length === 0 && joinedStatement(base, left, other) && closesStatement(base, left) && endsStatement(other) && !toldElsewhere(base, left, other) && !carriesFigure(base, other)) {
    out.push({
      kind: 'detail_dropped', type: 'statement-dropped', severity: 'low', here: placeOfDropped(base, other, ctx, left[0]!, left[left.length - 1]! + 1), there: { from: stretchStart(base, left[0]!), to: left[left.length - 1]! + 1 },
      explain: (h, t, says) => `ends the statement without "${t}", which ${says('add')}`, actual: 'none',
    });
    return out;
  }
  // a place or a party a figure or an act is limited to ("exports [to Japan]") narrows it in one word, and so does the
  // time it is bounded by ("offered again [in 2029]", "could go [within two years]")
  const scope = right.length === 0 && ((left.length === 1 && scopeName(base, left[0]!)) || timeBound(base, left, other));
  // a further statement joined on ("and that the council would not appeal") is dropped unless the other article tells
  // it in another sentence
  const moved = furtherStatement(base, left) && toldElsewhere(base, left, other);
  if ((left.length >= MIN_WORDS || scope) && left.length <= MAX_WORDS && right.length === 0 && hosted(base, left, other, ctx) && !leadIn(base, left) && !predicate(base, left, other, ctx) && !moved && !restructured(base, left, other) && !paraphrased(other, base, ctx) && !carriesFigure(base, other)) {
    out.push({
      kind: 'detail_dropped', type: 'detail-dropped', severity: 'low', here: placeOfDropped(base, other, ctx, left[0]!, left[left.length - 1]! + 1), there: { from: stretchStart(base, left[0]!), to: left[left.length - 1]! + 1 },
      explain: (h, t, says) => `leaves out "${t}", which ${says('give')}`, actual: 'none',
    });
  }
  if (right.length >= MIN_WORDS && right.length <= MAX_WORDS && left.length === 0 && !leadIn(other, right) && !furtherStatement(other, right) && !paraphrased(base, other, ctx) && !carriesFigure(other, base) && !reworded(other, right, base)) {
    out.push({
      kind: 'detail_added', type: 'detail-added', severity: 'low', here: { from: stretchStart(other, right[0]!), to: right[right.length - 1]! + 1 }, there: { from: base.from, to: base.to },
      explain: (h, t, says) => `adds "${h}", which ${says('do')} not carry`, expected: 'none',
    });
  }
  return out;
}

// Content words of `a`'s reading that `b`'s wording does not carry anywhere, outside credits (but for their
// qualifiers), quotations (unless `quoted`) and claimed words.
function free(a: View, b: View, claimed: ReadonlySet<number>, quoted = false): number[] {
  const out: number[] = [];
  const credits = creditRegions(a);
  const quotes = quoted ? [] : tagsIn(a, 'quote');
  // a qualifier in a credit ("provisional figures from the city show") qualifies what is credited
  const qualifiers = tagsIn(a, 'qualifier');
  const inside = (k: number) => (f: { from: number; to: number }): boolean => f.from <= k && k < f.to;
  for (let k = a.from; k < a.to; k++) {
    const t = a.v.tokens[k]!;
    if (!t.content || claimed.has(k) || quotes.some(inside(k)) || (credits.some(inside(k)) && !qualifiers.some(inside(k))) || moved(a, k, b)) continue;
    out.push(k);
  }
  return out;
}

// Each wording is set against a dozen others, slot by slot: which of its words another wording carries is read once
// per pair of wordings, and where its credits stand once per wording.
const carried = oncePer((_: Variant) => new WeakMap<Variant, (boolean | undefined)[]>());
const credited = oncePer((v: Variant) => readCreditRegions({ v, from: 0, to: v.tokens.length }));

// A word the other wording carries anywhere was moved, not added or dropped; a compound split at its hyphen
// ("long-standing") is the word the other writes whole ("longstanding"); a role or name the other gives elsewhere by
// another wording ("the company's chief executive" / "CEO") was moved too.
function moved(a: View, k: number, b: View): boolean {
  const byOther = carried(a.v);
  let words = byOther.get(b.v);
  if (!words) {
    words = [];
    byOther.set(b.v, words);
  }
  let hit = words[k];
  if (hit === undefined) {
    const t = a.v.tokens[k]!;
    hit = carriesWord(b.v.tokens, t) || compound(a, k, b) || movedTag(a, k, b) || inAcronym(a, k, b) || inAcronym(b, -1, a, k);
    words[k] = hit;
  }
  return hit;
}

// A detail hangs on words both wordings carry: the content word just before the stretch, or just after it (a
// modifier before its noun), is one the other wording has. A stretch with no such host is another part of the
// sentence the wording does not carry ("[12 villagers were killed] during the storm").
function hosted(having: View, words: readonly number[], other: View, ctx: TypeContext): boolean {
  const map = ctx.pair(having.v.index, other.v.index);
  const tokens = having.v.tokens;
  let before = words[0]! - 1;
  while (before >= 0 && !tokens[before]!.content) before--;
  let after = words[words.length - 1]! + 1;
  while (after < tokens.length && !tokens[after]!.content) after++;
  const last = words[words.length - 1]!;
  // a modifier stands right before its noun, with no verb of its own ("[preliminary engineering] report")
  const premodifier = after < tokens.length && after - last <= 2 && !words.some((k) => /VERB|AUX/.test(tokens[k]!.pos))
    && !/[,;:]/.test(having.v.article.text.slice(tokens[last]!.end, tokens[after]!.start));
  return (before >= 0 && (map[before] ?? -1) >= 0) || (premodifier && (map[after] ?? -1) >= 0);
}

// Words ahead of everything the two wordings share: a lead-in ("Considering the cost of fuel, ...", "Last week, ...")
// or a heading glued on, which a wording may or may not carry; never a detail of what follows.
function leadIn(view: View, words: readonly number[]): boolean {
  return view.v.tokens.slice(0, words[0]!).every((t) => !t.content);
}

// A stretch with a verb of its own that is not set off as a relative clause or an aside: the clause's own predicate
// ("before the flood [reached the town]") — another wording of the event, not a detail hung on it.
function predicate(view: View, words: readonly number[], other: View, ctx: TypeContext): boolean {
  const tokens = view.v.tokens;
  if (!words.some((k) => /VERB|AUX/.test(tokens[k]!.pos))) return false;
  // a stretch opened by a preposition or a subordinator and closed where a phrase closes is an adjunct hung on the
  // clause ("appeal [within 10 days of receiving the decisions]", "refunds [to passengers whose flights were
  // cancelled]"), whatever verbs it holds
  if (adjunct(view, words, other, ctx)) return false;
  let k = words[0]! - 1;
  while (k >= 0 && !tokens[k]!.content && !/^(?:who|which|that|whose|whom|where|when|while)$/i.test(tokens[k]!.text)) k--;
  if (k >= 0 && /^(?:who|which|that|whose|whom|where|when|while)$/i.test(tokens[k]!.text)) return false;
  return !setOffAt(view, words[0]!);
}

// A stretch that opens with a preposition or a subordinator and runs whole to a comma, a dash, a bracket or the
// sentence's end, with no such mark inside: one phrase, not the pieces of a sentence told another way.
function adjunct(view: View, words: readonly number[], other: View, ctx: TypeContext): boolean {
  const tokens = view.v.tokens;
  const text = view.v.article.text;
  const start = stretchStart(view, words[0]!);
  const last = words[words.length - 1]!;
  if (!/^(?:ADP|SCONJ)$/.test(tokens[start]!.pos)) return false;
  if (/[,;:—–()"“”]/.test(text.slice(tokens[start]!.end, tokens[last]!.start))) return false;
  // every content word from its start to its end is left out (or stands opposite none of the other's words): the
  // phrase goes whole, not the pieces of a sentence told another way ("in the city of [Mirastad] fell ill after
  // eating lunches", Mirastad kept)
  const map = ctx.pair(view.v.index, other.v.index);
  for (let k = start; k <= last; k++) if (tokens[k]!.content && !words.includes(k) && (map[k] ?? -1) >= 0) return false;
  const next = tokens[last + 1];
  return next === undefined ? view.v.closesSentence : /[,;:—–().!?]/.test(text.slice(tokens[last]!.end, next.start));
}

// Where the stretch holding word `k` opens: the function words just before it belong to it ("which has not been
// [publicly announced]"), up to a comma, dash or bracket or the reading's edge.
function stretchStart(view: View, k: number): number {
  const tokens = view.v.tokens;
  const text = view.v.article.text;
  let start = k;
  while (start > view.from && !tokens[start - 1]!.content && !/[,—–(;:]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
  return start;
}

// The words run whole from their stretch's start to the close of the sentence, or to a credit closing it ("..., and
// would appeal the ruling, the club said"): every content word between them is theirs, and every one after them the
// credit's.
function closesStatement(view: View, words: readonly number[]): boolean {
  if (!view.v.closesSentence) return false;
  const tokens = view.v.tokens;
  const last = words[words.length - 1]!;
  for (let k = stretchStart(view, words[0]!); k <= last; k++) if (tokens[k]!.content && !words.includes(k)) return false;
  const credits = creditRegions(view);
  for (let k = last + 1; k < tokens.length; k++) if (tokens[k]!.content && !credits.some((c) => c.from <= k && k < c.to)) return false;
  return true;
}

// The wording ends its statement at the reading's start: nothing after it but a credit closing the sentence (the
// other wording's words there, a conversion in brackets among them, tell the statement on).
function endsStatement(view: View): boolean {
  if (!view.v.closesSentence) return false;
  const credits = creditRegions(view);
  for (let k = view.from; k < view.v.tokens.length; k++) {
    const t = view.v.tokens[k]!;
    if ((t.content || /^\d/.test(t.norm)) && !credits.some((c) => c.from <= k && k < c.to)) return false;
  }
  return true;
}

// The stretch runs from a comma or dash to the end of its sentence, and the reading ends there too.
function trailingClause(view: View, words: readonly number[]): boolean {
  if (!endsSentence(view) || !setOffAt(view, words[0]!)) return false;
  // every content word from the clause's start to the end is left out: the clause goes whole
  const start = stretchStart(view, words[0]!);
  for (let k = start; k < view.to; k++) if (view.v.tokens[k]!.content && !words.includes(k)) return false;
  return true;
}

// A phrase opened by a preposition or a subordinator that closes the sentence, not set off ("could resume loading
// [within a month of the last scheduled flight from the island airport]"): one unit however long, as a clause set off is.
function closingAdjunct(view: View, words: readonly number[], other: View, ctx: TypeContext): boolean {
  if (!endsSentence(view) || !adjunct(view, words, other, ctx)) return false;
  const tokens = view.v.tokens;
  const text = view.v.article.text;
  const last = words[words.length - 1]!;
  for (let k = last + 1; k < view.to; k++) if (tokens[k]!.content) return false;
  // within one sentence, and no further statement joined on inside it ("on two counts [and gave] prosecutors until
  // December 3", "[and that] one in four had been late")
  for (let k = stretchStart(view, words[0]!); k < last; k++) {
    if (/[.!?]\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (tokens[k]!.pos === 'CCONJ' && (/VERB|AUX/.test(tokens[k + 1]!.pos) || /^that$/i.test(tokens[k + 1]!.text))) return false;
  }
  return true;
}

// The reading runs to the end of the wording, and the wording to the end of its sentence.
function endsSentence(view: View): boolean {
  return view.to === view.v.tokens.length && view.v.closesSentence;
}

// The stretch holding word `k` (with the function words just before it) opens after a comma, dash or bracket.
function setOffAt(view: View, k: number): boolean {
  const tokens = view.v.tokens;
  const text = view.v.article.text;
  let start = k;
  while (start > 0 && !tokens[start - 1]!.content && !/[,—–(;:]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
  const before = tokens[start - 1];
  return before !== undefined && /[,—–(]\s*$/.test(text.slice(before.end, tokens[start]!.start));
}

// Words left out that only frame what is kept: the head of "[the first group] of about 120 advisers", or a label
// right before a name the other wording gives ("the [rental platform] HomeNest").
function restructured(having: View, words: readonly number[], other: View): boolean {
  const next = having.v.tokens[words[words.length - 1]! + 1];
  if (next && /^of$/i.test(next.text)) return true;
  const name = having.v.tags.find((t) => t.kind === 'name' && t.from === words[words.length - 1]! + 1);
  return name !== undefined && carriesWord(other.v.tokens, having.v.tokens[name.from]!);
}

// A proper name after a preposition, right against the words before it: "exports to Japan", "sales in Norway".
function scopeName(view: View, k: number): boolean {
  const t = view.v.tokens[k]!;
  const before = view.v.tokens[k - 1];
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && before !== undefined && /^(?:to|in|from|at|for|across|outside|inside)$/i.test(before.text)
    && !/[,;:]/.test(view.v.article.text.slice(before.end, t.start));
}

// The words are a date or a length of time, whole, after a preposition that bounds an act by it ("in 2029", "by
// 2030", "over 12 years"), where the other wording gives no date or length of time at all; not the year the article
// was published in.
function timeBound(view: View, words: readonly number[], other: View): boolean {
  if (words.length === 0) return false;
  const isTime = (t: Tag): boolean => t.kind === 'date' || (t.kind === 'num' && t.dimension === 'duration');
  const time = view.v.tags.find((t) => isTime(t) && t.from <= words[0]! && words[words.length - 1]! < t.to);
  // (a time told against another, "in the days before the slide", bounds nothing by itself)
  if (!time || (time.kind === 'date' && time.relative)) return false;
  const tokens = view.v.tokens;
  for (let k = time.from; k < time.to; k++) if (tokens[k]!.content && !words.includes(k)) return false;
  const lead = tokens[time.from - 1];
  if (!lead || !TIME_BOUND_LEADS.has(lead.norm)) return false;
  // (the year both are written in, "temperatures in 2026", goes without saying)
  if (time.kind === 'date' && [view, other].some((w) => w.v.article.published?.slice(0, 4) === time.value)) return false;
  // (a date or a length of time anywhere in the other wording may be this one, moved or changed: the dates' business)
  return !other.v.tags.some(isTime);
}

// Verbs that frame another verb (aspect, intent, ability): "started laying", "planned to leave" add no act.
const FRAMING_VERBS = new Set(['start', 'begin', 'continue', 'keep', 'stop', 'cease', 'try', 'attempt', 'seek', 'plan', 'want', 'need', 'help',
  'appear', 'seem', 'tend', 'fail', 'manage', 'decide', 'agree', 'refuse', 'threaten', 'promise', 'hope', 'expect', 'order', 'ask', 'allow',
  'force', 'intend', 'prepare', 'resume', 'finish', 'consider', 'weigh', 'get', 'go', 'come', 'use']);

// A verb right beside a verb the other wording carries, or joined to it by "and": "filmed departing" against
// "departed", "beaten and arrested" against "arrested". Returns the shared verb's index.
function stackedAction(view: View, k: number, other: View): number | undefined {
  const tokens = view.v.tokens;
  const t = tokens[k]!;
  // a participle of an act ("filmed", "seen", "beaten"), not a verb that only frames another ("started laying")
  if (t.pos !== 'VERB' || t.norm === 'say' || !/(?:ed|en|wn|ght)$/i.test(t.text) || FRAMING_VERBS.has(t.lemma)) return undefined;
  const text = view.v.article.text;
  const joined = (j: number): boolean => !/[,;:]/.test(text.slice(tokens[Math.min(k, j)]!.end, tokens[Math.max(k, j)]!.start));
  for (const j of [k + 1, k - 1, /^and$/i.test(tokens[k + 1]?.text ?? '') ? k + 2 : -1, /^and$/i.test(tokens[k - 1]?.text ?? '') ? k - 2 : -1]) {
    const partner = tokens[j];
    if (j < 0 || !partner || partner.pos !== 'VERB' || partner.norm === 'say' || !joined(j)) continue;
    // the other tells the shared act, by the same verb or a synonym ("departing" / "returned")
    const tells = (x: typeof partner): boolean => sameWord(x, partner) || (x.pos === 'VERB' && verbGroups(x.lemma).size > 0 && [...verbGroups(x.lemma)].some((g) => verbGroups(partner.lemma).has(g)));
    if (other.v.tokens.some(tells) && !carriesWord(other.v.tokens, t)) return j;
  }
  return undefined;
}

// The words of a credit with the speaker's name and title set beside it ("Maria Ortega, the plant's manager, told
// reporters"): who said it, not what was said; a credit closing the sentence takes the few words after it too.
function creditRegions(view: View): { from: number; to: number }[] {
  return credited(view.v);
}

function readCreditRegions(view: View): { from: number; to: number }[] {
  const tags = view.v.tags;
  return tags.filter((t) => t.kind === 'credit').flatMap((c) => {
    // a named speaker's description set off by commas ("Mirela Dascu, 34, a schoolteacher from Velaro, said") tells
    // of the speaker, and may be a detail of its own: only the parts with the name or the verb are the credit
    // a credit closing the sentence takes the few words after it ("told a news conference", "told reporters in Velaro")
    const tail = view.v.tokens.length - c.to <= 3 && view.v.closesSentence ? [{ from: c.to, to: view.v.tokens.length }] : [];
    if (c.family === 'named') return [...namedParts(view, c, c.key.split(' ')), ...tail];
    return [grow(view, c), ...tail];
  });
}

function namedParts(view: View, c: { from: number; to: number }, name: readonly string[]): { from: number; to: number }[] {
  const text = view.v.article.text;
  const t = view.v.tokens;
  const out: { from: number; to: number }[] = [];
  let start = c.from;
  for (let k = c.from + 1; k <= c.to; k++) {
    if (k < c.to && !/,/.test(text.slice(t[k - 1]!.end, t[k]!.start))) continue;
    const part = { from: start, to: k };
    const named = t.slice(part.from, part.to).some((w) => name.includes(w.norm));
    const saying = t.slice(part.from, part.to).some((w) => w.norm === 'say' || /^(?:according|to|told|said)$/i.test(w.text));
    if (named || saying) out.push(part);
    start = k;
  }
  return out;
}

function grow(view: View, c: { from: number; to: number }): { from: number; to: number } {
  const tags = view.v.tags;
  {
    let { from, to } = c;
    for (let grown = true; grown;) {
      grown = false;
      for (const t of tags) {
        if ((t.kind !== 'name' && t.kind !== 'role') || (t.from >= from && t.to <= to)) continue;
        if ((t.from >= to && t.from - to <= 2) || (t.to <= from && from - t.to <= 2)) {
          from = Math.min(from, t.from);
          to = Math.max(to, t.to);
          grown = true;
        }
      }
    }
    if (view.v.tokens.length - to <= 3 && view.v.closesSentence) to = view.v.tokens.length;
    return { from, to };
  }
}

// The stretch opens with a conjunction and holds a verb of its own: "and drew delegates from 40 countries".
function furtherStatement(view: View, words: readonly number[]): boolean {
  // (the coordinator may stand right before the reading, or one word further back)
  const opener = openingCoordinator(view, words[0]!, Math.max(0, view.from - 2), (k) => k >= view.from - 1 && !view.v.tokens[k]!.content);
  return opener >= 0 && words.some((w) => /VERB/.test(view.v.tokens[w]!.pos));
}

// The coordinator ("and", "but", "while") opening the words from `first`: the nearest before it, back to `floor`, with
// only words `passable` lets by between them (-1: none).
function openingCoordinator(view: View, first: number, floor: number, passable: (k: number) => boolean): number {
  const tokens = view.v.tokens;
  let k = first - 1;
  while (k >= floor && !COORDINATORS.test(tokens[k]!.text) && passable(k)) k--;
  return k >= floor && COORDINATORS.test(tokens[k]!.text) ? k : -1;
}

// One word, the verb of a statement of its own ("and [had not been] charged"): an act told, however short, unless the
// other wording has a verb of its own this one lacks, which may tell the same act ("were rushed to hospital" / "and
// were taken to hospital").
function soleAct(view: View, words: readonly number[], other: View): boolean {
  return words.length === 1 && view.v.tokens[words[0]!]!.pos === 'VERB'
    && !other.v.tokens.some((t) => t.pos === 'VERB' && !carriesWord(view.v.tokens, t));
}

// The words are a statement joined on by a coordinator inside the reading ("and could push costs higher still", "and
// to report by the end of September"): a verb stands between the coordinator and their last word, whatever it is (an
// auxiliary, a cue).
function joinedStatement(view: View, words: readonly number[], other: View): boolean {
  const tokens = view.v.tokens;
  // (the coordinator opens the words the other wording lacks: function words or a verb it does not carry, a cue's among
  // them, may stand between; "or reviewed [by independent experts]" against "peer-reviewed" is the same act told)
  const lacked = (k: number): boolean => !tokens[k]!.content || (/VERB|AUX/.test(tokens[k]!.pos) && !carriesWord(other.v.tokens, tokens[k]!) && !compound(view, k, other));
  const k = openingCoordinator(view, words[0]!, view.from, lacked);
  if (k < 0) return false;
  for (let j = k + 1; j <= words[words.length - 1]!; j++) if (/VERB|AUX/.test(tokens[j]!.pos)) return true;
  return false;
}

// Most of the words' stems stand somewhere in the other wording's article: told in another sentence, not dropped.
function toldElsewhere(view: View, words: readonly number[], other: View): boolean {
  const found = words.filter((k) => other.v.tagged.stems.has(view.v.tokens[k]!.stem)).length;
  return found * 2 >= words.length;
}

// The wording that lacks the words has unmatched words of its own right beside the place ("Youth unemployment" for
// "unemployment among young people"): it says the same thing another way.
function paraphrased(lacking: View, having: View, ctx: TypeContext): boolean {
  const map = ctx.pair(lacking.v.index, having.v.index);
  for (let k = Math.max(0, lacking.from - 2); k < Math.min(lacking.v.tokens.length, lacking.to + 2); k++) {
    const t = lacking.v.tokens[k]!;
    if (t.content && (map[k] ?? -1) < 0 && !carriesWord(having.v.tokens, t)) return true;
  }
  return false;
}

// The added words stand for words the other wording has and this one lacks elsewhere in the sentence, word class for
// word class: a reordered rewording ("the higher rates applying to new students" / "new students will pay the higher
// fees"), not a detail, which would leave the other's words all matched.
function reworded(having: View, words: readonly number[], other: View): boolean {
  const whole = (view: View): View => ({ v: view.v, from: 0, to: view.v.tokens.length });
  const missing = free(whole(other), whole(having), new Set());
  const lacking = missing.map((k) => other.v.tokens[k]!);
  if (lacking.length === 0 || lacking.length > words.length + 2) return false;
  // in the same part of the sentence: words the other lacks far off ("the neighbouring village" at its end) were
  // dropped there, and these added here
  const place = (ks: readonly number[], n: number): number => ks.reduce((sum, k) => sum + k, 0) / ks.length / Math.max(1, n);
  if (Math.abs(place(words, having.v.tokens.length) - place(missing, other.v.tokens.length)) > 0.25) return false;
  const pool = lacking.map((t) => wordClass(t.pos));
  return words.every((k) => {
    const at = pool.indexOf(wordClass(having.v.tokens[k]!.pos));
    if (at < 0) return false;
    pool.splice(at, 1);
    return true;
  });
}

function wordClass(pos: string): string {
  return pos === 'PROPN' ? 'NOUN' : pos === 'AUX' ? 'VERB' : pos;
}

// The stretch holds a figure or a date the other wording gives elsewhere: the same material, moved ("the $1.2
// billion bridge" / "the bridge, a project budgeted at 1.2 billion dollars").
function carriesFigure(having: View, other: View): boolean {
  const mine = figureKeys(having, having.from, having.to);
  if (mine.length === 0) return false;
  const theirs = new Set(figureKeys(other, 0, other.v.tokens.length));
  return mine.some((x) => theirs.has(x));
}

/** The figures and dates over words `[from, to)` of a view, by value, however written ("$1.2 billion" / "1.2 billion dollars"). */
export function figureKeys(view: View, from: number, to: number): string[] {
  return view.v.tags.flatMap((t) => (t.from < to && from < t.to ? (t.kind === 'num' ? [`n${t.value}`] : t.kind === 'date' ? [`d${t.value}`] : []) : []));
}

function compound(a: View, k: number, b: View): boolean {
  const text = a.v.article.text;
  const t = a.v.tokens;
  const joined = (i: number): string | null => (t[i] && t[i + 1] && /^[-‐‑]$/.test(text.slice(t[i]!.end, t[i + 1]!.start)) ? (t[i]!.norm + t[i + 1]!.norm) : null);
  const forms = [joined(k), joined(k - 1)].filter((x): x is string => x !== null);
  return forms.some((f) => b.v.tokens.some((x) => x.norm === f));
}

/** Word `k` of `a` lies in a role or name the other wording gives too, by whatever words (moved, not added). */
/**
 * Word `k` of `a` is one of the words an acronym of the other wording spells ("artificial intelligence" / "AI"), or,
 * with `k` < 0, word `at` of `b` is an acronym that words of `a` spell: one thing written two ways, nothing dropped.
 */
function inAcronym(a: View, k: number, b: View, at = -1): boolean {
  const acronyms = acronymsAt(b.v);
  if (k < 0) {
    const short = acronyms[at];
    return short !== undefined && spells(a, short, 0, a.v.tokens.length);
  }
  return acronyms.some((short) => short !== undefined && spells(a, short, k - 2 * short.length, k + 2 * short.length, k));
}

// Some run of `view`'s words between `from` and `to` (holding word `k`, when given) spells the acronym.
function spells(view: View, short: string, from: number, to: number, k?: number): boolean {
  return runsSpelling(view.v, short).some(([i, j]) => i >= from && j <= to && (k === undefined || (i <= k && k < j)));
}

export function movedTag(a: View, k: number, b: View): boolean {
  const tag = a.v.tags.find((t) => (t.kind === 'role' || t.kind === 'name') && t.from <= k && k < t.to);
  return tag !== undefined && b.v.tags.some((t) => t.kind === tag.kind && 'key' in t && t.key === (tag as { key: string }).key);
}

// The quotation holding a qualifier is told by the other wording too: most of the content words of the qualifier's
// sentence inside the quotation, outside the clause it opens (three at least), stand in the other wording.
function quotedRest(q: QualifierTag, view: View, other: View): boolean {
  const quote = tagsIn(view, 'quote').find((x) => x.from <= q.from && q.from < x.to);
  if (!quote) return false;
  const { tokens, at, tagged } = view.v;
  const sentence = tagged.sentenceOf[at[q.from]!];
  // the clause: from the qualifier to a mark of punctuation or the quotation's end
  const text = view.v.article.text;
  let end = q.to;
  while (end < quote.to && !/[,;:.]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
  const rest = tokens.slice(quote.from, quote.to).filter((t, k) => t.content && tagged.sentenceOf[at[quote.from + k]!] === sentence && (quote.from + k < q.from || quote.from + k >= end));
  const told = rest.filter((t) => carriesWord(other.v.tokens, t)).length;
  return told >= 3 && told >= 0.8 * rest.length;
}

// A qualifier's own words are among `words`, or, for a marker of function words only ("if", "as long as", "unless"),
// the first content word of the clause it opens is: "[if] chip prices stabilise" goes with its clause.
function within(q: QualifierTag, words: readonly number[], view: View): boolean {
  if (words.some((k) => q.from <= k && k < q.to)) return true;
  const tokens = view.v.tokens;
  if (tokens.slice(q.from, q.to).some((t) => t.content)) return false;
  let k = q.to;
  while (k < tokens.length && !tokens[k]!.content) k++;
  if (k - q.to > 2) return false;
  if (words.includes(k)) return true;
  // a condition: the clause it opens, up to a mark of punctuation or quotation, holds a word the other wording does not
  // carry ("if both clubs qualified", against a wording that tells "two clubs" elsewhere and no condition)
  if (q.type !== 'condition') return false;
  const text = view.v.article.text;
  for (let j = k + 1; j < view.to && !/[,;:.()"“”]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)); j++) if (words.includes(j)) return true;
  return false;
}

// A qualifier with the clause it opens, up to the last of `words` that follows it unbroken by a comma or another
// sentence: "if chip prices stabilise", not "if" alone.
function clauseOf(q: QualifierTag, words: readonly number[], view: View): { from: number; to: number } {
  const text = view.v.article.text;
  const tokens = view.v.tokens;
  // a qualifier of content words ("fully", "preliminary") is itself what is left out
  if (tokens.slice(q.from, q.to).some((t) => t.content)) return { from: q.from, to: q.to };
  let to = q.to;
  for (let k = q.to; k < view.to && !/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) if (words.includes(k)) to = k + 1;
  return { from: q.from, to };
}

function qualifierChange(q: QualifierTag, how: 'dropped' | 'added', other: View, base: View, here: { from: number; to: number }): Change {
  const what = { limit: 'a limit', widen: 'an absolute', basis: 'what the figure counts', caveat: 'a caveat', condition: 'a condition' }[q.type];
  if (how === 'dropped') {
    // a caveat, or a condition opening a clause ("if", "unless"), left out with its clause about a thing ("if the
    // council renews its lease"; not "but warned" alone, nor "but declined to comment")
    const opens = q.type === 'caveat' || (q.type === 'condition' && CONDITION_CLAUSES.includes(q.word.toLowerCase()));
    const clause = opens && aboutAThing(base.v.tokens.slice(q.from + q.word.split(' ').length, q.to));
    return {
      kind: 'detail_dropped', type: `${q.type}-dropped`, severity: 'medium', here, there: { from: q.from, to: q.to },
      explain: (h, t, says) => `leaves out ${what} ${says('give')}: "${t}"`, actual: 'none', expected: q.word, clause,
    };
  }
  return {
    kind: 'detail_added', type: `${q.type}-added`, severity: 'medium', here: { from: q.from, to: q.to }, there: { from: base.from, to: base.to },
    explain: (h, t, says) => `adds ${what}, "${h}", which ${says('do')} not carry`, actual: q.word, expected: 'none',
  };
}
