// Nouns that, after "the" and nothing else, point back at an organisation the article has named: "the company
// said" after "Kastrel Air ..."; such a credit can be the same source as the name another outlet gives. Data only.
export const ANAPHOR_NOUNS: readonly string[] = [
  'company', 'firm', 'operator', 'group', 'carrier', 'airline', 'manufacturer', 'maker', 'retailer', 'lender', 'bank',
  'insurer', 'utility', 'developer', 'contractor', 'owner', 'club', 'team', 'league', 'ministry', 'department',
  'agency', 'authority', 'regulator', 'council', 'government', 'party', 'union', 'charity', 'organisation',
  'organization', 'university', 'school', 'hospital', 'court', 'commission', 'board', 'committee', 'service',
  'force', 'network', 'broadcaster', 'publisher', 'platform', 'startup', 'conglomerate', 'consortium', 'coalition',
  'institute', 'office', 'bureau', 'foundation', 'association', 'federation', 'society', 'inspectorate', 'watchdog',
  'tribunal', 'parliament', 'embassy', 'police', 'army', 'laboratory', 'observatory', 'resort', 'museum', 'airport',
  'exchange', 'alliance', 'fund', 'trust', 'chain', 'festival', 'studio', 'orchestra', 'theatre', 'theater',
];

// Kinds of organisation, by what they are: "the regulator" may stand for a named "Supervisory Authority", "the
// ministry" never for a named "Institute of Public Health". A noun may belong to several kinds (a council governs,
// regulates or represents).
export const ORGANISATION_KINDS: Readonly<Record<string, readonly string[]>> = {
  regulatory: ['regulator', 'watchdog', 'authority', 'agency', 'commission', 'board', 'council', 'office', 'inspectorate', 'bureau', 'service', 'department', 'administration'],
  government: ['government', 'ministry', 'department', 'office', 'cabinet', 'administration', 'executive', 'council'],
  academic: ['university', 'institute', 'school', 'laboratory', 'center', 'centre', 'college', 'observatory', 'academy'],
  medical: ['hospital', 'clinic', 'center', 'centre', 'institute'],
  legal: ['court', 'tribunal'],
  representative: ['union', 'association', 'federation', 'society', 'council', 'committee', 'party', 'coalition', 'chamber', 'league'],
  security: ['police', 'army', 'navy', 'force', 'military', 'guard'],
  business: ['company', 'firm', 'operator', 'group', 'carrier', 'airline', 'manufacturer', 'maker', 'retailer', 'lender', 'bank', 'insurer', 'utility', 'developer', 'contractor', 'owner', 'broadcaster', 'publisher', 'platform', 'startup', 'conglomerate', 'consortium', 'network', 'club', 'team'],
};

/**
 * The kinds of organisation that are arms of the state, and those that are not: a body of one side is never a body of
 * the other ("the dockers' union" is no "Harbour Safety Board", "the bus company" no "Transport Ministry"). Kinds not
 * listed (academic, medical) may be either.
 */
export const PUBLIC_KINDS: ReadonlySet<string> = new Set(['regulatory', 'government', 'legal', 'security']);
export const PRIVATE_KINDS: ReadonlySet<string> = new Set(['representative', 'business']);

/** Every noun of a kind of organisation, pointing back or naming its kind ("hospital", "council", "watchdog"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([...ANAPHOR_NOUNS, ...Object.values(ORGANISATION_KINDS).flat()]);
