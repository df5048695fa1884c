import type { Article } from './article.ts';
import type { Span } from './span.ts';

/** Kinds of divergence between an outlet's version of a claim and the others'. */
export type DivergenceKind =
  | 'number'
  | 'date'
  | 'quantifier'
  | 'attribution'
  | 'hedge'
  | 'quote'
  | 'entity'
  | 'detail_added'
  | 'detail_dropped'
  | 'meaning'
  | 'framing';

export type Severity = 'low' | 'medium' | 'high';

/** One claim, carried by one or more articles; `support` holds each article's wording. */
export interface Claim {
  readonly id: string;
  /** A representative wording (the most central variant). */
  readonly text: string;
  readonly articles: readonly string[];
  readonly support: readonly Span[];
  /**
   * How the articles carrying it tell it (two or more): `alike` when every wording says it in the same words up to
   * equivalent forms and order, `reworded` when they differ in words but no change was found, `changed` when
   * some divergence was.
   */
  readonly told?: Told;
  /**
   * What its wordings were diffed and judged against: the baseline version when it carries the claim (`article`, and
   * `why` it is the baseline), else most of the outlets carrying it (`article` null). Absent for a claim one version carries.
   */
  readonly baseline?: ClaimBaseline;
}

/**
 * Why a version is the baseline: it is the wire's own copy, the earliest version shown to be the origin the others
 * took their text from, the earliest published version (asked for), or the one the user named.
 */
export type BaselineWhy = 'wire copy' | 'origin' | 'earliest' | 'chosen';

/** The reference of one claim: the baseline version's wording, or the majority's where the baseline lacks the claim. */
export interface ClaimBaseline {
  readonly article: string | null;
  readonly why: BaselineWhy | 'most outlets';
}

/** How a shared claim's wordings compare. */
export type Told = 'alike' | 'reworded' | 'changed';

/**
 * What the wordings were judged against: the wire's copy, the earliest version, one article the user chose
 * (`article` names it; null when the bundle holds none of that kind), or the majority.
 */
export interface BaselineUsed {
  readonly mode: 'wire' | 'origin' | 'earliest' | 'majority' | 'article';
  readonly article: string | null;
  /** How findings name it: "the Reuters wire", "the earliest version (Daily Courier)". */
  readonly label: string | null;
  /** Why `article` is the baseline (set by the pipeline from `mode`); null when there is none and most outlets judge. */
  readonly why?: BaselineWhy | null;
  /**
   * The evidence in words, for every view: why this version is the baseline ("3 of 4 others credit it by name"), or
   * why there is none ("the bundle holds no wire copy, and nothing shows the earliest version is the origin").
   */
  readonly reason?: string;
}

/** A finding: how one article's version of a claim departs from the others'. */
export interface Divergence extends Span {
  readonly id: string;
  readonly claim: string;
  readonly kind: DivergenceKind;
  readonly severity: Severity;
  readonly message: string;
  /** The corresponding words in the other outlets. */
  readonly versus: readonly Span[];
  /** What it was judged against: the baseline article, most of the others, or the one other wording. */
  readonly basis?: 'source' | 'majority' | 'pair';
  /** Machine-readable detail: what this article says and what the others say. */
  readonly actual?: string;
  readonly expected?: string;
}

/** A credited origin (wire, outlet, source) with the articles that credit it. */
export interface Origin {
  readonly name: string;
  readonly kind: 'wire' | 'outlet' | 'counted' | 'named' | 'described' | 'document' | 'unspecified';
  readonly articles: readonly string[];
  readonly evidence: readonly Span[];
}

/** A likely copying: `to` reuses wording of `from` beyond what every outlet took from the common source. */
export interface CopyEdge {
  readonly from: string;
  readonly to: string;
  /** Share of `to`'s word 8-grams found verbatim in `from` and in few other articles, 0..1. */
  readonly score: number;
  /** The passages of `to` that repeat `from` word for word. */
  readonly evidence: readonly Span[];
}

/**
 * How an article ran another's text: word for word (`same`, after cleaning), the opening part of it (`prefix`), or
 * the same text but for a few words (`near`).
 */
export type CopyHow = 'same' | 'prefix' | 'near';

/** Articles that ran one version's text: one version however many outlets ran it, each outlet listed. */
export interface CopyGroup {
  /** The version: the earliest published (then the fullest) of the articles that ran this text. */
  readonly version: string;
  readonly copies: readonly { readonly article: string; readonly how: CopyHow; readonly share: number }[];
}

/** An article of the bundle left out of the comparison because it tells another story. */
export interface SetAside {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** The story it tells (its id, as `wiretrace stories` lists it) and that story's title. */
  readonly story: string;
  readonly storyTitle: string | null;
}

/**
 * An article of the story written in another language than the one compared: grouped into the story by what crosses
 * languages (names, places, figures, dates), listed, and never aligned word by word with the compared versions.
 */
export interface NotCompared {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Its language tag, as detected or declared ("es", "pt-BR"). */
  readonly language: string;
  /** The rarest names, places, figures (`#:`) and dates (`d:month-day`) it shares with the story (empty when unknown). */
  readonly shared: readonly string[];
}

/** The whole analysis of a bundle: what `analyze --json` prints. */
export interface Report {
  readonly schema: string;
  readonly articles: readonly Article[];
  readonly claims: readonly Claim[];
  readonly divergences: readonly Divergence[];
  readonly unique: readonly Span[];
  readonly origins: readonly Origin[];
  /** Who likely copied whom, strongest first. */
  readonly copying: readonly CopyEdge[];
  /** What the wordings were judged against. */
  readonly baseline?: BaselineUsed;
  /** Exact and near-exact copies: each counts once, with its version, in how many outlets carry a claim. */
  readonly copies?: readonly CopyGroup[];
  /** Articles of the bundle that tell another story, left out of the comparison (none with `--keep-all`). */
  readonly setAside?: readonly SetAside[];
  /** The language the versions were compared in (a primary subtag, "en"): the story's main one; null when unknown. */
  readonly comparedLanguage?: string | null;
  /** Articles of the story in other languages: same story, not compared. */
  readonly notCompared?: readonly NotCompared[];
}

/** The schema id printed in every report. */
export const REPORT_SCHEMA = 'https://wiretrace.dev/schema/report-1.json';

/** Every span a report holds (claim support, divergences and their counterparts, outlet-only passages, origin and copying evidence). */
/** The row an outlet-only passage stands in, in the matrix and as the `claim` of a finding filed under it. */
export function passageRow(passage: Pick<Span, 'article' | 'start'>): string {
  return `unique:${passage.article}:${passage.start}`;
}

/** True for a finding (or a row) filed under an outlet-only passage rather than a claim. */
export function onPassage(claim: string): boolean {
  return claim.startsWith('unique:');
}

export function spansOfReport(report: Pick<Report, 'claims' | 'divergences' | 'unique' | 'origins' | 'copying'>): Span[] {
  return [
    ...report.claims.flatMap((c) => c.support),
    ...report.divergences.flatMap((d) => [d, ...d.versus]),
    ...report.unique,
    ...report.origins.flatMap((o) => o.evidence),
    ...report.copying.flatMap((c) => c.evidence),
  ];
}
