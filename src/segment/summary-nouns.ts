/**
 * Nouns with which a writer sums a sentence up as one event and adds a claim about it ("..., in a deal that would
 * create ...", "..., in a move seen as ...", "..., in a blow to ..."), as data. Vehicles of a credit ("in a
 * statement that", "in an interview that") are not among them: the credit belongs to the clause before.
 */
export const SUMMARY_NOUNS: readonly string[] = [
  'deal', 'move', 'step', 'decision', 'transaction', 'agreement', 'acquisition', 'merger', 'takeover', 'purchase',
  'sale', 'bid', 'offer', 'vote', 'ruling', 'verdict', 'blow', 'setback', 'boost', 'reversal', 'shift', 'turnaround',
  'escalation', 'development', 'sign', 'victory', 'defeat', 'win', 'loss', 'attack', 'operation', 'change', 'twist',
];
