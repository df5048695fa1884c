import type { Range, RemovalReason } from '../../model/index.ts';

/** What a kept unit is: reporting text, or a section heading kept as its own paragraph. */
export type UnitRole = 'body' | 'heading';

/**
 * One logical line of the page (wrapped source lines already joined): the unit every rule
 * judges. `pieces` are its verbatim ranges of the raw body; the clean text joins them with a space.
 */
export interface Unit {
  readonly text: string;
  readonly pieces: readonly Range[];
  /** A blank line (or the start of the page) comes before this unit in the source. */
  readonly blankBefore: boolean;
  readonly role: UnitRole;
  /** Set once a rule takes the unit out of the text. */
  readonly removed?: RemovalReason;
}

/** Metadata the rules have read so far; the first rule to find a field wins. */
export interface TextMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /**
   * The company a copyright line names ("Velmar Post Media Group"): the outlet only when no line of the page names
   * the outlet itself (a masthead, a staff byline, a title's " | Site" tail).
   */
  readonly owner?: string | null;
}

/** The state that flows through the ordered list of text rules. */
export interface TextState {
  readonly units: readonly Unit[];
  readonly meta: TextMeta;
}

/** A rule of the plain-text cleaner: one pure step over the state. */
export type TextRule = (state: TextState) => TextState;
