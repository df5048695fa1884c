import { TITLE_ABBREVIATIONS } from './roles.ts';

/**
 * Titles written before a person's name, lower-cased, never part of it: courtesy titles ("Mr", "Rev."), plurals
 * ("Sens."), and the abbreviated titles of the role lexicon ("Capt.", "Sgt", "Dr").
 */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'rev', 'sens', 'reps', ...Object.keys(TITLE_ABBREVIATIONS)];

/** Lower-case words that join the capitalised words of one name ("Bank of England", "Leonardo da Vinci", "bin Salman"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', '&']);

/** A company's legal form written after its name ("Bloomberg L.P.", "Harbor Daily Media, Inc."), full stops left off. */
export const LEGAL_FORMS: readonly string[] = ['Inc', 'LP', 'L.P', 'LLC', 'L.L.C', 'Ltd', 'Limited', 'plc', 'PLC', 'GmbH', 'AG', 'S.A', 'SA', 'Corp', 'Corporation', 'Co'];
