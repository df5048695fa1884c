/** Words that narrow a claim's reach or duration, as data: losing one overstates the claim. */
export const SCOPE_LIMITERS: ReadonlySet<string> = new Set([
  'temporary', 'temporarily', 'partial', 'partially', 'partly', 'brief', 'briefly', 'limited', 'provisional',
  'provisionally', 'tentative', 'tentatively', 'preliminary', 'proposed', 'planned', 'potential', 'conditional',
  'conditionally', 'short-term', 'voluntary', 'voluntarily', 'unconfirmed', 'suspected',
]);
