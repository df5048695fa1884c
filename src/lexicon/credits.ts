import { ATTRIBUTION_LEXICON } from './attribution.ts';

/** Words that credit a statement to someone, as data, for reading credits the extractor did not mark. */
export const CREDIT_LEXICON = {
  /** Wire agencies by every name they go by, lower-cased ("associated press" -> "ap"): the names of {@link ATTRIBUTION_LEXICON}. */
  wires: Object.fromEntries(ATTRIBUTION_LEXICON.wires.flatMap((w) => w.names.map((n) => [n.toLowerCase(), w.key]))) as Record<string, string>,
  /** Verb forms that introduce who said something. */
  cues: ['said', 'says', 'say', 'told', 'tells', 'tell', 'states', 'stated', 'state', 'reports', 'reported', 'report', 'added', 'adds', 'noted', 'notes', 'claims', 'claimed', 'confirmed', 'confirms', 'cited', 'cites', 'citing', 'quoted', 'quoting', 'believes', 'believe', 'maintain', 'maintains', 'insisted', 'insists', 'wrote', 'writes', 'announced', 'announces', 'warned', 'warns', 'revealed', 'explained', 'acknowledged', 'admitted', 'argued', 'suggested', 'estimated', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'declared', 'declares', 'stressed', 'stresses', 'denied', 'denies', 'urged', 'urges', 'threatened', 'threatens', 'asserted', 'asserts', 'alleged', 'alleges', 'allege', 'testified', 'tweeted', 'posted', 'emphasized', 'emphasised', 'replied', 'responded', 'conceded', 'recalled', 'predicted', 'expressed', 'disclosed'],
  /**
   * Verbs that credit a statement only to a document or an estimator set before them: "the regulator's figures
   * showed", "a survey by the union found", "the council estimates" (elsewhere "found" and "shows" tell acts).
   */
  findings: ['show', 'shows', 'showed', 'shown', 'found', 'finds', 'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'estimates', 'estimate', 'concluded', 'concludes', 'put', 'puts'],
  /** Of {@link findings}, the verbs any source may govern: an estimate is told by a body or a person as well. */
  estimating: ['estimates', 'estimate', 'puts', 'put'],
  /** Cues whose object is the source: "citing three officials", "the report cites 11 sources". */
  citing: ['cites', 'citing', 'quoting'],
  /** Words naming anonymous people who give information. */
  anonymous: ['source', 'sources', 'official', 'officials', 'person', 'people', 'expert', 'experts', 'analyst', 'analysts', 'diplomat', 'diplomats', 'aide', 'aides', 'insider', 'insiders', 'witness', 'witnesses', 'observer', 'observers', 'individuals', 'individual', 'contacts', 'contact', 'investigators', 'detectives', 'residents', 'locals', 'villagers', 'neighbours', 'neighbors', 'eyewitnesses', 'bystanders', 'onlookers', 'spokesperson', 'spokesman', 'spokeswoman'],
  /** Bodies that speak as one ("the ministry said", "police said"). */
  bodies: ['government', 'governments', 'authority', 'ministry', 'police', 'military', 'army', 'authorities', 'administration', 'office', 'company', 'firm', 'agency', 'department', 'council', 'court', 'party', 'union', 'embassy', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'regulator', 'prosecutors', 'prosecutor', 'lawyer', 'lawyers', 'group', 'team', 'club', 'board', 'committee', 'commission', 'bank', 'airline', 'hospital', 'school', 'university', 'manager', 'chief', 'director', 'governor', 'mayor', 'leader', 'leaders', 'analysts', 'economists', 'researchers', 'scientists', 'doctors', 'residents', 'witnesses', 'activists', 'critics', 'officials'],
  documents: ['report', 'reports', 'statement', 'statements', 'document', 'documents', 'study', 'survey', 'poll', 'investigation', 'analysis', 'memo', 'letter', 'filing', 'data', 'records', 'figures', 'release', 'results', 'findings', 'paper', 'notice', 'filing', 'ruling', 'judgment', 'judgement', 'verdict'],
  /** People who produce a document: "the researchers" and "the study" credit one source. */
  producers: ['researchers', 'researcher', 'authors', 'author', 'scientists', 'scientist', 'investigators', 'team', 'analysts', 'judges', 'judge', 'court'],
  pronouns: ['he', 'she', 'they', 'we', 'i', 'it'],
  /**
   * Phrases that say a source is kept unnamed on purpose ("who spoke on condition of anonymity", "who asked not to be
   * named", "a person familiar with the talks"): the source is told as unnamed, not merely left undescribed.
   */
  unnamed: ['on condition of anonymity', 'on condition that they not be named', 'on condition that he not be named', 'on condition that she not be named', 'not to be named', 'not to be identified', 'declined to be named', 'declined to be identified', 'not authorised to', 'not authorized to', 'familiar with', 'with knowledge of', 'briefed on', 'close to the', 'anonymously', 'unnamed'],
  /** Adverbs that credit a statement without naming anyone: the one-word phrases of {@link ATTRIBUTION_LEXICON}. */
  unspecified: ATTRIBUTION_LEXICON.unspecified.filter((p) => !p.includes(' ')) as string[],
};

/** The cue forms as a set, for lookups. */
export const CREDIT_CUES: ReadonlySet<string> = new Set(CREDIT_LEXICON.cues);
