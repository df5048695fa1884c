/** Abbreviated and courtesy titles written before a person's name ("Mr", "Dr.", "Sgt"), lower-cased: never part of it. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm',
];

/** Lower-case words that join the capitalised words of one name ("Bank of England", "Leonardo da Vinci", "bin Salman"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', '&']);
