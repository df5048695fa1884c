import type { WordToken } from '../../text/word-tokens.ts';
import type { EventTag } from './tag.ts';
import { PHRASAL_VERBS, verbGroups } from '../../lexicon/verb-groups.ts';
import { RIVAL_EVENTS } from '../../lexicon/rival-events.ts';
import { CHANGE_VERBS, HOLDING_VERBS, STATE_CHANGE_VERBS, STEADY_WORDS } from '../../lexicon/steady-words.ts';
import { RESPONSES } from '../../lexicon/responses.ts';
import { SEASON_HOMONYMS, SEASON_LEADS } from '../../lexicon/calendar.ts';
import { wordRange } from './word-range.ts';

const SIDES = new Map<string, string[]>();
RIVAL_EVENTS.forEach(([a, b], k) => {
  for (const v of a) SIDES.set(v, [...(SIDES.get(v) ?? []), `${k}:a`]);
  for (const v of b) SIDES.set(v, [...(SIDES.get(v) ?? []), `${k}:b`]);
});
const PARTICLES = new Set(['off', 'down', 'out', 'back', 'up', 'ahead', 'over', 'away']);

/**
 * Verbs of events: their synonym groups and rival sides (lexicons as data), phrasal verbs read whole ("called off",
 * "struck down"), words saying a quantity changed or held steady, and a party's answer to a report (denied /
 * declined to comment / confirmed) read over each sentence.
 */
export function tagEvents(words: readonly WordToken[], text: string, sentences: readonly { start: number; end: number }[]): EventTag[] {
  const out: EventTag[] = [];
  words.forEach((w, i) => {
    // a particle after its verb is the verb's, read with it or not at all: "hit back" backs nothing
    if (PARTICLES.has(w.text.toLowerCase()) && /^(?:ADV|ADP|PART)$/.test(w.pos) && words[i - 1]?.pos === 'VERB') return;
    const next = words[i + 1];
    const particle = next && PARTICLES.has(next.text.toLowerCase()) ? PHRASAL_VERBS.get(`${w.lemma} ${next.text.toLowerCase()}`) : undefined;
    const lemma = particle ?? (w.pos === 'VERB' || w.pos === 'AUX' ? w.lemma : w.pos === 'ADJ' && /ed$/.test(w.text) && passive(words, i) ? participleVerb(w) : /ed$|ing$/.test(w.text) ? w.lemma : w.text.toLowerCase());
    const groups = [...verbGroups(lemma)];
    const rivals = SIDES.get(lemma) ?? [];
    const motion = CHANGE_VERBS.has(lemma) && (w.pos === 'VERB' || /ed$|ing$/.test(w.text)) ? 'change' : STEADY_WORDS.has(w.text.toLowerCase()) ? 'steady' : undefined;
    const state = stateOf(words, i, lemma, text);
    if (groups.length === 0 && rivals.length === 0 && !motion && !state) return;
    if (season(words, i, text)) return;
    if (groups.length > 0 && motion === undefined && rivals.length === 0 && w.pos !== 'VERB' && !state) return;
    const to = particle ? i + 2 : state && w.text.toLowerCase() === 'no' ? i + 2 : i + 1;
    out.push({ kind: 'event', from: i, to, lemma, groups, rivals, ...(motion ? { motion } : {}), ...(state ? { state } : {}) });
  });
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const [response, patterns] of Object.entries(RESPONSES)) {
      for (const p of patterns) {
        const m = p.exec(sentence);
        if (!m) continue;
        const r = wordRange(words, s.start + m.index, s.start + m.index + m[0].length);
        if (r.to > r.from) out.push({ kind: 'event', from: r.from, to: r.to, lemma: response, groups: [], rivals: [], response });
        break;
      }
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

// A state told as going on ("remained shut", "kept ringing", "were still at sea", "trading normally",
// "continue as normal") or as ended or begun ("halted deliveries", "was released", "no longer counts"). A verb of
// holding that carries a change ("continued to rise", "kept falling") tells the change, and one held "until" a time
// tells when it ends, not that it goes on. "Keep" or "stop" with an object and a complement makes or prevents ("keep
// the gates shut", "keep rents down", "stop the river rising", "stop fans from leaving"): no state of the object told.
// A word inside a compound ("time-keeping") or an adjective ("the remaining seats") tells none.
function stateOf(words: readonly WordToken[], i: number, lemma: string, text: string): 'held' | 'changed' | undefined {
  const w = words[i]!;
  const lower = w.text.toLowerCase();
  if (lower === 'no' && words[i + 1]?.text.toLowerCase() === 'longer') return 'changed';
  if (i > 0 && /-$/.test(text.slice(words[i - 1]!.end, w.start) || text.slice(Math.max(0, w.start - 1), w.start))) return undefined;
  const clause: WordToken[] = [];
  for (let k = i + 1; k < Math.min(words.length, i + 10) && !/[,;:.!?—–()]/.test(text.slice(words[k - 1]!.end, words[k]!.start)); k++) clause.push(words[k]!);
  const gerund = (x: WordToken | undefined): boolean => x !== undefined && x.pos === 'VERB' && /ing$/i.test(x.text);
  // an object and then a complement: the verb makes or prevents
  const complemented = (): boolean => !gerund(clause[0]) && (clause.slice(1, 5).some((x) => PARTICLES.has(x.text.toLowerCase()) || x.pos === 'ADJ') || clause.slice(1).some((x) => x.text.toLowerCase() === 'from' || gerund(x)));
  const verb = w.pos === 'VERB' || /ed$|ing$/.test(w.text);
  if (verb && (STATE_CHANGE_VERBS.has(lemma) || STATE_CHANGE_VERBS.has(w.lemma))) return lemma === 'stop' && complemented() ? undefined : 'changed';
  const still = lower === 'still' && w.pos === 'ADV' && words[i - 1]?.lemma === 'be';
  const holding = still || (w.pos === 'VERB' && HOLDING_VERBS.has(w.lemma) && !(lower === 'remaining' && words[i - 1]?.lemma !== 'be')) ||
    (lower === 'normally' && words[i - 1]?.pos === 'VERB') || (lower === 'normal' && words[i - 1]?.text.toLowerCase() === 'as');
  if (!holding) return undefined;
  if (w.lemma === 'keep' && complemented()) return undefined;
  for (const [k, x] of clause.entries()) {
    // ("still" before a participle tells the state it left things in: "were still closed")
    if (!still && k < 3 && (CHANGE_VERBS.has(x.lemma) || STATE_CHANGE_VERBS.has(x.lemma)) && /VERB/.test(x.pos)) return undefined;
    if (x.text.toLowerCase() === 'until') return undefined;
  }
  return 'held';
}

// A participle after a form of "be" or "get", an adverb or two between ("were relaxed", "had been quietly extended"):
// passive, an act told; one before its noun ("an improved offer") describes the noun.
function passive(words: readonly WordToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (w.pos === 'ADV') continue;
    return w.lemma === 'be' || w.lemma === 'get';
  }
  return false;
}

// A participle the tagger read as an adjective after "be" ("stability rules were relaxed"): the verb it is
// made from, when the event lexicons know it ("relaxed" -> "relax", "tightened" -> "tighten", "cancelled" -> "cancel",
// "carried" -> "carry", "closed" -> "close"); else the tagger's lemma.
function participleVerb(w: WordToken): string {
  const known = (v: string): boolean => SIDES.has(v) || CHANGE_VERBS.has(v) || verbGroups(v).size > 0;
  if (known(w.lemma)) return w.lemma;
  const m = /^(.+?)(ied|ed)$/.exec(w.text.toLowerCase());
  if (!m) return w.lemma;
  const stem = m[1]!;
  const candidates = m[2] === 'ied' ? [`${stem}y`] : [stem, `${stem}e`, ...(/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  return candidates.find(known) ?? w.lemma;
}

// "in the fall", "the fall migration": the season, not a drop (a noun after a word that makes it the season, before
// another noun or closing its clause; "the fall in prices" and "the fall was steep" are drops)
function season(words: readonly WordToken[], i: number, text: string): boolean {
  const w = words[i]!;
  if (!SEASON_HOMONYMS.has(w.text.toLowerCase()) || w.pos !== 'NOUN' || !SEASON_LEADS.has(words[i - 1]?.text.toLowerCase() ?? '')) return false;
  const next = words[i + 1];
  return !next || next.pos === 'NOUN' || /[,;:.!?()]/.test(text.slice(w.end, next.start));
}
