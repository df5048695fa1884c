const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A language tag in English words ("es" -> "Spanish", "pt-BR" -> "Brazilian Portuguese"); the tag itself when unknown. */
export function languageName(tag: string): string {
  if (tag === 'unknown') return 'language unknown';
  try {
    return NAMES.of(tag) ?? tag;
  } catch {
    // not a well-formed tag: shown as given
    return tag;
  }
}
