import { HONORIFICS } from '../lexicon/name-parts.ts';

// Titles and roles written before a person's name ("Captain Andras Feher", "Survivor Mirela Dascu", "Detective
// Inspector Ruth Bale"): not part of the name an origin goes by. Data only. Words that open names of organisations
// too ("General Motors", "Major League Baseball", "Chief Executives' Forum") are left out.
export const NAME_TITLES: readonly string[] = [
  ...HONORIFICS,
  'captain', 'colonel', 'lieutenant', 'sergeant', 'corporal', 'commander', 'admiral',
  'inspector', 'detective', 'constable', 'superintendent', 'commissioner', 'officer',
  'survivor', 'witness', 'eyewitness', 'resident', 'rescuer', 'firefighter', 'paramedic', 'passenger', 'driver', 'pilot',
  'nurse', 'doctor', 'professor', 'father', 'sister', 'brother', 'reverend',
  'coach', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'governor', 'senator', 'minister',
  'president', 'judge', 'justice', 'ambassador', 'secretary', 'chancellor', 'premier',
];
