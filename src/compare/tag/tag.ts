/**
 * Tags: what one pass over an article's words reads off them, each over a range of word indices `[from, to)`.
 * Every later step of compare (collation, typers, checks) reads these tags and nothing else of the words' meaning.
 */
export type Tag = NumTag | DateTag | TimeTag | NameTag | RoleTag | CreditTag | QuoteTag | ScaleTag | PolarityTag | LoadedTag | EventTag | QualifierTag;

interface TagBase {
  /** First word index. */
  readonly from: number;
  /** One past the last word index. */
  readonly to: number;
}

/** A figure: "at least 48 people", "$2bn", "14,200 hectares", "half". */
export interface NumTag extends TagBase {
  readonly kind: 'num';
  /** The figure as written, after scale words ("1.2 million" -> 1200000). */
  readonly value: number;
  /** The figure in its dimension's base unit, for comparing "90 minutes" with "an hour and a half". */
  readonly base: number;
  /** "length", "duration", "money:euro", "percent", "count", ... */
  readonly dimension: string;
  /** The unit's own name ("hectare", "km/h"), when one is written. */
  readonly unit?: string;
  /** Stem of the counted noun ("peopl", "bag"), when no unit is written. */
  readonly counted?: string;
  /** "lower": at least / more than; "upper": up to / as many as / at most; "below": nearly / almost; "approx": about. */
  readonly bound?: 'lower' | 'upper' | 'below' | 'approx';
  /** The bound leaves the figure itself out ("more than", "under"), where "at least" and "up to" take it in. */
  readonly strict?: true;
  /** The bound gives the figure as an estimate ("an estimated 3,800"): no one counted it. */
  readonly estimate?: true;
  /** The period the figure is counted over ("a year", "per night": "year", "night"). */
  readonly per?: string;
  /** Word index of the figure itself. */
  readonly at: number;
  /** An ordinal ("third") or a rank ("No. 5"): a position, not an amount. */
  readonly ordinal?: true;
  /** A conversion set in brackets after another figure ("€3.2 billion ($3.5 billion)"): the same amount restated. */
  readonly conversion?: true;
  /** In a wording cut out of a longer sentence, the figure itself lies outside it (only its unit or noun is inside). */
  readonly outside?: true;
}

/** A date, normalised against the article's date: "2026-01-03", "2026-01", "--01-03". */
export interface DateTag extends TagBase {
  readonly kind: 'date';
  readonly value: string;
  /** Told against the time of writing ("last week", "within 30 days"): read as a date, never set against another. */
  readonly relative?: true;
}

/** A time of day. */
export interface TimeTag extends TagBase {
  readonly kind: 'time';
  readonly minutes: number;
  readonly certain: boolean;
  /** The zone the time is given in ("gmt", "est", "local"), when written. */
  readonly zone?: string;
}

/** A proper name: a run of capitalised words the tagger reads as names. */
export interface NameTag extends TagBase {
  readonly kind: 'name';
  /** Lower-cased normalised words, joined ("gail torrance"). */
  readonly key: string;
}

/** A role or job title ("Chief Executive", "district attorney", "Environment Minister", "his sister"). */
export interface RoleTag extends TagBase {
  readonly kind: 'role';
  /** The role's canonical name when the lexicon knows it, else its words ("environment minister"). */
  readonly key: string;
  /** Its qualifier of rank ("former", "deputy", "associate"), when written. */
  readonly rank?: string;
  /** A courtesy title before a name ("Dr Ferrand", "Prof. Lind"): a form of address, not the person's job. */
  readonly courtesy?: true;
  /**
   * The field a post in charge runs when it is a part of a body, named after "of" ("head of [policy]", "director of
   * [licensing]", "head of the council's [roads] unit"): the stems of its words.
   */
  readonly field?: readonly string[];
}

/** Who a statement is credited to, and the words of saying. */
export interface CreditTag extends TagBase {
  readonly kind: 'credit';
  /** wire, listener, anonymous, named, body, pronoun, document, described, unspecified. */
  readonly family: string;
  readonly key: string;
  readonly count?: number;
  /** The source's own words, lower-cased. */
  readonly words: readonly string[];
  /** For "he said" / "she said": the person credited by name a few sentences before, whom the pronoun points back at. */
  readonly antecedent?: { readonly key: string; readonly words: readonly string[] };
  /** For "the union said" / "the ministry said": the body its article named before with that noun in its name ("the Ardalian Bus Workers' Union"). */
  readonly referent?: { readonly key: string; readonly words: readonly string[] };
}

/** A quotation's words (marks excluded). */
export interface QuoteTag extends TagBase {
  readonly kind: 'quote';
  /** The rendering marks a cut ("...", "[...]"). */
  readonly elided: boolean;
  /** Where the extractor's speaker of it stands in the article (in its sentence or, for a quotation going on, before). */
  readonly speaker?: { readonly start: number; readonly end: number };
}

/** A word on an ordered scale: how many, how sure, how firmly found, how causal, how often, how far along. */
export interface ScaleTag extends TagBase {
  readonly kind: 'scale';
  readonly scale: ScaleName;
  /** Position on the scale; words of one rank are interchangeable. */
  readonly rank: number;
  readonly word: string;
  /** Loose words ("a number of", "part of") that agree with their neighbours on the scale. */
  readonly loose?: true;
  /** A hedge that credits an unnamed source ("reportedly", "allegedly"). */
  readonly attributive?: true;
  /** A plain statement of certainty ("will"): no hedge, as sure as no word at all. */
  readonly plain?: true;
  /** A word of the scale only against another of it ("can", "should"): alone it may tell ability, leave or advice. */
  readonly facing?: true;
  /** A party's charge ("accused ... of", "alleged"): as a verb, it credits the statement to whoever makes it. */
  readonly charge?: true;
  /** A word that tells a finding or a figure as not yet final ("preliminary figures"), before the noun of what was found. */
  readonly finding?: true;
}

export type ScaleName = 'quantity' | 'certainty' | 'finding' | 'causal' | 'frequency' | 'period' | 'stage';

/** A word that denies: a negator ("not", "never", "no") or a verb or phrase of denial ("denied", "failed to"). */
export interface PolarityTag extends TagBase {
  readonly kind: 'polarity';
  readonly word: string;
  /** "grammatical" negators flip what follows; "lexical" ones deny by meaning. */
  readonly type: 'grammatical' | 'lexical';
}

/** A loaded or evaluative word. */
export interface LoadedTag extends TagBase {
  readonly kind: 'loaded';
  readonly strength: 1 | 2;
  /** The idiom of the lexicon the words tell (`LOADED_PHRASES`), when they are one. */
  readonly phrase?: string;
}

/** A verb of an event, with the synonym groups it belongs to and the rival class it stands in. */
export interface EventTag extends TagBase {
  readonly kind: 'event';
  readonly lemma: string;
  readonly groups: readonly number[];
  /** `${pair}:${side}` for each rival pair the verb is on a side of ("0:a"). */
  readonly rivals: readonly string[];
  /** "change" (rose, cut) or "steady" (unchanged, similar), when the lexicon says. */
  readonly motion?: 'change' | 'steady';
  /** "held" (remained, kept, still) or "changed" (suspended, discharged, no longer), when the lexicon says: a state told as going on or ended. */
  readonly state?: 'held' | 'changed';
  /** A party's answer to a report: deny, decline, confirm. */
  readonly response?: string;
}

/** A word that limits, widens, bases or conditions what is said ("preliminary", "permanently", "including debt", "although"). */
export interface QualifierTag extends TagBase {
  readonly kind: 'qualifier';
  readonly type: 'limit' | 'widen' | 'basis' | 'caveat' | 'condition';
  readonly word: string;
}

/** The tag kinds, for filtering. */
export type TagKind = Tag['kind'];

/** Narrow a list of tags to one kind. */
export function tagsOfKind<K extends TagKind>(tags: readonly Tag[], kind: K): Extract<Tag, { kind: K }>[] {
  return tags.filter((t): t is Extract<Tag, { kind: K }> => t.kind === kind);
}
