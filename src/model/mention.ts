import type { Range } from './span.ts';

/** What an extractor found in a sentence. Offsets are into the article's clean text. */
export type Mention =
  | EntityMention
  | NumberMention
  | DateMention
  | QuoteMention
  | AttributionMention
  | HedgeMention
  | QuantifierMention
  | NegationMention;

interface MentionBase extends Range {
  /** The words covered, `text.slice(start, end)`. */
  readonly text: string;
}

export interface EntityMention extends MentionBase {
  readonly kind: 'entity';
  readonly type: 'person' | 'organization' | 'place' | 'other';
  /** Normalised name used to match across articles ("U.S." and "US" -> "us"). */
  readonly key: string;
  /** "former president", "associate professor of history at ...", when the text gives one. */
  readonly descriptor?: Range & { readonly text: string };
}

export interface NumberMention extends MentionBase {
  readonly kind: 'number';
  readonly value: number;
  /** The counted thing, lemmatised ("source"), or the unit as the lexicon names it ("percent", "dollar"), when found. */
  readonly unit?: string;
  /** The phrase bounding it, as the lexicon's figure modifiers write it ("at least", "about", "as many as"), or "ordinal". */
  readonly modifier?: string;
}

export interface DateMention extends MentionBase {
  readonly kind: 'date';
  /** Normalised against the article's date: "2026-01-03", "2026-01", "2025-12-mid". */
  readonly value: string;
  readonly granularity: 'day' | 'month' | 'year' | 'part-of-month' | 'part-of-year' | 'week';
}

export interface QuoteMention extends MentionBase {
  readonly kind: 'quote';
  /** The quoted words without the marks. */
  readonly content: Range & { readonly text: string };
  readonly speaker?: Range & { readonly text: string };
}

/** Who a statement is credited to. */
export type SourceType =
  | 'wire' // Reuters, AP, AFP ...
  | 'outlet' // another news outlet
  | 'counted' // "11 sources", "four people familiar with the matter"
  | 'named' // a named person or organisation
  | 'described' // "a former intelligence official"
  | 'document' // "the report", "a statement"
  | 'unspecified'; // "reportedly", "it is said"

export interface AttributionMention extends MentionBase {
  readonly kind: 'attribution';
  readonly source: Range & { readonly text: string };
  readonly cue: Range & { readonly text: string };
  readonly sourceType: SourceType;
  /** Normalised key for matching the same source across articles ("reuters", "sources:11"). */
  readonly key: string;
  /** For counted sources. */
  readonly count?: number;
}

export interface HedgeMention extends MentionBase {
  readonly kind: 'hedge';
  /** The cue as the lexicon's scales write it ("reportedly", "may", "believed to", "it is unclear whether"). */
  readonly cue: string;
}

export interface QuantifierMention extends MentionBase {
  readonly kind: 'quantifier';
  /** The word as the lexicon's quantity scale writes it ("some", "several", "dozens of", "all", "no"). */
  readonly word: string;
  /** Its rank on that scale as 0 (none) .. 1 (all), so "some" -> "all" reads as a strengthening. */
  readonly strength: number;
}

export interface NegationMention extends MentionBase {
  readonly kind: 'negation';
}
