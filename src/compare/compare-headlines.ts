import type { Article, BaselineUsed, Claim, DivergenceKind, Mention } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';
import type { TaggedArticle } from './tag/tagged-article.ts';
import type { DateTag, NumTag } from './tag/tag.ts';
import { monthNumber } from '../lexicon/calendar.ts';
import { wordRange } from './tag/word-range.ts';
import { makeVariant, type Variant } from './collate/variant.ts';
import { collateClaim } from './collate/collate-claim.ts';
import type { Finding } from './finding.ts';
import { checkSlots } from './checks/check-slots.ts';
import { checkEvents } from './checks/check-events.ts';
import { refineFindings } from './refine/refine-findings.ts';
import { inHeading } from './is-heading.ts';
import { loadedOnlyHere } from './check-only-here.ts';

/**
 * What a headline can get wrong against the story it tops: its facts and how strongly it tells them. A headline
 * leaves out most of the story and its credits by its nature, so details dropped or added, attributions and
 * partial quotations are no findings there; nor are names, since headlines capitalise every word in some styles.
 */
const HEADLINE_KINDS: ReadonlySet<DivergenceKind> = new Set(['number', 'date', 'quantifier', 'hedge', 'meaning', 'framing']);

/**
 * A headline is judged for saying more than its story, not less: a qualifier left out ("several", "often", a cause)
 * is compression, a hedge put in is caution; neither tells the reader something the story does not.
 */
const SAYS_LESS: ReadonlySet<string> = new Set(['quantifier-dropped', 'frequency-dropped', 'cause-dropped', 'hedge-added']);

/** Compression of headline style: a rule that says less, or a floor told as the figure ("17 dead" for "at least 17"). */
function headlineStyle(f: Finding): boolean {
  return SAYS_LESS.has(f.rule) || (f.rule === 'bound-changed' && f.actual === 'exact' && f.expected === 'lower');
}

/** A headline needs this many content words in common with a claim's wording to be read as telling that claim. */
const MIN_SHARED = 3;
/** ...and this share of its own content words. */
const MIN_SHARE = 0.5;
/** A title longer than this is page text caught in the title field, not a headline to compare. */
const MAX_TITLE_CHARS = 400;

/** A finding on a headline: the span is in the article's title, not its text. */
export interface HeadlineFinding {
  readonly claim: string;
  /** The article whose title it is. */
  readonly article: string;
  readonly finding: Finding;
}

/**
 * Compare each article's headline like a sentence: find the claim it tells (most of its content words in one
 * claim's wording), collate it against the baseline's wording of that claim (its own story's when the baseline
 * does not carry it or it is the baseline's headline), and keep the typed edits a headline can make.
 */
export function compareHeadlines(
  articles: readonly Article[],
  claims: readonly Claim[],
  tagged: ReadonlyMap<string, TaggedArticle>,
  baseline: BaselineUsed,
): HeadlineFinding[] {
  const out: HeadlineFinding[] = [];
  const wording = claimWordings(claims, tagged);
  articles.forEach((article, order) => {
    const title = article.title?.trim();
    if (!title || title.length > MAX_TITLE_CHARS) return;
    const head = tagHeadline(article, title, order);
    if (head.words.filter((w) => w.content).length < MIN_SHARED) return;
    const titleVariant = makeVariant(1, head, [{ from: 0, to: head.words.length }]);
    const match = bestClaim(titleVariant, article, claims, wording, baseline);
    if (!match) {
      out.push(...framingOnly(article, head, claims, tagged, baseline));
      return;
    }
    const { claim, reference, label } = match;
    const col = { ...collateClaim(claim, [reference, titleVariant], reference.article.id, label), part: true };
    const all = withOne(tagged, head.article.id, head);
    const findings = refineFindings([...checkSlots(col), ...checkEvents(col)], { tagged: all });
    for (const f of findings) {
      if (f.span.article !== head.article.id || !HEADLINE_KINDS.has(f.kind) || headlineStyle(f)) continue;
      // a headline may take its figure from another sentence of the story
      if (f.kind === 'number' && saysFigure(tagged.get(reference.article.id), head, f)) continue;
      // ... or its day ("resits set for 3 and 5 July" where the story's lead tells the leak's day)
      if (f.kind === 'date' && saysDate(tagged.get(reference.article.id), head, f)) continue;
      // against its own story a headline is judged one wording against one, whatever the bundle's baseline
      const own = reference.article.id === article.id ? { basis: 'pair' as const } : {};
      out.push({ claim: claim.id, article: article.id, finding: { ...f, ...own, span: { ...f.span, article: article.id }, message: `Headline: ${f.message}` } });
    }
  });
  return out;
}

/**
 * A headline that tells no one claim (a tabloid's "FIASCO: ministers' chaos ...") is still the outlet's words on the
 * story: a loaded word in it that the source uses nowhere, in its story or its title, frames it. Filed under the
 * first claim the article carries.
 */
function framingOnly(article: Article, head: TaggedArticle, claims: readonly Claim[], tagged: ReadonlyMap<string, TaggedArticle>, baseline: BaselineUsed): HeadlineFinding[] {
  const source = baseline.article === null || baseline.article === article.id ? undefined : tagged.get(baseline.article);
  // the claim of the article's earliest words it carries
  let lead: Claim | undefined;
  let first = Infinity;
  for (const c of claims) for (const s of c.support) if (s.article === article.id && s.start < first) [lead, first] = [c, s.start];
  if (!source || !lead) return [];
  const sourceTitle = source.article.title ? tagHeadline(source.article, source.article.title, source.order) : undefined;
  const label = baseline.label ?? 'the source';
  return loadedOnlyHere(head, 0, head.words.length, sourceTitle ? [source, sourceTitle] : [source]).map((tag): HeadlineFinding => {
    const first = head.words[tag.from]!;
    const last = head.words[tag.to - 1]!;
    const text = head.article.text.slice(first.start, last.end);
    return { claim: lead.id, article: article.id, finding: {
      rule: 'loaded-here-only', kind: 'framing', severity: tag.strength === 2 ? 'medium' : 'low', basis: 'source',
      span: { article: article.id, start: first.start, end: last.end, text }, versus: [],
      message: `Headline: "${text}" colours the story; the word is used nowhere in ${label}`, actual: text, expected: 'neutral',
    } };
  });
}

/** The story states the headline's figure somewhere, same value and dimension. */
function saysFigure(story: TaggedArticle | undefined, head: TaggedArticle, f: Finding): boolean {
  if (!story) return false;
  const figures = head.tags.filter((t): t is NumTag => t.kind === 'num' && head.words[t.from]!.start < f.span.end && f.span.start < head.words[t.to - 1]!.end);
  return figures.length > 0 && figures.every((n) => story.tags.some((t) => t.kind === 'num' && t.value === n.value && t.dimension === n.dimension));
}

// Every day the headline gives in the finding's words is a day its story gives somewhere.
function saysDate(story: TaggedArticle | undefined, head: TaggedArticle, f: Finding): boolean {
  if (!story) return false;
  const days = head.tags.filter((t): t is DateTag => t.kind === 'date' && head.words[t.from]!.start < f.span.end && f.span.start < head.words[t.to - 1]!.end);
  // (a day in another year's form: a wire copy without a year of its own reads "--07-03" for "2027-07-03")
  const day = (v: string): string => (/-\d{2}-\d{2}$/.test(v) ? v.slice(-5) : v);
  return days.length > 0 && days.every((d) => story.tags.some((t) => t.kind === 'date' && day(t.value) === day(d.value)) || namesDay(story, day(d.value)));
}

// The story writes the day "MM-DD" as a day number beside its month's name ("Saturday, July 3", "3 July"), whatever
// date the extractor read there (none, for a weekday and a day it could not place in a year).
function namesDay(story: TaggedArticle, monthDay: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return false;
  return story.words.some((w, k) => monthNumber(w.norm) === Number(m[1]) && [story.words[k - 1], story.words[k + 1]].some((x) => x !== undefined && x.text === String(Number(m[2]))));
}

/** The headline as an article of one sentence, under an id of its own so it never meets its article's body. */
function tagHeadline(article: Article, title: string, order: number): TaggedArticle {
  const range = { start: 0, end: title.length };
  const head: Article = { ...article, id: `${article.id}#headline`, text: title, paragraphs: [range], sentences: [range] };
  const mentions: readonly Mention[] = extractMentions(title, [range], article.published);
  return tagArticle(head, mentions, order, { headline: true });
}

/** One article's wording of a claim as a variant, with its content words' stems; null when it tells none of it. */
type ClaimWording = (claim: Claim, article: string) => { readonly reference: Variant; readonly said: ReadonlySet<string> } | null;

// Each claim's wording in an article, read once for every headline: most headlines are read against the baseline's
// wording of the same claims (thousands of copies' headlines, hundreds of claims' parts in a big bundle).
function claimWordings(claims: readonly Claim[], tagged: ReadonlyMap<string, TaggedArticle>): ClaimWording {
  const read = new Map<Claim, Map<string, ReturnType<ClaimWording>>>();
  return (claim, article) => {
    let own = read.get(claim);
    if (!own) read.set(claim, (own = new Map()));
    if (own.has(article)) return own.get(article)!;
    const found = wordingIn(claim, tagged.get(article));
    own.set(article, found);
    return found;
  };
}

function wordingIn(claim: Claim, t: TaggedArticle | undefined): ReturnType<ClaimWording> {
  if (!t) return null;
  const spans = claim.support.filter((s) => s.article === t.article.id && !inHeading(t.article, s)).sort((a, b) => a.start - b.start);
  const ranges = spans.map((s) => wordRange(t.words, s.start, s.end)).filter((r) => r.to > r.from);
  if (ranges.length === 0) return null;
  const reference = makeVariant(0, t, ranges);
  return { reference, said: new Set(reference.tokens.filter((w) => w.content).map((w) => w.stem)) };
}

/** The claim the headline tells, and the wording it is judged against: the baseline's, else the article's own. */
function bestClaim(
  title: Variant,
  article: Article,
  claims: readonly Claim[],
  wording: ClaimWording,
  baseline: BaselineUsed,
): { claim: Claim; reference: Variant; label: string } | null {
  const stems = new Set(title.tokens.filter((t) => t.content).map((t) => t.stem));
  let best: { claim: Claim; reference: Variant; label: string; score: number } | null = null;
  for (const claim of claims) {
    const against = baseline.article !== null && baseline.article !== article.id && claim.articles.includes(baseline.article)
      ? { id: baseline.article, label: baseline.label ?? 'the source' }
      : claim.articles.includes(article.id) ? { id: article.id, label: 'its own story' } : null;
    if (!against) continue;
    const told = wording(claim, against.id);
    if (!told) continue;
    const { reference, said } = told;
    const shared = [...stems].filter((s) => said.has(s)).length;
    if (shared < MIN_SHARED || shared / stems.size < MIN_SHARE) continue;
    // most of the headline's words in the claim, then the claim more outlets carry (the lead, as a rule)
    const score = shared / stems.size + claim.articles.length / 1000;
    if (!best || score > best.score) best = { claim, reference, label: against.label, score };
  }
  return best && { claim: best.claim, reference: best.reference, label: best.label };
}

/** The map with one entry set, read through without copying it (a headline is compared once per article: a copy of
 * every article's tags for each would cost the square of the bundle). */
function withOne<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  const entries = function* (): MapIterator<[string, V]> {
    for (const [k, v] of map) yield [k, k === key ? value : v];
    if (!map.has(key)) yield [key, value];
  };
  const view: ReadonlyMap<string, V> = {
    get: (k) => (k === key ? value : map.get(k)),
    has: (k) => k === key || map.has(k),
    get size() { return map.size + (map.has(key) ? 0 : 1); },
    entries,
    keys: function* () { for (const [k] of entries()) yield k; } as () => MapIterator<string>,
    values: function* () { for (const [, v] of entries()) yield v; } as () => MapIterator<V>,
    forEach: (fn, thisArg) => { for (const [k, v] of entries()) fn.call(thisArg, v, k, view); },
    [Symbol.iterator]: entries,
  };
  return view;
}
