/** A language tag's primary subtag, lower case ("pt-BR" -> "pt"); null for none. */
export function primaryLanguage(tag: string | null): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/**
 * The languages of some articles by primary subtag, most articles first (then in order of first appearance); an
 * article whose language is unknown counts as none.
 */
export function languagesOf(articles: readonly { readonly language: string | null }[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const language = primaryLanguage(a.language);
    if (language !== null) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}

/**
 * The language most of a story's articles are written in, or null when none is known. On a tie, English: the
 * comparison's vocabulary (hedges, credits, scales) is English, so English versions are the ones it can judge.
 */
export function mainLanguage(articles: readonly { readonly language: string | null }[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const language = primaryLanguage(a.language);
    if (language !== null) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = languagesOf(articles);
  const top = ranked[0];
  return top === undefined ? null : counts.get('en') === counts.get(top) ? 'en' : top;
}
