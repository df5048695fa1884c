/** Who one wording credits, in a form that can be matched across outlets. */
export interface Credit {
  readonly start: number;
  readonly end: number;
  /** wire, outlet, anonymous, named, pronoun, document, unspecified. */
  readonly family: string;
  readonly key: string;
  readonly count?: number;
  /** The source's own words, lower-cased ("a", "former", "intelligence", "official"). */
  readonly words: readonly string[];
}
