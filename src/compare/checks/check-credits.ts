import type { Span } from '../../model/index.ts';
import type { Collation } from '../collate/collation.ts';
import { extentOfWords, makeVariant, spanOfWords, type Variant } from '../collate/variant.ts';
import type { CreditTag } from '../tag/tag.ts';
import type { Finding } from '../finding.ts';
import type { Change } from '../typers/change.ts';
import { RELATIVE_CREDIT, UNNAMED, asNamed, fold, sameCredit, publicAndPrivate, sameKind, sharesName, sharplyDifferent, type Credit } from '../credits-of.ts';
import { partitiveCount } from '../partitive-count.ts';
import { samePlace } from '../../lexicon/places.ts';
import { CREDIT_CUES, CREDIT_LEXICON } from '../../lexicon/credits.ts';
import { carriesWord, sameWord } from '../same-word.ts';
import { stemWord } from '../../text/stem-word.ts';
import { normalizeToken } from '../../text/normalize-token.ts';
import { judgeReadings, type Departure } from '../judge/judge-readings.ts';
import { describeWitnesses } from '../judge/describe-witnesses.ts';
import { wordRange } from '../tag/word-range.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { WIRE_NAMES } from '../../lexicon/wires.ts';
import { ANAPHOR_NOUNS } from '../../lexicon/anaphor-nouns.ts';
import { nameBeforeAcronym } from '../../text/acronym.ts';
import { oncePer } from '../once-per.ts';

/** One wording's credits: who it says told the claim, and what else stands in for a source. */
interface Credits {
  readonly v: Variant;
  readonly credits: readonly Credit[];
  /** Credits in the sentences just around the wording, which may tell its source. */
  readonly nearby: readonly { credit: Credit; after: string }[];
  /** An attributive hedge ("reportedly", "is said to") stands in for the source. */
  readonly hedged: boolean;
  /** Most of the wording is a quotation: the marks credit it. */
  readonly quoted: boolean;
  /** The agency whose own copy this is: everything in it is that wire's report. */
  readonly ownWire: string | undefined;
}

const CUES = CREDIT_CUES;
// A run of capitalised words with the small words names hold ("Council of Older People", "Bank of the North")
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:of|for|the|and|de)?\s*\p{Lu}[\p{L}'’-]+)*`;
const HEAD = 3;
// "confirmed this", "denied it.": not "said it was ...", where "it" opens a new statement
// "announced the recall", "confirmed its withdrawal": a noun of the statement's own act, pointing back at it
// (and nothing more of its own: "said the recall would cost ..." tells something new of it)
const NOUN_BACK = /^\s*(?:the|its|their|this|that)\s+([\p{L}-]+)(?:\s+(?:on|in|at|of|for|to|by|with|from|late|early|last|this|earlier)\b[^.;:]*)?[\s.;]*$/iu;
const BACK_REFERENCE = /^\s*(?:(?:this|these|those|such|them)\b|it\s*(?:[.,;:]|$))/i;

/**
 * The credit graph of a claim: for each wording, the sources credited for it (in its words, or in the rest of the
 * sentence it is a clause of); judged like every other part of the claim. A wording that states as fact what the
 * baseline credits has dropped the source; another source, the wire alone in place of the sources, a vaguer group
 * or another count of sources is a changed attribution.
 */
export function checkCredits(col: Collation): Finding[] {
  const items = col.variants.map(creditsOf);
  const out: Finding[] = [];
  for (const d of judgeReadings(col, items, (base, other) => compareCredits(col, base, other))) out.push(...findings(col, d));
  return out;
}

function creditsOf(v: Variant): Credits {
  const t = v.tagged;
  const first = v.at[0] ?? 0;
  const last = v.at[v.at.length - 1] ?? 0;
  const sentences = new Set([t.sentenceOf[first], t.sentenceOf[last]]);
  const inSentence = t.tags.filter((x): x is CreditTag => x.kind === 'credit' && sentences.has(t.sentenceOf[x.from] ?? -2));
  const credits = inSentence.map((c) => toCredit(v, c));
  const nearby: { credit: Credit; after: string }[] = [];
  // the stems the wording's own sentences tell: a neighbour "announced the recall" points back at "is recalling"
  let told: ReadonlySet<string> | undefined;
  const tells = (stem: string): boolean => {
    told ??= new Set(t.words.filter((w, k) => w.content && sentences.has(t.sentenceOf[k])).map((w) => stemWord(w.norm)));
    return told.has(stem);
  };
  for (const s of around(v)) {
    for (const c of t.tags) {
      if (c.kind !== 'credit' || t.sentenceOf[c.from] !== s) continue;
      // a neighbour credits this statement only when crediting is all it does ("Tokyo confirmed the toll"); one with
      // a statement of its own ("The drawdown could be completed ..., according to officials") credits that
      // (a participle tacked on, "..., honoring them as heroes", makes no statement of its own)
      // (a copula says something too: "..., said the union's demands were out of touch")
      const own = t.words.some((w, k) => t.sentenceOf[k] === s && (k < c.from || k >= c.to) && ((w.pos === 'VERB' && w.content && !/ing$/i.test(w.text)) || w.pos === 'AUX'));
      const credit = toCredit(v, c);
      const sentence = v.article.sentences[s]!;
      const after = v.article.text.slice(credit.end, sentence.end);
      const named = NOUN_BACK.exec(after)?.[1];
      if (own && !BACK_REFERENCE.test(after) && !(named && tells(stemWord(normalizeToken(named))))) continue;
      nearby.push({ credit, after });
    }
  }
  const hedged = v.tags.some((x) => x.kind === 'scale' && x.attributive);
  const quotedWords = v.tags.filter((x) => x.kind === 'quote').reduce((n, q) => n + (q.to - q.from), 0);
  const outlet = v.article.outlet?.toLowerCase();
  const ownWire = WIRE_NAMES.find((w) => outlet !== undefined && [w.name, ...w.forms].some((f) => f.toLowerCase() === outlet))?.key;
  return { v, credits, nearby, hedged, quoted: quotedWords >= 0.5 * v.tokens.length, ownWire };
}

// The sentences before and after the wording in its paragraph.
function around(v: Variant): number[] {
  const t = v.tagged;
  const first = t.sentenceOf[v.at[0] ?? 0] ?? -1;
  const last = t.sentenceOf[v.at[v.at.length - 1] ?? 0] ?? -1;
  const paragraph = v.article.paragraphs.find((p) => p.start <= v.span.start && v.span.start < p.end);
  if (!paragraph || first < 0) return [];
  return [first - 1, last + 1].filter((s) => {
    const sentence = v.article.sentences[s];
    return sentence !== undefined && sentence.start >= paragraph.start && sentence.end <= paragraph.end;
  });
}

function toCredit(v: Variant, c: CreditTag): Credit {
  const words = v.tagged.words;
  return { start: words[c.from]!.start, end: words[c.to - 1]!.end, family: c.family, key: c.key, words: c.words, ...(c.count !== undefined ? { count: c.count } : {}), ...(c.antecedent ? { antecedent: c.antecedent } : {}), ...(c.referent ? { referent: c.referent } : {}) };
}

function compareCredits(col: Collation, base: Credits, other: Credits): Change[] {
  // the wire's own copy credits itself: a version passing it on under another agency's name changes its origin
  const otherWires = other.credits.filter((c) => c.family === 'wire' || c.family === 'listener');
  if (base.ownWire && otherWires.length > 0 && !otherWires.some((c) => c.key === base.ownWire) && otherWires.every((c) => WIRE_NAMES.some((w) => w.key === c.key))) {
    const wrong = otherWires[0]!;
    const name = WIRE_NAMES.find((w) => w.key === base.ownWire)!.name;
    const rest = compareSources(col, base, { ...other, credits: other.credits.filter((c) => c !== wrong) });
    return [change('attribution', 'wire-changed', 'high', localOf(other.v, wrong), { from: 0, to: Math.min(1, base.v.tokens.length) }, (h, t, says) => `credits the report to "${h}" where it is the ${name} wire's own`, wrong.key, base.ownWire), ...rest];
  }
  return compareSources(col, base, other);
}

// A credit governs its own sentence. A wording the aligner took from several sentences of its article ("The roof
// failed in weak rock. Tollmark said it had followed the design", against "Tollmark said the roof had given way in
// weak rock and that it had followed the design") credits in one of them what that sentence says: each of its
// sentences that tells the statement the baseline credits (two of the content words that credit governs) is judged
// alone, with its own credits (none: the credit is there, in another sentence; another source: "..., the Interior
// Ministry has said. The National Audit Office estimated ...") and its neighbours' credits that only credit (as for
// any wording), where the whole wording, read as one, credits the baseline's sources. A wording whose credits name
// another source is judged as one.
function compareSources(col: Collation, base: Credits, other: Credits): Change[] {
  const whole = compareSourcesIn(col, base, other);
  if (whole.length > 0) return whole;
  // (a wording with no credit of its own is read sentence by sentence where it names the baseline's source as an actor:
  // "Kellett called for an inquiry" credits no other sentence's statement, "The council ignored the warning")
  const actor = other.credits.length === 0 && base.credits.some((c) => c.family !== 'listener' && namesActor(base.v, c, other.v));
  const parts = other.credits.length > 0 || actor ? sentenceCredits(other.v) : [];
  const told = parts.length > 1 ? base.credits.filter((c) => c.family !== 'listener').flatMap((c) => statementWords(base.v, c)) : [];
  for (const alone of parts) {
    const part = alone.v;
    if (part.tokens.filter((t) => t.content && told.some((x) => sameWord(x, t))).length < 2) continue;
    if (actor && !statesAlone(part, base)) continue;
    const found = compareSourcesIn(col, base, alone);
    // (the statement told without its source is the sentence's words, whichever the baseline's credit governs, and its
    // credit was left in another sentence, not told another way in this one; other changes keep their words, as spans
    // of the article: the finding is filed on the whole wording)
    if (found.length > 0) {
      return found.map((c) => (c.type === 'attribution-dropped'
        ? { ...c, type: 'attribution-left-in-other-sentence', here: { ...c.here, span: part.span } }
        : { ...c, here: { ...c.here, span: c.here.span ?? spanOfWords(part, c.here.from, Math.max(c.here.to, c.here.from + 1)) ?? part.span } }));
    }
  }
  return [];
}

/** Words that tell a sentence reports what someone said or a document found, whether or not the credit tagger read a credit there. */
const REPORTING: ReadonlySet<string> = new Set([...CREDIT_LEXICON.cues, ...CREDIT_LEXICON.findings, 'saying']);

// A sentence of a wording with no credit, read apart from the sentence naming the baseline's source: a statement of its
// own (a verb), not one that names that source itself, reports (a word of saying or of finding) or quotes.
function statesAlone(part: Variant, base: Credits): boolean {
  if (!part.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  if (part.tags.some((t) => t.kind === 'quote') || part.tokens.some((t) => REPORTING.has(t.text.toLowerCase()))) return false;
  // (the source named by the initials its credit gives, "The EPI logged ..." for "The Environmental Protection
  // Inspectorate (EPI) said"; a place in a body's name is no naming of the body)
  const named = (c: Credit): boolean => part.tokens.some((t) => /^\p{Lu}{2,6}$/u.test(t.text) && c.words.some((w) => w.replace(/[()]/g, '') === t.norm));
  return !base.credits.some((c) => c.family !== 'listener' && (namesActor(base.v, c, part) || named(c)));
}

// The wording's sentences, each read for its credits as a wording of its own: once per wording, whoever it is set against.
const sentenceCredits = oncePer((v: Variant): readonly Credits[] => sentencesOf(v).map(creditsOf));

// The wording's words sentence by sentence, each a wording of its own; one for a wording within one sentence.
function sentencesOf(v: Variant): Variant[] {
  const runs: { sentence: number; from: number; to: number }[] = [];
  for (const g of v.at) {
    const sentence = v.tagged.sentenceOf[g] ?? -1;
    const last = runs[runs.length - 1];
    if (last && last.sentence === sentence && last.to === g) last.to = g + 1;
    else runs.push({ sentence, from: g, to: g + 1 });
  }
  const sentences = [...new Set(runs.map((r) => r.sentence))];
  if (sentences.length < 2) return [v];
  return sentences.map((s) => makeVariant(v.index, v.tagged, runs.filter((r) => r.sentence === s)));
}

// Every content word of the statement a credit governs in its wording: what follows it, or what precedes a credit
// set off after a comma.
function statementWords(o: Variant, credit: Credit): WordToken[] {
  const before = o.tokens.flatMap((t, k) => (t.content && t.end <= credit.start ? [k] : []));
  const postposedCredit = postposed(o, credit, before);
  return o.tokens.filter((t) => t.content && (postposedCredit ? t.end <= credit.start : t.start >= credit.end));
}

// The sources behind the statement: dropped, counted otherwise, passed to the wire alone, or another source.
function compareSourcesIn(col: Collation, base: Credits, other: Credits): Change[] {
  const theirs = base.credits.filter((c) => c.family !== 'listener' && (covers(base.v, c, other.v) || closesAll(col, base.v, c, other.v)));
  if (theirs.length === 0) return [];
  // "reportedly", "is said to": a hedge standing where a source would, naming no one
  const mine = other.credits.filter((c) => c.family !== 'listener' && c.family !== 'unspecified');
  const hedged = other.hedged || other.credits.some((c) => c.family === 'unspecified');
  const whole = { from: 0, to: other.v.tokens.length };
  const there = localOf(base.v, theirs.find((c) => c.family !== 'unspecified') ?? theirs[0]!);
  if (mine.length === 0) {
    if (other.credits.some((c) => c.family === 'listener') || other.quoted || theirs.every((c) => c.family === 'unspecified')) return [];
    if (theirs.some((c) => namesActor(base.v, c, other.v))) return [];
    if (other.nearby.some((n) => creditsNearby(n, theirs))) return [];
    // "reportedly" in place of a counted group of sources hides how many; in place of anyone else it still credits
    if (hedged) {
      const counted = theirs.find((c) => c.count !== undefined);
      return counted ? [change('hedge', 'sources-hedged', 'medium', hedgeAt(other.v) ?? whole, there, (h, t, says) => `"${h}" hedges what ${says('credit')} to "${t}": the sources are gone`)] : [];
    }
    // the earlier version cannot have dropped what a later one added
    if (publishedBefore(other.v, base.v) && col.source === null) return [];
    return [change('attribution', 'attribution-dropped', 'high', statementOf(other.v, base.v, theirs.find((c) => c.family !== 'unspecified') ?? theirs[0]!), there, (h, t, says) => `${capital(says('attribute'))} this to "${t}"; this one states it without a source`, 'no source')];
  }
  // the outlet whose version this is judged against, credited by name ("the Valmora Gazette reported", against the
  // Gazette's own version): its report passed on, with its credit (a wire is judged as a wire, below)
  if (mine.every((c) => c.family !== 'wire' && namesOutletOf(c, base.v))) return [];
  // the wire alone where the baseline names who told the wire: the sources are gone, the origin kept
  if (mine.every((c) => c.family === 'wire') && theirs.some((c) => !['wire', 'listener', 'unspecified'].includes(c.family))) {
    const named = theirs.find((c) => c.family !== 'wire')!;
    return [change('attribution', 'credited-to-wire', 'low', localOf(other.v, mine[0]!), localOf(base.v, named), (h, t, says) => `credits this only to the wire ("${h}") where ${says('credit')} "${t}"`, mine[0]!.key, named.key)];
  }
  // one agency in place of another beside the same sources ("officials said, according to an AFP report" / "... a
  // Reuters report"): the story's origin changed
  const wires = (list: readonly Credit[]): Credit[] => list.filter((c) => c.family === 'wire');
  const swappedWire = wires(mine).find((c) => wires(theirs).length > 0 && !wires(theirs).some((t) => t.key === c.key));
  if (swappedWire && mine.some((c) => c.family !== 'wire')) {
    return [change('attribution', 'wire-changed', 'medium', localOf(other.v, swappedWire), localOf(base.v, wires(theirs)[0]!), (h, t, says) => `credits the agency "${h}" where ${says('credit')} "${t}"`, swappedWire.key, wires(theirs)[0]!.key)];
  }
  // one counted group told with another count ("three people familiar with the decision" / "four people ...")
  for (const a of mine) {
    const b = theirs.find((c) => c.count !== undefined && a.count !== undefined && c.count !== a.count && c.family === 'anonymous' && a.family === 'anonymous' && sameGroup(a, c));
    if (b) return [change('attribution', 'source-count-changed', 'medium', localOf(other.v, a), localOf(base.v, b), (h, t, says) => `credits this to "${h}" where ${says('count')} the sources differently ("${t}")`, String(a.count), String(b.count))];
  }
  // a source kept unnamed on purpose ("an official who spoke on condition of anonymity") told as a named person or as
  // the body itself on the record ("chief executive Petra Lund said", "the ministry said"): another source
  const unnamed = theirs.find((c) => c.family === 'anonymous' && unnamedOnPurpose(base.v, c));
  const onRecord = mine.find((c) => c.family === 'named' || c.family === 'body');
  if (unnamed && onRecord && !mine.some((c) => c.family === 'anonymous' || c.family === 'pronoun' || c.family === 'wire')) {
    return [change('attribution', 'unnamed-source-named', 'high', localOf(other.v, onRecord), localOf(base.v, unnamed), (h, t, says) => `credits this on the record to "${h}" where ${says('credit')} a source kept unnamed ("${t}")`, onRecord.key, unnamed.key)];
  }
  const alike = (a: Credit, b: Credit): boolean => sameCredit(a, b) || corefers(a, other.v, b, base.v) || corefers(b, base.v, a, other.v);
  // two sources in each ("farmers have reported ..., according to the farmers' association"), one of them shared: a
  // firm source of the baseline's that none of this wording's stands for, where this wording gives a firm source of its
  // own that none of the baseline's stands for, was replaced
  const unmatched = (list: readonly Credit[], against: readonly Credit[]): Credit[] => list.filter((c) => FIRM.has(c.family) && !against.some((x) => alike(c, x) || alike(x, c)));
  // (the baseline's outer source: after every shared one, closing the sentence where the shared one tells who reported
  // it; and not named in this wording anyway, "said the union's chairman, Dusan Kral" / "said Dušan Král")
  const shared = (list: readonly Credit[], against: readonly Credit[]): Credit[] => list.filter((c) => against.some((x) => alike(c, x) || alike(x, c)));
  const outer = (c: Credit, list: readonly Credit[], against: readonly Credit[]): boolean => shared(list, against).every((x) => x.start < c.start);
  const replaced = unmatched(theirs, mine).find((c) => outer(c, theirs, mine) && !namedIn(other.v, c, base.v));
  const replacing = unmatched(mine, theirs)[0];
  if (replaced && replacing && shared(mine, theirs).length > 0) {
    return [change('attribution', 'attribution-changed', 'medium', localOf(other.v, replacing), localOf(base.v, replaced), (h, t, says) => `credits this to "${h}" where ${says('credit')} "${t}"`, replacing.key, replaced.key)];
  }
  if (mine.some((a) => theirs.some((b) => alike(a, b)))) {
    // (a group described and counted, "two independent scientists", counts its sources too)
    const counted = theirs.find((c) => c.count !== undefined && (c.family === 'anonymous' || c.family === 'described'));
    const uncounted = mine.find((c) => c.count === undefined && counted && c.family === counted.family && sameCredit(c, counted));
    // a firm source of its own beside the uncounted group ("..., according to the police report") is another source
    const firm = mine.some((c) => ['named', 'document', 'body'].includes(c.family) && !theirs.some((t) => sameCredit(c, t)));
    if (counted && uncounted && !firm && !mine.some((c) => c.count !== undefined)) {
      // a count told as a word of quantity ("several people familiar" / "two people familiar") is a quantity changed;
      // with no such word ("people familiar", "sources said") the credit is blurred
      const here = localOf(other.v, uncounted);
      // (one source, "a person familiar with", against a group counted: another count)
      const quantity = other.v.tags.find((t) => t.kind === 'scale' && t.scale === 'quantity' && t.from >= here.from && t.to <= here.to);
      const one = /^(?:a|an|one)$/i.test(other.v.tokens[here.from]?.text ?? '') && sameHead(other.v, here.from, base.v, localOf(base.v, counted).from);
      if (quantity || one) {
        const word = quantity ? other.v.tokens.slice(quantity.from, quantity.to).map((w) => w.text).join(' ') : 'one';
        return [change('quantifier', one ? 'source-count-changed' : 'source-count-blurred', 'medium', here, localOf(base.v, counted), (h, t, says) => `counts its sources as "${word}" where ${says('give')} a count ("${t}")`, word, String(counted.count))];
      }
      return [change('attribution', 'source-count-dropped', 'medium', here, localOf(base.v, counted), (h, t, says) => `credits this to "${h}" without the count ${says('give')} ("${t}"): one source or many, the reader cannot tell`)];
    }
    return [];
  }
  const a = mine[0]!;
  const wireOnly = mine.every((c) => c.family === 'wire');
  if (wireOnly && theirs.some((c) => c.family === 'wire' && mine.some((x) => x.key === c.key))) return [];
  const sharp = mine.some((x) => theirs.some((y) => sharplyDifferent(x, y)));
  // one agency credited in place of another ("an AFP report" / "a Reuters report"): the story's origin changed
  if (wireOnly && theirs.every((c) => c.family === 'wire')) {
    return [change('attribution', 'wire-changed', 'medium', localOf(other.v, a), there, (h, t, says) => `credits the agency "${h}" where ${says('credit')} "${t}"`, a.key, theirs.map((c) => c.key).join(', '))];
  }
  const severity = wireOnly ? 'low' : sharp ? 'high' : 'medium';
  return [change('attribution', wireOnly ? 'credited-to-wire' : 'attribution-changed', severity, localOf(other.v, a), there,
    (h, t, says) => (wireOnly ? `credits this only to the wire ("${h}") where ${says('credit')} "${t}"` : `credits this to "${h}" where ${says('credit')} "${t}"`), a.key, theirs.map((c) => c.key).join(', '))];
}

// A credit's name (its capitalised words, accents aside, as its own article `cv` writes it) written in a wording.
function namedIn(v: Variant, c: Credit, cv: Variant): boolean {
  const range = extentOfWords(v, 0, v.tokens.length);
  const text = range ? fold(v.article.text.slice(range.start, range.end)) : '';
  const name = (cv.article.text.slice(c.start, c.end).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:The|A|An|According|Its|His|Her|Their)$/.test(w));
  return name.length > 0 && name.every((w) => text.includes(fold(w)));
}

/** Sources that name who told it: a person, a body or a document, by name or as the body itself ("the ministry"). */
const FIRM: ReadonlySet<string> = new Set(['named', 'body', 'document']);

// The credit's own words, or the rest of its sentence after them, say the source is kept unnamed.
function unnamedOnPurpose(v: Variant, c: Credit): boolean {
  const sentence = v.article.sentences.find((s) => s.start <= c.start && c.start < s.end);
  return UNNAMED.test(v.article.text.slice(c.start, sentence ? sentence.end : c.end));
}

// A credit whose source is the outlet that published the wording `v` ("the Valmora Gazette" for its own version).
function namesOutletOf(c: Credit, v: Variant): boolean {
  const words = (text: string): string => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'the').join(' ');
  const outlet = v.article.outlet ? words(v.article.outlet) : '';
  return outlet !== '' && words(c.words.join(' ')) === outlet;
}

// The words stated without their source: the clause of the wording that shares most words with the credited one
// (not the name and title set before it), from its first shared word to its last.
function statementOf(v: Variant, base: Variant, credit: Credit): { from: number; to: number } {
  const shared = v.tokens.map((t) => t.content && carriesWord(base.tokens, t));
  // the words the credit governs weigh most: the statement is theirs
  const told = governed(base, credit).map((k) => base.tokens[k]!);
  const tells = v.tokens.map((t) => t.content && told.some((x) => sameWord(x, t)));
  const text = v.article.text;
  let best = { from: 0, to: v.tokens.length, score: -1 };
  let from = 0;
  for (let k = 1; k <= v.tokens.length; k++) {
    if (k < v.tokens.length && !/[,;:—–()]/.test(text.slice(v.tokens[k - 1]!.end, v.tokens[k]!.start))) continue;
    const score = shared.slice(from, k).filter(Boolean).length + 10 * tells.slice(from, k).filter(Boolean).length;
    if (score > best.score) best = { from, to: k, score };
    from = k;
  }
  let first = shared.indexOf(true, best.from);
  const last = shared.lastIndexOf(true, best.to - 1);
  if (first < 0 || last < first) return { from: 0, to: v.tokens.length };
  while (first > best.from && !v.tokens[first - 1]!.content) first--;
  return { from: first, to: last + 1 };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function change(kind: Change['kind'], type: string, severity: Change['severity'], here: Change['here'], there: Change['there'], explain: Change['explain'], actual?: string, expected?: string): Change {
  return { kind, type, severity, here, there, explain, ...(actual !== undefined ? { actual } : {}), ...(expected !== undefined ? { expected } : {}) };
}

// The noun a credit's group is told by ("a [person] familiar with", "two [people] familiar with", "two government
// [officials]"): the last of the nouns and adjectives after its first word; one noun in two numbers is one head.
function groupHead(v: Variant, from: number): WordToken | undefined {
  let head: WordToken | undefined;
  for (let k = from + 1; k < v.tokens.length && /^(?:NOUN|ADJ|PROPN)$/.test(v.tokens[k]!.pos); k++) if (v.tokens[k]!.pos === 'NOUN') head = v.tokens[k];
  return head;
}

const PERSON = new Set(['person', 'people', 'persons']);

function sameHead(a: Variant, i: number, b: Variant, j: number): boolean {
  const [x, y] = [groupHead(a, i), groupHead(b, j)];
  return !!x && !!y && (sameWord(x, y) || (x.lemma !== '' && x.lemma === y.lemma) || (PERSON.has(x.norm) && PERSON.has(y.norm)));
}

// Local words of a credit in a variant (clipped; a credit outside the wording maps to its nearest end).
function localOf(v: Variant, c: Credit): { from: number; to: number; span: Span } {
  const r = wordRange(v.tokens, c.start, c.end);
  return { from: r.from, to: r.to, span: { article: v.article.id, start: c.start, end: c.end, text: v.article.text.slice(c.start, c.end) } };
}

function hedgeAt(v: Variant): { from: number; to: number } | undefined {
  const h = v.tags.find((x) => (x.kind === 'scale' && x.attributive) || (x.kind === 'credit' && x.family === 'unspecified'));
  return h ? { from: h.from, to: h.to } : undefined;
}

/**
 * True when `v` carries the statement `o` credits with `credit`: one of the first words the credit governs (what
 * follows it, or what precedes a credit set off after a comma), or two of the opening words of a sentence a
 * closing credit governs whole ("X have begun leaving ..., according to 11 sources").
 */
function covers(o: Variant, credit: Credit, v: Variant): boolean {
  const carried = (k: number): boolean => v.tokens.some((x) => x.content && sameWord(x, o.tokens[k]!));
  if (governed(o, credit).some(carried)) return true;
  const before = o.tokens.flatMap((t, k) => (t.content && t.end <= credit.start ? [k] : []));
  // (the opening of the credit's own sentence, or of the quotation it closes: a credit closing the second sentence of a
  // wording does not govern the first, unless the first opens the quotation it credits)
  const last = before[before.length - 1] ?? 0;
  const sentence = o.tagged.sentenceOf[o.at[last] ?? -1];
  const quoted = o.tags.find((q) => q.kind === 'quote' && q.from <= last && last < q.to);
  const own = (k: number): boolean => o.tagged.sentenceOf[o.at[k]!] === sentence || (quoted !== undefined && quoted.from <= k);
  const opening = postposed(o, credit, before) ? before.filter(own).slice(0, HEAD) : [];
  return opening.filter(carried).length >= Math.min(2, opening.length) && opening.length > 0;
}

// The first content words a credit governs: what follows it, or what precedes a credit set off after a comma.
function governed(o: Variant, credit: Credit): number[] {
  const after: number[] = [];
  const before: number[] = [];
  o.tokens.forEach((t, k) => {
    if (!t.content) return;
    if (t.start >= credit.end) after.push(k);
    else if (t.end <= credit.start) before.push(k);
  });
  // a credit set off after the statement governs what precedes it; else what follows, however short ("said the deal was close")
  if (postposed(o, credit, before)) return before.slice(-HEAD);
  return after.length > 0 ? after.slice(0, HEAD) : before.slice(-HEAD);
}

function postposed(o: Variant, credit: Credit, before: readonly number[]): boolean {
  return before.length > 0 && setOff(o, credit);
}

// A credit set off after a comma, inside a closing quotation mark or not ("...," said / "...,” said).
function setOff(o: Variant, credit: Credit): boolean {
  return /,[”"’']?\s*$/.test(o.article.text.slice(Math.max(0, credit.start - 4), credit.start));
}

// A credit closing the sentence after a comma governs all of it: a wording sharing much of the sentence carries what it
// credits, however its own sentence ends ("..., three people familiar with the matter said").
function closesAll(col: Collation, o: Variant, credit: Credit, v: Variant): boolean {
  const sentence = o.article.sentences[o.tagged.sentenceOf[o.at[0] ?? 0] ?? -1];
  const closing = (end: number): boolean => /^[\s.,”"’)]*$/.test(o.article.text.slice(credit.end, Math.max(credit.end, end)));
  if (!sentence || credit.start < o.span.start || credit.start >= sentence.end || !(closing(sentence.end) || closing(o.span.end))) return false;
  if (!setOff(o, credit)) return false;
  return col.overlap(o.index, v.index) >= 0.4;
}

// "Police arrested four" against "police said four were arrested": the source is here, as the actor; or the act of
// saying is carried by another name ("the regime announced" / "the government announced").
function namesActor(o: Variant, c: Credit, v: Variant): boolean {
  // "the Council of Older People, which says ...": a relative pronoun credits the name before it
  if (RELATIVE_CREDIT.test(c.key)) {
    const before = new RegExp(`(${NAME_RUN})\\s*,\\s*$`, 'u').exec(o.article.text.slice(Math.max(0, c.start - 120), c.start));
    const words = before?.[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()) ?? [];
    if (words.some((w) => v.tokens.some((t) => t.text.toLowerCase() === w))) return true;
  }
  const inside = o.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  if (inside.some((t) => CUES.has(t.text.toLowerCase()) && v.tokens.some((x) => sameWord(x, t) && x.norm !== 'say'))) return true;
  const words = inside.filter((t) => !/^(according|to)$/i.test(t.text) && t.norm !== 'say');
  const cut = words.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || t.pos === 'VERB'));
  const phrase = cut < 0 ? words : words.slice(0, cut);
  const head = phrase.filter((t) => t.content && /NOUN|PROPN|X/.test(t.pos)).pop();
  return head !== undefined && v.tokens.some((t) => t.stem === head.stem);
}

// A neighbouring sentence credits the statement when it names a source the others name ("Ottawa" for "the Canadian
// government") or points back at it ("officials confirmed this", "the ministry denied it").
function creditsNearby(n: { credit: Credit; after: string }, credited: readonly Credit[]): boolean {
  const c = n.credit;
  if (c.family === 'listener' || c.family === 'unspecified') return false;
  if (BACK_REFERENCE.test(n.after)) return true;
  if (c.family === 'pronoun') return false;
  return credited.some((d) => c.key === d.key || sharesName(c, d) || c.words.some((w) => d.words.some((x) => samePlace(w, x))));
}

// A body told by description ("the country's weather agency") is the one a credit elsewhere names ("the Estravan
// Meteorological Institute") when the describing article names it too: the article's own text resolves it.
function corefers(described: Credit, dv: Variant, named: Credit, nv: Variant): boolean {
  // only a body or a description can stand for a named body; anonymous people ("one of the aides") are no one named
  if (named.family !== 'named' || !['body', 'described'].includes(described.family)) return false;
  // the describing article named the body before ("the union": "the Ardalian Bus Workers' Union"): that one, or no other
  // (against a name of its own article too, or of two words or more: a word alone may be a surname)
  if (described.referent && (named.referent || named.words.filter((w) => w !== 'the').length >= 2)) return sameCredit(asNamed(described, described.referent), named);
  const short = nv.article.text.slice(named.start, named.end).match(new RegExp(NAME_RUN, 'u'))?.[0];
  // an acronym stands for the name its article spells out before it: "Halvic Marine Science Council (HMSC)"
  const bare = short?.replace(/^(?:The|A|An)\s+/, '');
  const name = bare !== undefined && /^\p{Lu}{2,6}$/u.test(bare) ? nameBeforeAcronym(bare, nv.article.text) ?? short : short;
  if (name === undefined || name.split(/\s+/).length < 2) return false;
  // the describing article names the body in full, or by the last words of its name ("the Science Council")
  const tail = name.split(/\s+/).slice(-2).join(' ');
  const noun = described.key.startsWith('described:') ? described.key.slice('described:'.length) : described.key.replace(/^body:/, '');
  // a body told by its kind alone, one word, is no body of another kind ("the ministry" is no "Communications
  // Authority"); told with more words ("the country's weather agency", "the group, which represents the operators") it
  // may name it loosely, but never across the state's line ("the dockers' union" is no "Harbour Safety Board")
  const spelled = { words: name.toLowerCase().split(/\s+/) };
  if (described.family === 'body' && described.words.filter((w) => w !== 'the').length === 1 && !sameKind(described, spelled)) return false;
  if (described.family === 'body' && publicAndPrivate(described, spelled)) return false;
  if (!dv.article.text.includes(name) && !(dv.article.text.includes(tail) && tail.toLowerCase().endsWith(noun))) return false;
  // an article that credits the named body by its name as well tells two sources apart when the description is no
  // word that points back at a body named before ("the agency", "the group"): "..., according to the national
  // maritime registry" and "Kastrian Island Lines said in a statement"
  const head = described.key.startsWith('described:') ? described.key.slice('described:'.length) : '';
  if (ANAPHOR_NOUNS.includes(head)) return true;
  return !dv.tagged.tags.some((t) => t.kind === 'credit' && t.key === named.key && dv.tagged.words[t.from]!.start !== described.start);
}


// The same group, counted: both parts of it or both the whole, named with a shared noun ("people", "officials").
function sameGroup(a: Credit, b: Credit): boolean {
  if ((partitiveCount(a.words) !== null) !== (partitiveCount(b.words) !== null)) return false;
  const nouns = new Set(a.words.filter((w) => !/^\d+$/.test(w) && w.length > 3));
  return b.words.some((w) => nouns.has(w));
}

function publishedBefore(v: Variant, o: Variant): boolean {
  const a = Date.parse(v.article.published ?? '');
  const b = Date.parse(o.article.published ?? '');
  return !Number.isNaN(a) && !Number.isNaN(b) && a < b;
}

function findings(col: Collation, d: Departure<Credits>): Finding[] {
  const says = describeWitnesses(col, d);
  return d.changes.map((c) => {
    const span = spanOf(d.member.v, c.here);
    const there = spanOf(d.base.v, c.there);
    const versus = [there, ...d.witnesses.filter((w) => w !== d.base).flatMap((w) => {
      const credit = w.credits[0];
      return credit ? [{ article: w.v.article.id, start: credit.start, end: credit.end, text: w.v.article.text.slice(credit.start, credit.end) }] : [];
    })];
    return { rule: c.type, kind: c.kind, severity: c.severity, span, versus, message: c.explain(span.text.replace(/\s+/g, ' '), there.text.replace(/\s+/g, ' '), says), basis: d.via, actual: c.actual ?? span.text, expected: c.expected ?? there.text };
  });
}

function spanOf(v: Variant, r: { from: number; to: number; span?: Span }): Span {
  if (r.span) return r.span;
  const last = Math.max(r.from, r.to - 1);
  if (!v.tokens[r.from] || !v.tokens[last]) return v.span;
  const { start, end } = extentOfWords(v, r.from, last + 1)!;
  return { article: v.article.id, start, end, text: v.article.text.slice(start, end) };
}
