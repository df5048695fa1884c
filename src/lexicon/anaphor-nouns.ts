// Nouns that, after "the" and nothing else, point back at an organisation the article has named: "the company
// said" after "Kastrel Air ..."; such a credit can be the same source as the name another outlet gives. Data only.
export const ANAPHOR_NOUNS: readonly string[] = [
  'company', 'firm', 'operator', 'group', 'carrier', 'airline', 'manufacturer', 'maker', 'retailer', 'lender', 'bank',
  'insurer', 'utility', 'developer', 'contractor', 'owner', 'club', 'team', 'league', 'ministry', 'department',
  'agency', 'authority', 'regulator', 'council', 'government', 'party', 'union', 'charity', 'organisation',
  'organization', 'university', 'school', 'hospital', 'court', 'commission', 'board', 'committee', 'service',
  'force', 'network', 'broadcaster', 'publisher', 'platform', 'startup', 'conglomerate', 'consortium', 'coalition',
];
