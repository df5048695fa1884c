/**
 * Roles as data: the head nouns that name a position, an office, a trade or a relation to someone ("minister",
 * "chief executive", "cardiologist", "sister"), and the words of a title that stand before them ("Chief Operating",
 * "Interior", "Attorney"). A role opposite another role for the same person or place is a changed role.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  // offices and posts
  'president', 'vice-president', 'member', 'minister', 'secretary', 'premier', 'chancellor', 'governor', 'mayor', 'senator',
  'representative', 'ambassador', 'envoy', 'commissioner', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director',
  'executive', 'officer', 'manager', 'head', 'chief', 'leader', 'boss', 'spokesman', 'spokeswoman', 'spokesperson', 'founder',
  'co-founder', 'owner', 'partner', 'treasurer', 'controller', 'administrator', 'superintendent', 'inspector', 'auditor',
  'ombudsman', 'regulator', 'prosecutor', 'attorney', 'judge', 'justice', 'magistrate', 'sheriff', 'coroner', 'lawyer',
  'counsel', 'solicitor', 'barrister', 'clerk', 'deputy', 'adviser', 'advisor', 'aide', 'strategist', 'economist',
  'analyst', 'researcher', 'scientist', 'professor', 'lecturer', 'scholar', 'historian', 'author', 'editor', 'dean',
  'rector', 'principal', 'teacher', 'schoolteacher', 'doctor', 'physician', 'surgeon', 'nurse', 'cardiologist',
  'epidemiologist', 'virologist', 'pediatrician', 'psychologist', 'psychiatrist', 'engineer', 'geologist',
  'seismologist', 'meteorologist', 'climatologist', 'architect', 'pilot', 'captain', 'commander', 'general', 'colonel',
  'major', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'constable', 'detective', 'investigator', 'firefighter',
  'paramedic', 'coach', 'manager', 'player', 'striker', 'goalkeeper', 'midfielder', 'defender', 'activist', 'organiser',
  'organizer', 'campaigner', 'negotiator', 'mediator', 'broker', 'trader', 'banker', 'accountant', 'consultant',
  'specialist', 'expert', 'official', 'diplomat', 'mp', 'lawmaker', 'legislator', 'councillor', 'councilor',
  'chairwoman', 'ceo', 'cfo', 'coo', 'cto', 'steward', 'warden', 'foreman', 'supervisor', 'miner', 'worker', 'farmer',
  'driver', 'officer', 'trooper', 'agent', 'marshal', 'ranger', 'chaplain', 'bishop', 'priest', 'imam', 'rabbi',
  // relations to someone
  'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'uncle', 'aunt',
  'cousin', 'niece', 'nephew', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'partner', 'fiancee', 'fiance',
  'girlfriend', 'boyfriend', 'friend', 'neighbour', 'neighbor', 'colleague', 'stepfather', 'stepmother', 'parent',
  'parents', 'sibling', 'relative', 'child',
]);

/** Words that stand in a title before its head and belong to it ("Chief Operating Officer", "District Attorney"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'chief', 'operating', 'financial', 'executive', 'technology', 'information', 'marketing', 'medical', 'scientific',
  'managing', 'general', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'principal', 'lead', 'acting',
  'interim', 'former', 'district', 'state', 'federal', 'regional', 'county', 'city', 'national', 'prime', 'foreign',
  'interior', 'defence', 'defense', 'finance', 'economy', 'economic', 'energy', 'environment', 'environmental',
  'transport', 'health', 'labour', 'labor', 'justice', 'education', 'trade', 'agriculture', 'culture', 'home',
  'police', 'fire', 'rescue', 'public', 'safety', 'security', 'intelligence', 'military', 'army', 'navy', 'chief',
  'attorney', 'supreme', 'high', 'appeals', 'crown', 'food', 'research', 'staff', 'clinical', 'outgoing', 'incoming',
  'caretaker', 'honorary', 'emeritus', 'visiting', 'adjunct', 'head', 'team', 'group', 'union', 'party', 'opposition',
  // portfolios a minister or secretary holds
  'mining', 'mines', 'industry', 'tourism', 'fisheries', 'housing', 'communications', 'infrastructure', 'sport', 'sports',
  'youth', 'family', 'social', 'welfare', 'development', 'planning', 'forestry', 'commerce', 'treasury', 'budget',
  'digital', 'science', 'transportation', 'migration', 'immigration', 'equality', 'veterans', 'aviation', 'maritime',
  'petroleum', 'arts', 'heritage', 'employment', 'climate', 'consumer', 'competition', 'water', 'cabinet',
]);

/** Heads that say only "the one in charge": "head of the army", "army chief" and "army leader" are one post. */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['head', 'chief', 'leader', 'boss']);

/**
 * Posts named by their portfolio, capitalised before the holder's name ("Digital Affairs Minister", "Marine
 * Minister", "Home Secretary"): the capitalised words before such a post are the post's, not a body the holder works for.
 */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'czar', 'tsar']);

/**
 * Heads of posts in charge of a body: "the bank's boss" (or "chief", "head", "leader") may be its chief executive or
 * its chair, never its chief economist or its spokesman.
 */
export const LEADING_HEADS: ReadonlySet<string> = new Set([
  'president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'executive', 'ceo',
  'head', 'chief', 'leader', 'boss', 'founder', 'co-founder', 'owner', 'governor', 'mayor', 'premier', 'chancellor',
  'commissioner', 'commander', 'captain', 'principal', 'dean', 'rector', 'superintendent', 'manager', 'minister',
  'secretary-general', 'administrator', 'proprietor',
]);

/** Nouns of a part of a body: a post over one is told by the part's field ("head of the council's [roads] unit"). */
export const BODY_PARTS: ReadonlySet<string> = new Set(['unit', 'division', 'section', 'branch', 'desk', 'wing', 'directorate', 'secretariat', 'programme', 'program', 'team', 'department', 'office', 'arm']);

/** Rank words that say the same ("ex-minister" is a former minister). */
export const RANK_SAME: Readonly<Record<string, string>> = { ex: 'former', outgoing: 'outgoing', erstwhile: 'former' };

/** Heads that say only that a person knows a field or holds some office: vaguer than any post, never another one. */
export const VAGUE_HEADS: ReadonlySet<string> = new Set(['expert', 'specialist', 'official', 'professional', 'scientist', 'authority', 'veteran', 'insider', 'figure']);

/**
 * Forms of address and military ranks ("Dr", "Prof.", "Gen.", "Colonel"): a person's rank of address, which their post
 * ("head of the army", "director of the clinic") does not replace.
 */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(['doctor', 'professor', 'general', 'colonel', 'major', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'brigadier', 'marshal', 'commodore', 'dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'lord', 'lady']);

/**
 * Nouns WordNet also files under persons that news copy uses for a body or a thing ("the opposition", "a source close
 * to", "the party"): never the head of a person's title (nor are the nouns that point back at a body, ANAPHOR_NOUNS).
 */
export const NOT_PERSON_HEADS: ReadonlySet<string> = new Set(['opposition', 'party', 'authority', 'source', 'minor', 'second', 'force', 'public', 'majority', 'minority', 'native', 'national', 'star']);

/** Abbreviated titles, read as the word they stand for ("Capt." is "captain"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  capt: 'captain', sgt: 'sergeant', gen: 'general', col: 'colonel', lt: 'lieutenant', gov: 'governor', sen: 'senator',
  rep: 'representative', dr: 'doctor', prof: 'professor', insp: 'inspector', det: 'detective', supt: 'superintendent',
  cmdr: 'commander', cllr: 'councillor', adm: 'admiral', maj: 'major', cpl: 'corporal', pres: 'president', amb: 'ambassador', atty: 'attorney',
};

/** Words that make one role two ("former president" is not "president"), read from the rank-qualifier lexicon too. */
export const KIN_HEADS: ReadonlySet<string> = new Set([
  'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'uncle', 'aunt',
  'cousin', 'niece', 'nephew', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'fiancee', 'fiance',
  'girlfriend', 'boyfriend', 'stepfather', 'stepmother', 'parent', 'parents', 'sibling', 'child',
]);

/**
 * Verb forms that tell a post in a relative clause ("Sanna Liefeld, who heads the federation's energy team", "who chairs
 * the residents' association"; the tagger may read "chairs" or "heads" as a noun), each with the post it names: the
 * present tense only, since "who led the petition drive" or "who ran the audit" tells a task done, not a post held.
 */
export const POST_VERBS: Readonly<Record<string, string>> = { chairs: 'chair', heads: 'head', leads: 'leader', directs: 'director', manages: 'manager' };
