/**
 * Loaded or evaluative words, as data, by what they do to a neutral report (never by story topic), each with how
 * strongly it colours it: 1 low, 2 medium. A rewrite that uses one where the others are neutral frames the story.
 */
const CLASSES: Readonly<Record<string, Readonly<Record<string, 1 | 2>>>> = {
  /** Names that disparage a government, a group or a person. */
  disparaging: {
    henchmen: 2, goons: 2, lapdog: 2, poodle: 1, shill: 2, apparatchik: 2, apparatchiks: 2, eurocrats: 2, warmongers: 2,
    warmonger: 2, crackpot: 2, crackpots: 2, fanatics: 2, fanatic: 1, gangsters: 1, mobsters: 1, villains: 2, scumbags: 2,
    barons: 1, pariah: 2, 'witch-hunt': 2, 'kangaroo-court': 2, 'show-trial': 2, 'smear-campaign': 2, 'hatchet-job': 2,
    firebugs: 2, firebug: 2, 'spy-nest': 2, sweatshop: 2, sweatshops: 2, 'nanny-state': 2, 'pill-pushing': 2, 'pill-pushers': 2,
    'bounty-hunters': 2, 'vulture-fund': 2, 'vulture-funds': 2, 'big-pharma': 2, 'big-tobacco': 2, 'big-oil': 2, 'big-tech': 2,
    'cowboy-builders': 2, 'lefty': 2, lefties: 2, 'loony-left': 2, 'hard-left': 1, 'far-left': 1, 'hard-right': 1,
    regime: 2, regimes: 2, junta: 2, dictator: 2, dictators: 2, dictatorship: 2, tyrant: 2, despot: 2, strongman: 2,
    puppet: 2, cronies: 2, crony: 2, thugs: 2, thug: 2, cabal: 2, mob: 2, horde: 2, stooge: 2, lackey: 2, illegals: 2,
    rogue: 2, extremist: 2, radical: 1, terrorist: 1, terror: 1, gang: 1, raiders: 1, looters: 1,
  },
  /** Verbs that tell criticism as an assault. */
  attack: {
    battered: 1, pummelled: 2, pummeled: 2, quizzed: 1, busted: 2, nabbed: 2, caged: 2, ditched: 1,
    pilloried: 2, pillory: 2, lambasting: 2, berated: 2, berates: 2, excoriated: 2, roasted: 1, grilled: 1, carpeted: 2,
    rapped: 1, 'dressing-down': 2, 'tongue-lashing': 2, 'rubber-stamp': 1, 'rubber-stamped': 1, 'strong-arm': 2, 'arm-twisting': 2,
    slammed: 2, slams: 2, blasted: 2, blasts: 2, lashed: 2, ripped: 2, savaged: 2, torched: 2, bashed: 2, hammered: 2,
    skewered: 2, mauled: 2,
  },
  /** A verdict or blame told before any finding. */
  verdict: {
    reckless: 2, negligent: 2, careless: 2, shoddy: 2, botched: 2, incompetent: 2, callous: 2, greedy: 2, corrupt: 2,
    shameful: 2, disgraced: 2, notorious: 2, infamous: 2, damning: 2, scathing: 2, 'cold-blooded': 2, 'trigger-happy': 2,
    brazen: 2, audacious: 1, daring: 1, outrageous: 2, evil: 2, rickety: 1, 'death-trap': 2, 'rust-bucket': 2,
    unseaworthy: 1, 'jerry-built': 2, tainted: 1, toxic: 1, poisoned: 2, illegal: 1,
  },
  /** Alarm and doom. */
  alarm: {
    decimated: 2, plagued: 1, blighted: 1, wreaked: 2, shockwaves: 2, scaremongering: 2, fearmongering: 2,
    'doom-mongers': 2, 'knee-jerk': 2,
    ravaged: 2, ravages: 2, menacing: 2, menace: 1, lurking: 2, lurks: 2,
    calamity: 2, calamitous: 2, cataclysmic: 2, 'killing-ground': 2, 'killing-field': 2, 'killing-fields': 2,
    'time-bomb': 2, 'timebomb': 2, 'powder-keg': 2, 'perfect-storm': 2,
    devastating: 2, catastrophic: 2, chaos: 2, chaotic: 2, disastrous: 2, grim: 1, dire: 1, alarming: 1, ominous: 1,
    doomed: 1, crippled: 2, crippling: 2, paralysed: 2, paralyzed: 2, meltdown: 2, havoc: 2, carnage: 2, bloodbath: 2,
    nightmare: 2, humiliating: 2, humiliation: 2, rout: 2, routed: 2, crushing: 1, desperate: 2, desperately: 2,
    entombed: 2, 'ill-fated': 1, stranglehold: 2, siege: 1, obliterated: 2, obliterate: 2, annihilated: 2, 'black-hole': 2,
  },
  /** Hype: size, novelty and wonder told for their own sake. */
  hype: {
    'eye-popping': 1, 'mind-blowing': 2, sensational: 2, 'record-shattering': 1,
    'game-changer': 1, 'game-changing': 1, mega: 1, monstrous: 2, windfall: 1, bonanza: 1, jackpot: 1,
    miracle: 2, miraculous: 2, groundbreaking: 1, revolutionary: 1, blockbuster: 1, megadeal: 1, 'mega-deal': 1,
    staggering: 1, stunning: 1, shocking: 2, bombshell: 2, explosive: 1, massive: 1, huge: 1, 'eye-watering': 1,
    'jaw-dropping': 2, skyrocketed: 1, skyrocketing: 1, soared: 1, plummeted: 1, slashed: 1, slashes: 1, slash: 1,
    spectacular: 1, startling: 1, swoop: 1, 'long-awaited': 1, 'much-needed': 1, 'hard-hitting': 1,
    rocketing: 1, rocketed: 1, 'sky-high': 1, triumph: 1, triumphant: 1,
  },
  /** A party's troubles told as its nature. */
  trouble: {
    embattled: 1, beleaguered: 2, ailing: 1, struggling: 1, troubled: 1, floundering: 2, 'debt-laden': 2,
    'debt-ridden': 2, 'cash-strapped': 1, 'loss-making': 1, deposed: 1, ousted: 1,
  },
  /** Insinuation: secrecy, plots, words that doubt what a party says or do more than report it. */
  insinuation: {
    quietly: 1, stealthily: 2, sneaked: 2, snuck: 2, sneakily: 2, 'stealth-tax': 2, 'back-door': 2, 'backdoor': 1,
    'pr-speak': 2, 'corporate-speak': 2, 'weasel-words': 2,
    secretly: 2, secret: 1, scheme: 2, schemes: 2, plot: 2, conspiracy: 2, 'cover-up': 2, 'so-called': 2, 'so called': 2,
    meddling: 2, propaganda: 2, admitted: 1, admits: 1, conceded: 1, concedes: 1, claimed: 1, insisted: 1, boasted: 2, bragged: 2, finally: 1,
    mere: 1, merely: 1,
  },
  /** Violence told with a verdict in the word. */
  violence: {
    gunned: 2, slaughter: 2, massacre: 1, butcher: 2, savage: 2, savagely: 2, monstrous: 2, vigilante: 1, brutal: 2,
    brutally: 2, 'heavy-handed': 2, 'high-handed': 2, draconian: 2, crackdown: 1, hardline: 1, 'hard-line': 1,
  },
  /** Surrender and weakness told as a judgement. */
  surrender: { appease: 2, appeasement: 2, capitulate: 2, capitulation: 2, caved: 2, lavish: 1 },
  /** An act of government or business told as force or sabotage ("torpedoed the deal", "rammed the bill through"). */
  force: {
    torpedoed: 2, torpedo: 2, torpedoes: 2, scuppered: 2, scupper: 2, sabotaged: 2, rammed: 2, railroaded: 2,
    bulldozed: 2, steamrolled: 2, hijacked: 1, slapped: 2, lambasted: 2, lambast: 2, trashed: 2, plundered: 2,
    plunder: 2, fleeced: 2, pillaged: 2, 'power-grab': 2, 'land-grab': 2, 'cash-grab': 2, racket: 2, 'rip-off': 2,
    'sell-out': 2, betrayal: 2, betrayed: 2, 'stitch-up': 2, whitewash: 2, giveaway: 2, handout: 1, sleaze: 2,
    'fat-cat': 2, 'fat-cats': 2, axe: 1, axed: 1, axing: 1, 'walk-free': 1,
  },
  /** Disaster told as a monster or a hell. */
  horror: {
    inferno: 2, hellish: 2, hell: 2, apocalyptic: 2, mayhem: 2, horror: 2, horrific: 2, horrifying: 2, terrifying: 2,
    frenzy: 2, rampage: 2, fiasco: 2, debacle: 2, shambles: 2, farce: 2, fury: 2, furious: 2, outrage: 2, outraged: 2,
    uproar: 2, firestorm: 2, monster: 2, killer: 2, spewing: 2, belching: 2, ravaging: 2, wreaking: 2, crumbling: 2,
    teetering: 2, spiralling: 2, spiraling: 2, 'full-blown': 1, 'all-out': 1, prowl: 2, prowling: 2, stampeded: 1,
    sludge: 1, blitz: 1,
  },
  /** A party's reputation hung on its name ("scandal-hit", "hated"). */
  stigma: {
    'scandal-hit': 2, 'scandal-plagued': 2, 'scandal-ridden': 2, 'crisis-hit': 1, 'crisis-ridden': 2, 'strife-torn': 1,
    'crime-ridden': 2, hated: 2, despised: 2, reviled: 2, discredited: 2,
  },
  /** Importance inflated ("a cornerstone of the strategy" where others say "part of" it). */
  inflation: { cornerstone: 1, linchpin: 1 },
  /** Officials, experts and campaigners named by a sneer ("bungling bosses", "eco-zealots", "boffins"). */
  sneer: {
    'red-faced': 2, 'cut-price': 1, 'clapped-out': 2, 'jumped-up': 2, 'two-bit': 2,
    'holier-than-thou': 2, 'know-all': 2, 'loudmouth': 2, blowhard: 2, 'pen-pusher': 2, 'bean-counters': 2,
    bungling: 2, hapless: 2, shamed: 2, conman: 2, 'con-man': 2, zealots: 2, zealot: 2, 'eco-zealots': 2, 'eco-warriors': 2,
    'eco-mob': 2, boffins: 1, boffin: 1, mouthpiece: 2, mouthpieces: 2, bigwigs: 2, bigwig: 2, fatcats: 2, jobsworths: 2,
    jobsworth: 2, 'pen-pushers': 2, penpushers: 2, busybodies: 2, 'do-gooders': 2, scroungers: 2, freeloaders: 2, spivs: 2,
    crooks: 2, yobs: 2, louts: 2, vultures: 2, leeches: 2, parasites: 2, 'spin-doctors': 2, 'out-of-touch': 2, 'penny-pinching': 2,
    'tin-pot': 2, tinpot: 2, 'two-faced': 2, 'self-serving': 2, 'money-grabbing': 2, 'power-hungry': 2, 'fly-by-night': 2,
    swindler: 2, swindlers: 2, faceless: 2, snooty: 2, nimby: 2, nimbys: 2, nimbies: 2, 'price-gouging': 2, tycoon: 1,
    tycoons: 1, clan: 1, cops: 1, cowboy: 2, cowboys: 2, bosses: 1,
  },
  /** Conduct judged in the word ("dithering ministers", "a measly fine", "a shambolic response"). */
  conduct: {
    disgrace: 2, embarrassment: 1, embarrassing: 1, scandal: 1, 'u-turn': 1, 'climbdown': 2, 'climb-down': 2,
    remorseless: 2, unrepentant: 2, shameless: 2, shamelessly: 2, hypocritical: 2, hypocrisy: 2,
    dithering: 2, dithered: 2, dither: 2, dithers: 2, 'cack-handed': 2, spineless: 2, gutless: 2, clueless: 2, shambolic: 2, pathetic: 2, disgraceful: 2,
    scandalous: 2, cowardly: 2, sneaky: 2, shady: 2, dodgy: 2, murky: 1, sordid: 2, grubby: 2, crooked: 2, measly: 2,
    paltry: 1, miserly: 2, stingy: 2, smug: 2, heartless: 2, ruthless: 1, feckless: 2, inept: 2, hopeless: 1, useless: 2,
    laughable: 2, ludicrous: 2, absurd: 1, bonkers: 2, barmy: 2, loony: 2, 'half-baked': 2, 'hare-brained': 2,
  },
  /** Saying told as whining, grovelling or dodging ("whined", "grovelled", "ducked questions"). */
  sneering_saying: {
    whined: 2, whines: 2, whinged: 2, whinges: 2, moaned: 2, moans: 2, grovelled: 2, groveled: 2, grovelling: 2,
    groveling: 2, bleated: 2, bleats: 2, ranted: 2, rants: 2, fumed: 1, spluttered: 2, gloated: 2, crowed: 2, sneered: 2,
    scoffed: 1, ducked: 2, dodged: 2, stonewalled: 2, fobbed: 2, squealed: 2, blustered: 2, wriggled: 2, shrieked: 2,
    shrieks: 2, sniping: 2, sniped: 2, excuses: 1,
  },
  /** Fear and panic told for effect ("terrified families cowering indoors"). */
  fear: {
    terrified: 2, petrified: 2, cowering: 2, cowered: 2, panicked: 2, 'panic-stricken': 2, hysteria: 2, hysterical: 2,
    mania: 2, 'blood-soaked': 2, bloodthirsty: 2, gruesome: 2, harrowing: 1, nightmarish: 2, doom: 2, 'doom-laden': 2,
  },
  /** Spending told as waste or greed ("a vanity project", "a white elephant", "a cash grab"). */
  waste: {
    boondoggle: 2, 'money-pit': 2, 'white-elephant': 2, vanity: 1, gravy: 2, 'gravy-train': 2, 'cash-cow': 2,
    'begging-bowl': 2, splurge: 2, splurged: 2, squandered: 2, squander: 2, 'blank-cheque': 2, 'blank-check': 2,
    scam: 2, scams: 2, swindle: 2, swindled: 2, fiddle: 1, whopping: 1, mammoth: 1, colossal: 1, astronomical: 1,
    'mind-boggling': 2, gobsmacking: 2, flop: 2, flops: 2, sweetheart: 2, splashing: 1, splashed: 1, flogged: 1,
    flogging: 1,
  },
};

/**
 * Loaded words that are plain in another part of speech: a word here colours a report only as the part of speech named
 * ("bent customs officers", not "bent the rules"; "the mining giant", not "a giant panda").
 */
export const LOADED_AS: Readonly<Record<string, { readonly pos: string; readonly strength: 1 | 2 }>> = {
  bent: { pos: 'ADJ', strength: 2 },
};

/**
 * Nouns loaded only as the head of a name for a party ("the mining giant", "Big Pharma giant Pellisar", "the energy
 * giant's survey"): after a word of its own, before no common noun ("a giant telescope" tells a size).
 */
export const LOADED_HEADS: Readonly<Record<string, 1 | 2>> = { giant: 1, giants: 1, behemoth: 1, titan: 1, titans: 1 };

/**
 * Verbs that tell a figure's move as a crash or an explosion ("shares crashed 4.2%", "sales collapsed by a third"):
 * loaded only with a figure or a record after them within a few words; with a thing for subject they tell a plain
 * event ("the plane crashed", "the roof collapsed").
 */
export const LOADED_MOVES: Readonly<Record<string, 1 | 2>> = {
  crash: 2, collapse: 1, nosedive: 2, tank: 2, crater: 2, implode: 2, explode: 1, balloon: 1, rocket: 1, skyrocket: 1,
  plummet: 1, haemorrhage: 2, hemorrhage: 2, bleed: 2,
};

/**
 * Idioms that colour a report, as words (a verb in its base form; any form matches). "*" stands for one to three
 * words of the sentence ("hold * to ransom"); "{poss}" for a possessive ("for their lives").
 */
export const LOADED_PHRASES: Readonly<Record<string, 1 | 2>> = {
  // a figure's move told as a fall from a height or a fire
  'go through the roof': 2, 'shoot through the roof': 2, 'fall off a cliff': 2, 'go through the floor': 2, 'off the charts': 1, 'to rock bottom': 2,
  'go up in smoke': 2, 'down the drain': 2, 'down the toilet': 2,
  // a party's act told as force, theft or blackmail
  'hold * to ransom': 2, 'kick out': 2, 'boot out': 2, 'turf out': 2, 'haul before': 2, 'haul in': 1,
  'rob of': 2, 'fire sale': 2, 'cash in on': 2, 'rake in': 2, 'line {poss} pockets': 2, 'iron grip': 2, 'iron fist': 2,
  'wave through': 2, 'wave * through': 2, 'kick * out': 2, 'ride roughshod': 2,
  'tear up the rulebook': 2, 'throw under the bus': 2,
  // an answer told as dodging
  'brush off': 2, 'shrug off': 1, 'fob off': 2, 'sweep under the carpet': 2, 'sweep under the rug': 2,
  'kick into the long grass': 2, 'scramble to defend': 2, 'pass the buck': 2, 'wash {poss} hands of': 2,
  'have the nerve': 2, 'have the gall': 2, 'have the cheek': 2, 'bury {poss} head in the sand': 2,
  // a judgement told as an insult or a slap
  'slap in the face': 2, 'kick in the teeth': 2, 'slap on the wrist': 2, 'smack in the face': 2,
  'show no remorse': 2, 'a masterclass in': 1, 'a masterclass of': 1, 'smoke and mirrors': 2,
  'taxpayer-funded bailout': 2, 'taxpayers foot the bill': 2, 'pay the price': 1,
  // harm told as a horror or a massacre
  'drop like flies': 2, 'for {poss} lives': 2, 'escape death': 2, 'cheat death': 2, 'wipe * off the map': 2,
  'tear through': 1, 'rip through': 1, 'plunge into darkness': 2,
  'reign of terror': 2, 'trail of destruction': 2, 'ticking time bomb': 2, 'death toll soars': 2, 'killing spree': 2,
  'killing ground': 2, 'war zone': 1, 'ghost town': 1, 'living hell': 2, 'hell on earth': 2, 'send shockwaves': 2,
  'left reeling': 2, 'left in the lurch': 2, 'left high and dry': 2, 'up in arms': 2,
  // blame and downfall told as a punishment to come
  'in hot water': 2, 'face the music': 2, 'heads will roll': 2, 'heads roll': 2, 'nail in the coffin': 2,
  'twist the knife': 2, 'stab in the back': 2, 'throw in the towel': 2, 'under fire': 1, 'in the firing line': 1,
  // money told as robbery or a racket
  'daylight robbery': 2, 'highway robbery': 2, 'licence to print money': 2, 'all the way to the bank': 2,
  'rip off': 2, 'gold-plated': 1,
  // a party told as blind or deaf to the public
  'out of touch': 2, 'tone-deaf': 2, 'turn a blind eye': 2, 'ivory tower': 2, 'political football': 2,
  'witch hunt': 2, 'kangaroo court': 2, 'smear campaign': 2, 'hatchet job': 2, 'scare tactics': 2,
};

/** Every loaded word with its strength (hyphenated ones are kept whole by the tokenizer). */
export const LOADED_WORDS: Readonly<Record<string, 1 | 2>> = Object.assign({}, ...Object.values(CLASSES));

/**
 * Describing words a valence list rates strongly that name a plain state or fact in a report, not a judgement:
 * the dead, a positive test, a fatal crash, a safe level, a rule effective immediately.
 */
export const PLAIN_STATES: ReadonlySet<string> = new Set([
  'dead', 'alive', 'fatal', 'fatally', 'positive', 'negative', 'safe', 'safely', 'free', 'ill', 'sick', 'missing',
  'injured', 'wounded', 'illegal', 'illegally', 'legal', 'guilty', 'innocent', 'clear', 'clearly', 'true', 'false',
  'sure', 'strong', 'weak', 'poor', 'rich', 'wealthy', 'best', 'worst', 'better', 'worse', 'good', 'bad', 'well',
  'important', 'significant', 'serious', 'seriously', 'critical', 'critically', 'severe', 'severely', 'major', 'minor',
  'successful', 'successfully', 'unable', 'able', 'welcome', 'lost', 'violent', 'criminal', 'toxic', 'hazardous',
  'dangerous', 'unemployed', 'homeless', 'poisonous', 'infected', 'healthy', 'stable', 'unstable', 'protected',
  'secure', 'insecure', 'vulnerable', 'responsible', 'accused', 'suspect', 'confident', 'worried', 'concerned',
  'alone', 'worth', 'effective', 'favourite', 'favorite', 'popular', 'top', 'angry', 'sad', 'happy', 'afraid', 'scared', 'grateful', 'proud', 'hopeful', 'optimistic', 'pessimistic',
]);

/**
 * Verbs loaded only as verbs of saying ("he admitted that ...", "she claimed the vote was rigged"); with a thing as
 * their object they report a plain act ("claimed seven lives", "was admitted to hospital", "conceded defeat").
 */
export const LOADED_AS_SAYING: ReadonlySet<string> = new Set(['admitted', 'admits', 'conceded', 'concedes', 'claimed', 'claims', 'boasted', 'boasts']);

/**
 * Verbs telling a statement as a party's admission ("admitted", "acknowledged", "conceded", "confessed"), by lemma: the
 * party owns up to what follows, which its own words elsewhere may deny.
 */
export const ADMITTING: ReadonlySet<string> = new Set(['admit', 'acknowledge', 'concede', 'confess']);
