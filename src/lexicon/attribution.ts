import { WIRE_NAMES } from './wires.ts';

/** Words that credit a statement to someone, as data: wires, outlets, cue verbs, source nouns. */
export const ATTRIBUTION_LEXICON = {
  /** Wire agencies: key and every name they go by ({@link WIRE_NAMES}). */
  wires: WIRE_NAMES.map((w) => ({ key: w.key, names: w.forms })),
  /** Last words that mark a news outlet's name ("The Washington Post", "Fox News"). */
  outletHeads: ['Times', 'Post', 'Journal', 'News', 'Tribune', 'Herald', 'Gazette', 'Guardian', 'Telegraph', 'Independent', 'Economist', 'Chronicle', 'Globe', 'Observer', 'Mirror', 'Express', 'Examiner', 'Inquirer', 'Reporter', 'Magazine', 'Radio', 'Television', 'TV', 'Network', 'Newsweek', 'Axios', 'Politico', 'Reuters'],
  /** Outlets known by a bare name or acronym. */
  outlets: ['CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'MSNBC', 'NPR', 'PBS', 'Fox', 'Politico', 'Axios', 'Bloomberg', 'Al Jazeera', 'Le Monde', 'El País', 'Der Spiegel', 'Newsweek', 'Breitbart', 'BuzzFeed', 'HuffPost', 'Vox', 'CNBC', 'Sky News', 'Deutsche Welle', 'DW', 'France 24', 'RT', 'Semafor', 'ProPublica'],
  /** Verb lemmas that introduce reported speech or a stated position. */
  speechVerbs: [
    'say', 'tell', 'report', 'confirm', 'claim', 'add', 'note', 'warn', 'state', 'announce', 'write', 'tweet', 'post',
    'explain', 'argue', 'suggest', 'insist', 'acknowledge', 'admit', 'allege', 'assert', 'contend', 'declare',
    'deny', 'dispute', 'emphasize', 'emphasise', 'stress', 'reiterate', 'repeat', 'recall', 'reply', 'respond',
    'answer', 'ask', 'caution', 'charge', 'accuse', 'complain', 'concede', 'conclude', 'continue', 'describe',
    'disclose', 'reveal', 'estimate', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'demand', 'call',
    'criticize', 'criticise', 'praise', 'blame', 'mention', 'observe', 'point', 'remark', 'quip', 'joke', 'signal',
    'indicate', 'show', 'find', 'cite', 'quote', 'testify', 'inform', 'brief', 'announce', 'counter', 'retort',
    'maintain', 'propose', 'recommend', 'advise', 'forecast', 'project', 'calculate', 'speculate', 'agree',
    'decline', 'refuse', 'dismiss', 'reject', 'defend', 'denounce', 'condemn', 'question', 'wonder', 'boast',
    'lament', 'concur', 'echo', 'shout', 'chant', 'exclaim', 'whisper', 'muse', 'predict', 'hint', 'imply',
    'assure', 'reassure', 'notify', 'acknowledge', 'elaborate', 'clarify', 'specify', 'contend', 'posit', 'opine',
    'attest', 'verify', 'corroborate', 'document', 'highlight', 'underscore', 'stress', 'tout', 'decry', 'slam',
    'blast', 'lash', 'rip', 'mock', 'ridicule', 'attack', 'endorse', 'support', 'oppose', 'welcome', 'applaud',
  ],
  /** Verb lemmas of stance or belief: attributions when a clause follows ("X believes that ..."). */
  beliefVerbs: ['think', 'believe', 'feel', 'know', 'hope', 'fear', 'expect', 'worry', 'doubt', 'suspect', 'want', 'wish', 'see', 'consider', 'understand', 'assume', 'guess', 'reckon', 'figure', 'realize', 'realise', 'recognize', 'recognise', 'plan', 'intend', 'seem', 'appear'],
  /** Nouns heading a document or publication used as a source ("the report", "a statement"). */
  documentNouns: ['report', 'reports', 'statement', 'statements', 'document', 'documents', 'study', 'studies', 'poll', 'polls', 'survey', 'surveys', 'memo', 'memos', 'letter', 'letters', 'filing', 'filings', 'investigation', 'analysis', 'data', 'record', 'records', 'email', 'emails', 'e-mail', 'e-mails', 'release', 'communique', 'communiqué', 'indictment', 'complaint', 'lawsuit', 'ruling', 'audit', 'review', 'transcript', 'tally', 'count', 'figures', 'estimates', 'census', 'cable', 'cables', 'dossier', 'assessment', 'paper', 'article', 'post', 'tweet', 'video', 'footage', 'website', 'notice', 'notices', 'bulletin', 'circular', 'directive', 'report’s', "report's"],
  /** Nouns heading a described (unnamed) person or group ("a senior official", "diplomats"). */
  personNouns: ['source', 'sources', 'official', 'officials', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'diplomat', 'diplomats', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'witness', 'witnesses', 'resident', 'residents', 'locals', 'villagers', 'neighbours', 'neighbors', 'eyewitness', 'eyewitnesses', 'bystander', 'bystanders', 'onlooker', 'onlookers', 'insider', 'insiders', 'executive', 'executives', 'lawmaker', 'lawmakers', 'investigator', 'investigators', 'officer', 'officers', 'employee', 'employees', 'member', 'members', 'staffer', 'staffers', 'critic', 'critics', 'supporter', 'supporters', 'activist', 'activists', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'economist', 'economists', 'researcher', 'researchers', 'scientist', 'scientists', 'doctor', 'doctors', 'minister', 'ministers', 'negotiator', 'negotiators', 'representative', 'representatives', 'leader', 'leaders', 'military', 'authorities', 'police', 'government', 'administration', 'ministry', 'agency', 'department', 'campaign', 'company', 'spokesmen', 'spokeswomen', 'strategist', 'strategists', 'operative', 'operatives', 'voter', 'voters', 'man', 'woman', 'men', 'women', 'contact', 'contacts', 'figure', 'figures'],
  /** Nouns that count anonymous sources when preceded by a number ("four people familiar ..."). */
  countedNouns: ['source', 'sources', 'person', 'people', 'official', 'officials', 'diplomat', 'diplomats', 'insider', 'insiders', 'individual', 'individuals', 'contact', 'contacts', 'witness', 'witnesses'],
  /** Personal pronouns that can be a source. */
  pronouns: ['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that'],
  /** Adverbs and phrases that attribute without naming anyone. */
  unspecified: ['reportedly', 'purportedly', 'allegedly', 'supposedly', 'ostensibly', 'it is said', 'it was said', 'it is reported', 'it was reported', 'it is believed', 'it was believed', 'it is understood', 'it is thought', 'it is claimed', 'it is alleged', 'is said to', 'are said to', 'was said to', 'were said to', 'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is reported to', 'are reported to', 'was reported to', 'were reported to', 'is thought to', 'are thought to', 'is alleged to', 'are alleged to', 'is understood to', 'are understood to', 'is rumored to', 'is rumoured to'],
} as const;
