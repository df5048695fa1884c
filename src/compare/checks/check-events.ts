import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import type { EventTag } from '../tag/tag.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import { sameWord } from '../same-word.ts';
import { COMPLEMENTARY_RIVALS, RIVAL_EVENTS } from '../../lexicon/rival-events.ts';
import { answersDiffer } from '../../lexicon/responses.ts';
import { judgeReadings } from '../judge/judge-readings.ts';
import { findingsOf } from './check-slots.ts';
import { inClause } from './check-denials.ts';

const REACH = 3;

/** What a wording says happened: the rival events it tells, its party's answer, and which quantities it says changed or held. */
interface Events extends View {
  readonly rivals: readonly { side: string; tag: EventTag }[];
  readonly response: EventTag | undefined;
  readonly stances: readonly { noun: number; kind: 'change' | 'steady'; from: number; to: number }[];
  readonly states: readonly State[];
}

/** A thing's state told as going on or as ended, begun or changed: the noun it is told of, the verb's words, and the verb's lemmas. */
interface State {
  readonly noun: number;
  readonly kind: 'held' | 'changed';
  readonly from: number;
  readonly to: number;
  readonly lemmas: readonly string[];
  /** The words a finding points at: the verb and its noun, or the verb alone when the noun is the sentence's subject far before it. */
  readonly span: { readonly from: number; readonly to: number };
}

/**
 * Events, wherever the words sit in the wording: one side of a rival pair where the baseline tells the other
 * ("scrapped the programme" / "the pause was ordered"), a party's answer told as another ("denied the report" /
 * "does not comment"), a quantity said to change where the baseline says it held ("cut injuries" / "injuries were
 * similar"; a negated change, "did not rise", holds). Position-free, so both words must be in the event lexicons.
 */
export function checkEvents(col: Collation): Finding[] {
  // a wording that tells no event of the lexicons has no say on events (the source among them)
  const items = col.variants.map(eventsOf).filter((e) => e.rivals.length > 0 || e.response !== undefined || e.stances.length > 0 || e.states.length > 0);
  const out: Finding[] = [];
  for (const d of judgeReadings(col, items, compareEvents)) out.push(...findingsOf(col, d));
  return out;
}

function eventsOf(v: Variant): Events {
  const events = v.tags.filter((t): t is EventTag => t.kind === 'event');
  const rivals = events.filter((e) => /VERB|NOUN|ADJ|ADV/.test(v.tokens[e.from]!.pos) || e.to - e.from > 1).flatMap((tag) => tag.rivals.map((side) => ({ side, tag })));
  const response = events.find((e) => e.response !== undefined);
  const stances: Events['stances'][number][] = [];
  v.tokens.forEach((t, i) => {
    if (!isNoun(v, i)) return;
    const s = stanceAt(v, i, events);
    if (s) stances.push({ noun: i, ...s });
  });
  return { v, from: 0, to: v.tokens.length, rivals, response, stances, states: statesOf(v, events) };
}

function compareEvents(base: Events, other: Events): Change[] {
  if (base.response && other.response && answersDiffer(base.response.response!, other.response.response!)) {
    return [change('response-changed', other.response, base.response, 'answer')];
  }
  for (const { side, tag } of other.rivals) {
    const [pair] = side.split(':');
    const rival = base.rivals.find((r) => r.side.split(':')[0] === pair && r.side !== side);
    if (!rival || base.rivals.some((r) => r.side === side) || other.rivals.some((r) => r.side === rival.side)) continue;
    // verbs that share a synonym group tell one event ("halt" is a stop and a pause)
    if (rival.tag.groups.some((g) => tag.groups.includes(g))) continue;
    // of sides with nothing between them, one denied is the other told ("will not be approved" / "will be refused")
    if (COMPLEMENTARY_RIVALS.has(RIVAL_EVENTS[Number(pair)]?.[0][0] ?? '') && denied(other.v, tag) !== denied(base.v, rival.tag)) continue;
    // a rise or a fall is of something: both must tell it of the same thing ("growing pressure" is not "cut services")
    if ((tag.motion || rival.tag.motion) && !sameThing(other.v, tag, base.v, rival.tag)) continue;
    return [change('event-swapped', tag, rival.tag, 'event')];
  }
  for (const mine of other.states) {
    // (a name against a common noun may be two things: "Tollbury Harbour stayed open" / "the harbour was closed")
    const theirs = base.states.find((s) => s.kind !== mine.kind && sameWord(base.v.tokens[s.noun]!, other.v.tokens[mine.noun]!) && isName(base.v, s.noun) === isName(other.v, mine.noun));
    if (!theirs) continue;
    // the state one tells held is the one the other tells reached ("remained closed" / "was closed"): no contradiction
    const [moved, held] = mine.kind === 'changed' ? [mine, { s: theirs, v: base.v }] : [theirs, { s: mine, v: other.v }];
    if (held.v.tokens.some((t) => t.content && moved.lemmas.includes(t.lemma))) continue;
    return [{
      kind: 'meaning', type: 'state-contradicted', severity: 'high', here: mine.span, there: theirs.span,
      explain: (h, t, says) => `"${h}" tells ${mine.kind === 'changed' ? 'a change' : 'no change'} where ${says('say')} "${t}"`, actual: mine.kind, expected: theirs.kind,
    }];
  }
  for (const mine of other.stances) {
    const theirs = base.stances.find((s) => sameWord(base.v.tokens[s.noun]!, other.v.tokens[mine.noun]!));
    if (!theirs || theirs.kind === mine.kind) continue;
    return [{
      kind: 'meaning', type: 'change-contradicted', severity: 'high', here: { from: Math.min(mine.from, mine.noun), to: Math.max(mine.to, mine.noun + 1) },
      there: { from: Math.min(theirs.from, theirs.noun), to: Math.max(theirs.to, theirs.noun + 1) },
      explain: (h, t, says) => `"${h}" tells ${mine.kind === 'change' ? 'a change' : 'no change'} where ${says('say')} "${t}"`, actual: mine.kind, expected: theirs.kind,
    }];
  }
  return [];
}

// A negator just before the event word ("not approved", "never reopened").
function denied(v: Variant, e: EventTag): boolean {
  return v.tags.some((t) => t.kind === 'polarity' && t.to <= e.from && e.from - t.to <= 2);
}

function change(type: string, here: EventTag, there: EventTag, what: string): Change {
  return {
    kind: 'meaning', type, severity: 'high', here: { from: here.from, to: here.to }, there: { from: there.from, to: there.to },
    explain: (h, t, says) => `"${h}" tells another ${what} than ${says('tell')}: "${t}"`, actual: here.lemma, expected: there.lemma,
  };
}

// The nouns next to two verbs (within a few words, in the clause) include one both tell.
function sameThing(a: Variant, x: EventTag, b: Variant, y: EventTag): boolean {
  const nouns = (v: Variant, t: EventTag): number[] => {
    const out: number[] = [];
    // (a name is a thing too: "Ambrey Pike shares fell" / "shares in Ambrey Pike jumped")
    for (let k = Math.max(0, t.from - REACH); k < Math.min(v.tokens.length, t.to + REACH); k++) if (k !== t.from && (isNoun(v, k) || isName(v, k))) out.push(k);
    return out;
  };
  const theirs = nouns(b, y).map((k) => b.tokens[k]!);
  if (nouns(a, x).some((k) => theirs.some((t) => sameWord(t, a.tokens[k]!)))) return true;
  // two words for one thing in one place ("expects revenue to fall" / "expects receipts to climb"): each noun on the
  // same side of its verb, after the same word (the nearest content word within three before it, itself no noun)
  const lead = (v: Variant, k: number): number => {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (v.tokens[j]!.content) return j;
    return -1;
  };
  return nouns(a, x).some((k) => nouns(b, y).some((j) => {
    const [p, q] = [lead(a, k), lead(b, j)];
    return (k < x.from) === (j < y.from) && p >= 0 && q >= 0 && sameWord(a.tokens[p]!, b.tokens[q]!) && !isNoun(a, p);
  }));
}

// A noun, or a sentence's first word the tagger took for a name ("Deaths were similar").
function isNoun(v: Variant, i: number): boolean {
  const t = v.tokens[i]!;
  if (!/NOUN|PROPN/.test(t.pos) || !t.content) return false;
  return t.pos === 'NOUN' || i === 0 || /[.!?:]["”’)]?\s*$/.test(v.article.text.slice(Math.max(0, t.start - 3), t.start));
}

// A capitalised proper noun inside the sentence.
function isName(v: Variant, i: number): boolean {
  const t = v.tokens[i]!;
  return t.pos === 'PROPN' && t.content && /^\p{Lu}/u.test(t.text);
}

// Each state a wording tells and the noun it tells it of: a verb of holding or of change (or "still", "no longer") and
// its subject (the noun or name right before it, only auxiliaries, adverbs and particles between: "the pumps [had] stopped",
// "fares remained") or its object (the noun right after it, only determiners and adjectives between: "halted
// [all] deliveries"). A denial turns it ("did not reopen" holds, "did not remain" ends); a quantity's change verb
// ("climbed") changes it; "other" sets the thing apart from the one the other wording tells ("closed some other wards").
function statesOf(v: Variant, events: readonly EventTag[]): State[] {
  const out: State[] = [];
  const words = { tokens: v.tokens, tags: v.tags, text: v.article.text };
  for (const e of events) {
    const kind = e.state ?? (e.motion === 'change' ? 'changed' : undefined);
    if (!kind) continue;
    const told = denied(v, e) ? (kind === 'held' ? 'changed' : 'held') : kind;
    const lemmas = v.tokens.slice(e.from, e.to).filter((t) => t.content).map((t) => t.lemma);
    const nouns: number[] = [];
    // (a change told after "still" is the state it left things in: "were still closed" holds)
    const stillHeld = (k: number): boolean => kind === 'changed' && events.some((x) => x.state === 'held' && x.from === k);
    // the subject left out: the verb joined to another by "and" / "but", or after a clause set off by commas
    let elided = false;
    for (let k = e.from - 1; k >= Math.max(0, e.from - 1 - REACH) && !stillHeld(k); k--) {
      if (!inClause(words, k, e.from)) { elided = true; break; }
      if (isNoun(v, k) || isName(v, k)) { nouns.push(k); break; }
      if (!/^(?:AUX|ADV|PART)$/.test(v.tokens[k]!.pos) && v.tokens[k]!.lemma !== 'be') { elided = v.tokens[k]!.pos === 'CCONJ'; break; }
    }
    for (let k = e.to; k < Math.min(v.tokens.length, e.to + REACH) && inClause(words, e.to - 1, k); k++) {
      if (isNoun(v, k) || isName(v, k)) { nouns.push(k); break; }
      if (!/^(?:DET|ADJ|NUM|PRON)$/.test(v.tokens[k]!.pos)) break;
    }
    // ("the two men were treated and [later] released", "the woman, who was charged, remains in custody": the
    // sentence's subject)
    // (not a participle opening a clause of its own, "..., keeping traffic off the bridge": its subject is the event before it)
    const participle = /ing$/i.test(v.tokens[e.from]!.text) && !/^(?:AUX|ADV)$/.test(v.tokens[e.from - 1]?.pos ?? '');
    const subject = nouns.length === 0 && elided && !participle ? sentenceSubject(v, e.from) : -1;
    if (subject >= 0 && v.tokens[subject - 1]?.text.toLowerCase() !== 'other') out.push({ noun: subject, kind: told, from: e.from, to: e.to, lemmas, span: { from: e.from, to: e.to } });
    for (const noun of nouns) {
      const [a, b] = [Math.min(noun, e.from), Math.max(noun, e.to - 1)];
      if (v.tokens.slice(a, b + 1).some((t) => t.text.toLowerCase() === 'other')) continue;
      out.push({ noun, kind: told, from: e.from, to: e.to, lemmas, span: { from: Math.min(noun, e.from), to: Math.max(noun + 1, e.to) } });
    }
  }
  return out;
}

// The subject of the sentence holding token `i`: the head of its first noun phrase (the last noun or name of the first
// run of them, past determiners, adjectives and figures), when it comes before the sentence's first verb; else -1.
function sentenceSubject(v: Variant, i: number): number {
  const text = v.article.text;
  let start = i;
  while (start > 0 && !/[.!?]["”’)]?\s/.test(text.slice(v.tokens[start - 1]!.end, v.tokens[start]!.start + 1))) start--;
  let head = -1;
  for (let k = start; k < i; k++) {
    const t = v.tokens[k]!;
    if (isNoun(v, k) || isName(v, k)) { head = k; continue; }
    if (head >= 0) return head;
    if (!/^(?:DET|ADJ|NUM)$/.test(t.pos)) return -1;
  }
  return -1;
}

// The stance a wording takes on the noun at `i`: a change verb or a steady word within a few words of it, in its clause.
function stanceAt(v: Variant, i: number, events: readonly EventTag[]): { kind: 'change' | 'steady'; from: number; to: number } | null {
  const text = v.article.text;
  let found: { kind: 'change' | 'steady'; from: number; to: number } | null = null;
  for (const e of events) {
    if (!e.motion || e.from === i || Math.abs(e.from - i) > REACH) continue;
    const [a, b] = e.from < i ? [v.tokens[e.from]!, v.tokens[i]!] : [v.tokens[i]!, v.tokens[e.from]!];
    if (/[,;:—–()]/.test(text.slice(a.end, b.start))) continue;
    if (e.motion === 'steady') return { kind: 'steady', from: e.from, to: e.to };
    const negated = v.tags.find((t) => t.kind === 'polarity' && t.to <= e.from && e.from - t.to <= 2);
    found ??= negated ? { kind: 'steady', from: negated.from, to: e.to } : { kind: 'change', from: e.from, to: e.to };
  }
  return found;
}
