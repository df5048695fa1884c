/** Verbs that attribute a quotation to its speaker ("... !” Lee wrote"): past and present forms. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'wrote', 'writes', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'explained',
  'explains', 'noted', 'notes', 'stated', 'states', 'posted', 'posts', 'tweeted', 'tweets', 'argued',
  'argues', 'insisted', 'insists', 'warned', 'warns', 'recalled', 'recalls', 'continued', 'continues',
  'replied', 'replies', 'responded', 'responds', 'declared', 'declares', 'shouted', 'shouts',
  'yelled', 'yells', 'exclaimed', 'exclaims', 'remarked', 'remarks', 'claimed', 'claims', 'announced',
  'announces', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes',
  'cautioned', 'cautions', 'countered', 'counters', 'quipped', 'quips', 'testified', 'testifies',
  'emphasized', 'emphasised', 'stressed', 'stresses', 'observed', 'observes', 'commented',
  'comments', 'concluded', 'concludes', 'demanded', 'demands', 'wondered', 'wonders', 'pleaded',
]);
