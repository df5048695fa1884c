import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import type { ScaleTag } from '../tag/tag.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { sameWord } from '../same-word.ts';
import type { Variant } from '../collate/variant.ts';
import { oncePer } from '../once-per.ts';
import { checkWholeWordings } from './check-slots.ts';
import { ORDER_VERBS, REQUEST_VERBS, SCALE_WORDS } from '../../lexicon/scales.ts';

/** The rank of each word of the stage scale, whatever scale the tagger read it on ("is considering" is also doubt). */
const STAGE_RANK = new Map(SCALE_WORDS.filter((w) => w.scale === 'stage').map((w) => [w.words.join(' '), w.rank]));

/** A stage word of this rank or lower says the act is not done yet: considered, planned, under talks. */
const PENDING = 2;
/** Words between a stage word and the act it governs ("plans [to] raise", "agreed [to] extend"). */
const GAP = 3;
/** The rank of "agreed", "approved", "decided": a commitment, as firm as an act told to come. */
const AGREED = 3;
const FUTURE = /^(?:will|would|shall)$/i;
/** Stage words of a step still required ("must still", "still has to"). */
const REQUIRED: ReadonlySet<string> = new Set(SCALE_WORDS.filter((w) => w.required).map((w) => w.words.join(' ')));
const NOT_YET = /^(?:to|will|would|shall|could|may|might|can|should|must|not|never|be|being)$/i;

/**
 * How far along an act is, read over the whole wording: the base tells an act as pending ("plans to raise the
 * grant", "is considering extending the closure") and this wording tells the same act as done ("has raised the
 * grant"), or as further along or less far ("agreed to extend" / "considering extending"); or the base tells it done
 * and this wording only planned. The act is the same verb on both sides (by stem), wherever the rewrite moved it;
 * a stage word facing another in a slot is also read there (typeScales), and one finding is kept.
 */
export function checkStages(col: Collation): Finding[] {
  return checkWholeWordings(col, compareStages);
}

interface Act { readonly k: number; readonly stage: ScaleTag | null }

function compareStages(base: View, other: View): Change[] {
  const theirs = acts(base);
  const mine = acts(other);
  for (const a of theirs) {
    const b = mine.find((m) => sameAct(other.v.tokens[m.k]!, base.v.tokens[a.k]!));
    if (!b) continue;
    const rankA = a.stage?.rank ?? Infinity;
    const rankB = b.stage?.rank ?? Infinity;
    // an act to come and one agreed or decided are one commitment ("will import" / "agreed to import")
    if ((future(a) && rankB === AGREED) || (future(b) && rankA === AGREED)) continue;
    // an act to come and one still required are both not done ("will approve" / "must still approve")
    if ((future(a) && required(b)) || (future(b) && required(a))) continue;
    // an act to come against one told done must be told done in a clause of its own, not by a participle ("pupils sent
    // home", "traffic monitored by the centre", "..., credited automatically")
    // (so must an act asked of someone: "wants the laptops sealed" tells no sealing done)
    if (((future(a) || request(a)) && b.stage === null && !finite(other, b.k)) || ((future(b) || request(b)) && a.stage === null && !finite(base, a.k))) continue;
    // an act inside a question ("asked the operator how many of its guards had worked ...") is told as neither
    if ((a.stage === null && questioned(base, a.k)) || (b.stage === null && questioned(other, b.k))) continue;
    // the base tells the act at this wording's stage too ("asking guards to work their days off ... had worked every
    // weekend"): no change of stage
    if (theirs.some((c) => c !== a && (c.stage?.rank ?? Infinity) === rankB && sameAct(other.v.tokens[b.k]!, base.v.tokens[c.k]!))) continue;
    if (rankA === rankB || (rankA > PENDING && rankB > PENDING)) continue;
    const here = b.stage ? { from: b.stage.from, to: b.k + 1 } : { from: b.k, to: b.k + 1 };
    const there = a.stage ? { from: a.stage.from, to: a.k + 1 } : { from: a.k, to: a.k + 1 };
    const further = rankB > rankA;
    return [{
      kind: 'meaning', type: further ? 'stage-advanced' : 'stage-retreated', severity: 'medium', here, there,
      explain: further
        ? (h, t, says) => `tells as further along ("${h}") what ${says('give')} as "${t}"`
        : (h, t, says) => `tells as less far along ("${h}") what ${says('give')} as "${t}"`,
      actual: b.stage?.word ?? 'done', expected: a.stage?.word ?? 'done',
    }];
  }
  return alreadyDone(base, other);
}

// One act in two forms: the same word by stem, or by the tagger's lemma where the rough stem splits it ("move" / "moved").
function sameAct(a: WordToken, b: WordToken): boolean {
  return sameWord(a, b) || (a.lemma !== '' && a.lemma === b.lemma);
}

// A verb told done in a clause of its own: a perfect ("has moved", "had opened"), or a past form right after its
// subject and before its object ("the centre monitored traffic").
function finite(view: View, k: number): boolean {
  const tokens = view.v.tokens;
  const text = view.v.article.text;
  if (tokens.slice(Math.max(0, k - 2), k).some((t) => /^(?:has|have|had)$/i.test(t.text))) return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!before && !!after && /NOUN|PROPN|PRON/.test(before.pos) && /DET|NOUN|PROPN|PRON|NUM|ADJ/.test(after.pos)
    && !/[,;:.—–()]/.test(text.slice(before.end, tokens[k]!.start)) && !/[,;:.—–()]/.test(text.slice(tokens[k]!.end, after.start));
}

// An act told as still required ("must still approve", "still has to be approved").
function required(a: Act): boolean {
  return a.stage !== null && REQUIRED.has(a.stage.word);
}

// Word `k` inside a question a wording reports ("how many guards had worked", "whether it had checked"): a wh-word
// or "whether" within the six words before it, in its clause.
function questioned(view: View, k: number): boolean {
  const { tokens, article } = view.v;
  for (let j = k - 1; j >= 0 && k - j <= 6; j--) {
    if (/[,;:.—–()]/.test(article.text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
    if (/^(?:whether|how|why|what)$/i.test(tokens[j]!.text)) return true;
  }
  return false;
}

// The stages read from a verb of asking, as readActs made them.
const REQUESTS = new WeakSet<ScaleTag>();

// An act asked of someone ("asked the court to seal"), read from a verb of asking.
function request(a: Act): boolean {
  return a.stage !== null && REQUESTS.has(a.stage);
}

// An act told as to come ("will import"), read from "will", "would" or "shall".
function future(a: Act): boolean {
  return a.stage !== null && FUTURE.test(a.stage.word);
}

/** Words that mark an act as done by now ("has already set aside", "has since corrected"). */
const ALREADY = /^(?:already|since)$/i;
/** Words that tell an act not done yet ("would propose", "must correct", "expected to have"); words of intent are the stage scale's. */
const NOT_DONE = /^(?:will|would|shall|must|expects|expected)$/i;

/**
 * An act told as done by now where the base tells one only pending: "has already set aside $40 million" against
 * "would propose $40 million", "has since added two aircraft" against "plans to lease two more". The verbs may
 * differ (the rewrite tells its own act), so the marker of completion ("already", "since" before a perfect verb)
 * must be explicit, and the base must tell no act as done that way.
 */
function alreadyDone(base: View, other: View): Change[] {
  const here = perfectWithAlready(other);
  if (!here || perfectWithAlready(base)) return [];
  const there = pendingAct(base);
  if (!there) return [];
  return [{
    kind: 'meaning', type: 'stage-advanced', severity: 'medium', here, there,
    explain: (h, t, says) => `tells as done ("${h}") what ${says('give')} as not done yet ("${t}")`,
    actual: 'done', expected: 'pending',
  }];
}

// "has already set", "had since added", "has been already" ...: an auxiliary of the perfect, the marker, then a verb.
function perfectWithAlready(view: View): { from: number; to: number } | null {
  const tokens = view.v.tokens;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!ALREADY.test(tokens[k]!.text) || inQuotation(view, k) || !/^(?:has|have|had)$/i.test(tokens[k - 1]!.text)) continue;
    const verb = tokens[k + 1]!;
    if (verb.pos === 'VERB' || (verb.pos === 'AUX' && /^been$/i.test(verb.text))) return { from: k - 1, to: k + 2 };
  }
  return null;
}

// An act at a pending stage ("plans to lease", "is considering"), a verb after a modal or an expectation ("would
// propose", "must be corrected", "expected to have"), or one told "not yet" / "yet to".
function pendingAct(view: View): { from: number; to: number } | null {
  const staged = acts(view).find((a) => a.stage !== null && STAGE_RANK.get(a.stage.word)! <= PENDING);
  if (staged) return { from: staged.stage!.from, to: staged.k + 1 };
  // a step still required, whatever names the act ("still needs parliamentary approval")
  const required = view.v.tags.find((t): t is ScaleTag => t.kind === 'scale' && REQUIRED.has(t.word) && !inQuotation(view, t.from));
  if (required) return { from: required.from, to: required.to };
  const tokens = view.v.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (inQuotation(view, k)) continue;
    const t = tokens[k]!.text;
    if (/^yet$/i.test(t) && /^not$/i.test(tokens[k - 1]?.text ?? '')) return { from: k - 1, to: k + 1 };
    if (/^yet$/i.test(t) && /^to$/i.test(tokens[k + 1]!.text)) return { from: k, to: k + 2 };
    if (!NOT_DONE.test(t)) continue;
    let j = k + 1;
    if (/^to$/i.test(tokens[j]?.text ?? '')) j++;
    if (/^be$/i.test(tokens[j]?.text ?? '')) j++;
    if (tokens[j]?.pos === 'VERB') return { from: k, to: j + 1 };
  }
  return null;
}

/** True when word `k` of a wording stands inside a quotation. */
export function inQuotation(view: View, k: number): boolean {
  return view.v.tags.some((q) => q.kind === 'quote' && q.from <= k && k < q.to);
}

// The acts a wording tells with a stage (the verb a stage word governs: "plans to [raise]") or as done (a verb with
// no stage word, no modal and no "to" before it), outside quotations; read once per wording.
function acts(view: View): readonly Act[] {
  return actsOf(view.v);
}

const actsOf = oncePer((v: Variant): readonly Act[] => readActs({ v, from: 0, to: v.tokens.length }));

function readActs(view: View): Act[] {
  const tokens = view.v.tokens;
  const inQuote = (k: number): boolean => inQuotation(view, k);
  const stages = view.v.tags.filter((t): t is ScaleTag => t.kind === 'scale' && STAGE_RANK.has(t.word) && !inQuote(t.from))
    .map((t) => ({ ...t, rank: STAGE_RANK.get(t.word)! }));
  const out: Act[] = [];
  const governed = new Set<number>();
  const text = view.v.article.text;
  for (const s of stages) {
    // a stage noun ("the proposal", "talks") governs no act
    if (s.to - s.from === 1 && /NOUN|PROPN/.test(tokens[s.from]!.pos)) continue;
    for (let k = s.to; k < tokens.length && k - s.to < GAP; k++) {
      // the act follows in the same clause
      if (/[,;:.—–()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (!tokens[k]!.content) continue;
      if (/VERB/.test(tokens[k]!.pos) || /ing$/i.test(tokens[k]!.text)) {
        out.push({ k, stage: s });
        governed.add(k);
      }
      break;
    }
  }
  // an act asked of someone: "asked the assembly to [fund]", "urged the board to [reconsider]", "called on the council to
  // [close]" (the one asked, up to four words, then "to" and the verb, in one clause): a request, pending; an act
  // ordered of someone ("ordered bakeries to [close] their ovens"): required, as firm as one agreed
  tokens.forEach((t, k) => {
    const ordered = t.pos === 'VERB' && ORDER_VERBS.has(t.lemma);
    if (t.pos !== 'VERB' || inQuote(k) || !(ordered || REQUEST_VERBS.has(t.lemma) || (t.lemma === 'call' && /^on$/i.test(tokens[k + 1]?.text ?? '')))) return;
    for (let j = k + 1; j < tokens.length && j - k <= 5; j++) {
      if (/[,;:.—–()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return;
      if (!/^to$/i.test(tokens[j]!.text)) continue;
      const verb = tokens[j + 1];
      if (j > k + 1 && verb && verb.pos === 'VERB' && verb.content && !governed.has(j + 1)) {
        const stage: ScaleTag = { kind: 'scale', scale: 'stage', rank: ordered ? AGREED : 1, word: `${t.lemma} to`, from: k, to: j + 1 };
        REQUESTS.add(stage);
        out.push({ k: j + 1, stage });
        governed.add(j + 1);
      }
      return;
    }
  });
  // an act told as to come: the verb right after "will", "would" or "shall" (an adverb between), whatever the tagger
  // made of it ("would [open] an inquiry"), pending against the same act told as done ("had opened an inquiry")
  tokens.forEach((t, k) => {
    if (!FUTURE.test(t.text) || inQuote(k)) return;
    let j = k + 1;
    if (tokens[j]?.pos === 'ADV' && !/^(?:not|never)$/i.test(tokens[j]!.text)) j++;
    const verb = tokens[j];
    if (!verb || !verb.content || /^(?:not|never|be|have|been)$/i.test(verb.text) || governed.has(j) || /[,;:.—–()]/.test(text.slice(t.end, verb.start))) return;
    out.push({ k: j, stage: { kind: 'scale', scale: 'stage', rank: 1, word: t.text.toLowerCase(), from: k, to: k + 1 } });
    governed.add(j);
  });
  tokens.forEach((t, k) => {
    if (governed.has(k) || inQuote(k) || t.pos !== 'VERB' || !t.content || !done(tokens, k)) return;
    const own = stages.find((s) => s.from <= k && k < s.to);
    // a verb that is its own stage word ("has approved the spending") tells that act at its stage
    if (own) {
      if (own.to - own.from === 1) out.push({ k, stage: own });
      return;
    }
    out.push({ k, stage: null });
  });
  return out;
}

// A verb told as done: a past form ("raised", "has raised"), with no modal, "to" or negation just before it.
function done(tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text.toLowerCase() === t.lemma || /(?:ing|s)$/i.test(t.text)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (NOT_YET.test(tokens[j]!.text)) return false;
  return true;
}
