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
  /** For "he said" / "she said": the person credited by name a few sentences before, whom the pronoun points back at. */
  readonly antecedent?: { readonly key: string; readonly words: readonly string[] };
  /** For "the union said" / "the ministry said": the body its article named before with that noun in its name. */
  readonly referent?: { readonly key: string; readonly words: readonly string[] };
}
