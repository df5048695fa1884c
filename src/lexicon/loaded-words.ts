/** Loaded or evaluative words, as data, with how strongly each colours a neutral report (1 low, 2 medium). */
export const LOADED_WORDS: Readonly<Record<string, 1 | 2>> = {
  secretly: 2, secret: 1, scheme: 2, schemes: 2, regime: 2, regimes: 2, slammed: 2, slams: 2, blasted: 2, blasts: 2,
  lashed: 2, ripped: 2, dictator: 2, dictators: 2, dictatorship: 2, tyrant: 2, despot: 2, strongman: 2, junta: 2,
  puppet: 2, cronies: 2, crony: 2, thugs: 2, thug: 2, propaganda: 2, notorious: 2, infamous: 2, shocking: 2,
  stunning: 1, bombshell: 2, explosive: 1, brutal: 2, brutally: 2, draconian: 2, radical: 1, extremist: 2,
  'so-called': 2, embattled: 1, disgraced: 2, hardline: 1, 'hard-line': 1, crackdown: 1, lavish: 1, scandal: 2,
  plot: 2, conspiracy: 2, 'cover-up': 2, admitted: 1, conceded: 1, claimed: 1, insisted: 1, boasted: 2, bragged: 2,
  finally: 1, massive: 1, huge: 1, devastating: 2, catastrophic: 2, chaos: 2, chaotic: 2, desperate: 2, desperately: 2,
  rogue: 2, deposed: 1, ousted: 1, stranglehold: 2, cabal: 2, mob: 2, horde: 2, invasion: 1, illegal: 1, illegals: 2,
  terrorist: 1, terror: 1, slaughter: 2, massacre: 1, butcher: 2, evil: 2, corrupt: 2, shameful: 2, outrageous: 2,
  disastrous: 2, humiliating: 2, humiliation: 2, crushing: 1, slashed: 1, plummeted: 1, skyrocketed: 1, soared: 1,
  grim: 1, dire: 1, alarming: 1, ominous: 1, mere: 1, merely: 1, 'so called': 2, stooge: 2, lackey: 2,
  appease: 2, appeasement: 2, capitulate: 2, capitulation: 2, caved: 2, meddling: 2,
  // hype of science, health and business coverage
  miracle: 2, miraculous: 2, groundbreaking: 1, revolutionary: 1, slashes: 1, slash: 1, skyrocketing: 1,
  // hyphenated ones are kept whole by wordTokens
  'heavy-handed': 2, 'high-handed': 2, 'ill-fated': 1, 'long-awaited': 1, 'much-needed': 1, 'hard-hitting': 1,
  // importance inflated: "a cornerstone of the strategy" where others say "part of" it
  cornerstone: 1, linchpin: 1,
  // deal and company coverage: hype of a deal, a firm's troubles told as its nature
  blockbuster: 1, megadeal: 1, 'mega-deal': 1, swoop: 1, 'debt-laden': 2, 'debt-ridden': 2, 'cash-strapped': 1,
  'loss-making': 1, ailing: 1, beleaguered: 2, struggling: 1, troubled: 1, floundering: 2,
  // disaster and accident coverage: blame or doom told as fact before any inquiry
  reckless: 2, negligent: 2, careless: 2, shoddy: 2, rickety: 1, 'death-trap': 2, doomed: 1, botched: 2, incompetent: 2,
  callous: 2, greedy: 2, 'rust-bucket': 2, unseaworthy: 1, 'jerry-built': 2,
  // a verdict on a report or its findings, told as the report's own character
  damning: 2, scathing: 2, staggering: 1, startling: 1, 'eye-watering': 1, 'jaw-dropping': 2,
  // outbreak and recall coverage: contamination told as fact where the agency only links the food to the illness
  tainted: 1, toxic: 1, poisoned: 2,
  // crime and policing coverage: a killing or a suspect told with a verdict in the verb or the adjective
  gunned: 2, 'trigger-happy': 2, 'cold-blooded': 2, savage: 2, savagely: 2, monstrous: 2, vigilante: 1,
};
