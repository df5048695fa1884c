import { HONORIFICS } from '../lexicon/name-parts.ts';

/** Last (or first) words of organisation names. */
export const ORGANIZATION_WORDS = new Set([
  'Inc', 'Corp', 'Corporation', 'Co', 'Ltd', 'LLC', 'PLC', 'Group', 'Company', 'Ministry', 'Agency', 'Party', 'Council', 'University',
  'College', 'Authority', 'Department', 'Committee', 'Commission', 'Bank', 'Association', 'Institute', 'Foundation', 'Court', 'Army',
  'Navy', 'Police', 'Forces', 'Force', 'Office', 'Service', 'Services', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Union',
  'Organization', 'Organisation', 'Academy', 'Administration', 'Directorate', 'Bureau', 'Board', 'Fund', 'Federation', 'Guard',
  'Times', 'Post', 'Journal', 'News', 'Tribune', 'Herald', 'Network', 'Reuters', 'Press', 'Hospital', 'School', 'Church', 'Cabinet',
  'Pentagon', 'Kremlin', 'Command', 'Coalition', 'Alliance', 'Movement', 'Front', 'Center', 'Centre', 'Club', 'Society', 'Trust',
]);

/** Titles and roles that mark the next name as a person's. */
export const PERSON_TITLES = new Set([
  ...HONORIFICS, 'president',
  'senator', 'representative', 'governor', 'secretary', 'minister', 'premier', 'chancellor', 'mayor', 'judge', 'justice',
  'ambassador', 'general', 'professor', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'historian',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'leader', 'chief', 'director', 'commander', 'envoy', 'dictator',
  'officer', 'author', 'lawyer', 'attorney', 'activist', 'singer', 'actor', 'actress', 'coach', 'ceo', 'chairman', 'chairwoman',
  'founder', 'expert', 'researcher', 'scholar', 'adviser', 'advisor', 'aide', 'strategist', 'deputy', 'vice', 'speaker', 'leader',
]);
