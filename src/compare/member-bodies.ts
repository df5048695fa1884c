// Heads of bodies that speak for members of another ("the police union", "the Police Officers' Association", "the
// teachers' federation"), as data: a word before one of these names the members, not the body that speaks, so "police"
// in "the Halvern Police Officers' Association" is no shared name with "police said".
export const MEMBER_BODY_HEADS: ReadonlySet<string> = new Set([
  'union', 'unions', 'association', 'associations', 'federation', 'guild', 'league', 'brotherhood', 'fraternity',
  'fraternal', 'syndicate', 'lobby', 'caucus',
]);

/** The words of a credit that name who speaks: those followed, within three words, by a member body's head are left out. */
export function speakerWords(words: readonly string[]): string[] {
  return words.filter((_, i) => !words.slice(i + 1, i + 4).some((w) => MEMBER_BODY_HEADS.has(w)));
}
