/**
 * Ordered scales, as data: words that say how many, how sure, how firmly found, how causal, how often, or how far
 * along a thing is. Words of one rank are interchangeable; a word moved to another rank of its scale is a change of
 * strength ("some" -> "all", "may" -> "will", "suggests" -> "proves", "linked to" -> "caused by").
 * Phrases are lower-cased words joined by spaces; the tagger matches the longest first.
 */
import type { ScaleName } from '../compare/tag/tag.ts';
import { SEASON_NAMES } from './calendar.ts';

export interface ScaleEntry {
  readonly rank: number;
  /** Loose words name a part without saying how large ("a number of", "part of"): they agree with their neighbours. */
  readonly loose?: true;
  /** Hedges that credit an unnamed source ("reportedly"). */
  readonly attributive?: true;
  /**
   * Only a scale word when followed by "to" ("believed to", "expected to"); with `afterBe` too, a word of schedule:
   * before "to", after "be" or before a time ("results expected next week", "due within six weeks").
   */
  readonly beforeTo?: true;
  /** Only a scale word after a form of "be" ("is considering"). */
  readonly afterBe?: true;
  /** The top of the certainty scale, a plain statement ("will", "would"): as sure as saying nothing. */
  readonly plain?: true;
  /**
   * A word of the scale only where another word of it stands opposite ("should save" / "will save", "can submit" /
   * "will submit"): alone ("should not drive", "can apply") it tells advice, ability or leave as often as doubt.
   */
  readonly facing?: true;
  /** Only right before a noun of what was found or counted (`FINDING_NOUNS`: "preliminary figures", "preliminary review"). */
  readonly beforeFinding?: true;
  /** Only right after a modal ("would consider"), or with `afterTo` after "to" too ("to consider options"). */
  readonly afterModal?: true;
  readonly afterTo?: true;
  /** A party's charge ("accused ... of", "alleged that"): as a verb it credits the statement to whoever makes it. */
  readonly charge?: true;
  /** A verb of seeming, no scale word before a preposition, a determiner, a figure or a name ("appeared in court"). */
  readonly seeming?: true;
  /** A step still required: the act it governs is not done yet ("must still approve", "still needs approval"). */
  readonly required?: true;
}

type Rows = readonly (readonly [rank: number, words: string, flags?: Omit<ScaleEntry, 'rank'>])[];

/** How many of a group: none < few < some < several < many < half < most < all. */
const quantity: Rows = [
  [0, 'no|none|none of|nobody|no one|nothing|not a single|not any|neither'],
  [1, 'few|very few|only a few|hardly any|little'],
  [2, 'some|a few|a couple of|a minority of|only some'],
  [2.5, 'a handful of|certain|a number of|part of|various|a group of|a portion of', { loose: true }],
  [3, 'several'],
  [4, 'many|numerous|dozens of|scores of|hundreds of|thousands of|millions of|lots of|a lot of|plenty of|multiple|countless'],
  [4.5, 'half of'],
  [5, 'most|a majority of|the majority of|the bulk of|most of|the vast majority of|mostly|mainly|largely|predominantly'],
  [5.5, 'almost all|nearly all|virtually all|almost every|nearly every'],
  [6, 'all|all of|every|the entire|entire|whole|everyone|everybody|every single'],
  [6, 'each|each of|both', { loose: true }],
];

/**
 * How sure: might < may < could < can < likely / believed < expected / should < will. "Will" or no word at all is a plain
 * statement of fact; an open question ("examining whether") is as unsure as "may"; a belief ("investigators believe")
 * is less sure than a statement.
 */
const certainty: Rows = [
  [1, 'might|may|could|possibly|perhaps|maybe|potentially|conceivably|possible|a possible|probable'],
  [1, 'suspect|suspects|suspected|the accused'],
  [1, 'accused|accuses|accuse|accusing|alleged|alleging', { charge: true }],
  [1, 'unclear|unconfirmed|uncertain|rumoured|rumored|suspected|it is unclear whether|it was unclear whether|not clear whether'],
  [1.5, 'reportedly|allegedly|purportedly|supposedly|alleged|purported|allege|alleges|said to|is said to|are said to|was said to|were said to', { attributive: true }],
  [2, 'likely|unlikely|probably|apparently|seemingly|presumably'],
  [2, 'appears|appeared|seems|seemed|appear|seem', { seeming: true }],
  // near-certainty and a figure told as a projection are still short of fact ("almost certainly came from the palace",
  // "a projected deficit of $38 million", "could in theory expose")
  [2, 'almost certainly|very likely|most likely|in all likelihood|very probably|projected|in theory|theoretically'],
  // findings and figures told as not yet final ("the trust's preliminary figures", "a preliminary review found", "early
  // data"); "provisional figures" agree with them, and alone are a limit the detail checks read when it is left out
  [2, 'preliminary|early', { beforeFinding: true }],
  [2, 'provisional', { beforeFinding: true, facing: true }],
  [0.5, 'examining whether|investigating whether|looking into whether|probing whether|to determine whether|to establish whether|checking whether'],
  [2, 'believed|thought|reported', { beforeTo: true }],
  [2, 'believe|believes|think|thinks|reckon|reckons|reckoned|estimated that|estimates that|estimate that'],
  [2.5, 'poised|slated|on course|on track|in line|stands|stand|stood', { beforeTo: true }],
  // "expected to rise", "is forecast to fall", and "the results are expected next week": a schedule told as likely, not
  // as fact
  [2.5, 'expected|forecast|predicted', { beforeTo: true, afterBe: true }],
  // "due" tells a schedule as firmly as "will" and as loosely as "expected": it agrees with both, and alone, opposite
  // no word of the scale, it says nothing of doubt
  [3, 'due', { beforeTo: true, afterBe: true, facing: true }],
  // a hope is less sure than a plan told as fact ("hoped to begin a study" / "will begin")
  [2, 'hoped|hopes|hope|hoping', { beforeTo: true }],
  // a death feared or presumed, not confirmed
  [1.5, 'feared dead|presumed dead|feared killed|feared drowned|feared trapped|feared missing'],
  // "should save 480 million a year" against "will save": expected, not told as fact; "can submit a new offer"
  // against "will submit": able or allowed to, not told as done
  [2.5, 'should', { facing: true }],
  [1.5, 'can', { facing: true }],
  [2.5, 'considering|weighing|mulling|contemplating|exploring|eyeing|pondering', { afterBe: true }],
  // the same after a modal: "would consider a review" is as open as "was considering" one, short of "will order"
  [2.5, 'consider|weigh|mull|explore|propose', { afterModal: true }],
  // an intent or an expectation facing a plain "will" ("intends to ask" / "will ask", "aims to decide" / "will decide",
  // "expects the backlog to fall" / "the backlog will fall"): a plan told as a fact; alone, an intent is the stage scale's;
  // "plans to" is left out: outlets write "will" for an announced plan as often as for a fact
  [2.5, 'intends to|intend to|intended to|aims to|aim to|aimed to|expects|expect', { facing: true }],
  [3, 'will|would|shall|is set to|are set to|is going to|are going to|is certain to|are certain to|is sure to|are sure to', { plain: true }],
];

/** How firmly a study or report establishes a thing: suggests < indicates < finds / shows < proves. */
const finding: Rows = [
  [1, 'suggest|suggests|suggested|suggesting|hint|hints|hinted|imply|implies|implied|raise the possibility'],
  [2, 'indicate|indicates|indicated|point to|points to|pointed to|consistent with|in line with|compatible with'],
  [3, 'find|finds|found|show|shows|showed|shown|conclude|concludes|concluded|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed'],
  [4, 'prove|proves|proved|proven|confirm|confirms|confirmed|establish|establishes|established|determine|determined'],
];

/** How causal a tie: set side by side < linked < contributed < caused. */
const causal: Rows = [
  [0, 'after|following|amid|in the wake of'],
  [1, 'linked to|tied to|associated with|connected to|connected with|correlated with|related to|link|links|linked|association|associated|correlation'],
  [2, 'contributed to|contributes to|played a part in|played a role in|a factor in|fuelled|fueled|fuelling|fueling|helped cause'],
  [3, 'caused|causes|cause|caused by|causing|because|because of|due to|blamed on|owing to|triggered|triggered by|resulted in|resulted from|result of|led to|leads to|responsible for|the reason|forced by|retaliation for|in retaliation for|as a result of|stemmed from|stems from|on account of|thanks to|drives|driven by|prompted|prompting|sparked|sparking|set off|sets off|setting off'],
];

/** How often: never < rarely < sometimes < often < usually < always. */
const frequency: Rows = [
  [0, 'never'],
  [1, 'rarely|seldom|hardly ever|infrequently|occasionally'],
  [2, 'sometimes|at times|now and then|from time to time'],
  [3, 'often|frequently|regularly|commonly|repeatedly|routinely|again and again|time and again|over and over|time after time'],
  [4, 'usually|typically|generally|normally|tend to|tends to'],
  [5, 'always|invariably|constantly|every time'],
];

/**
 * Words that count how many times a thing happened, against which a word of frequency ("repeatedly", "again and
 * again") only tells that it was often: "twice", and a figure of these nouns ("three times", "on four occasions").
 */
export const OCCURRENCE_WORDS: ReadonlySet<string> = new Set(['twice', 'thrice']);
export const OCCURRENCE_NOUNS: ReadonlySet<string> = new Set(['time', 'times', 'occasion', 'occasions']);

/**
 * How often, by the period a thing recurs in: yearly < quarterly < monthly < weekly < daily < hourly ("publish the
 * readings weekly" / "every day", "once a month" / "once a week"). A figure's own period ("$5 a day", "twice a
 * year") is the figure's (`per`), not a word of this scale.
 */
const period: Rows = [
  [1, 'annually|yearly|once a year'],
  [2, 'quarterly|once a quarter'],
  [3, 'monthly|once a month'],
  [4, 'fortnightly|once a fortnight'],
  [5, 'weekly|once a week'],
  [6, 'daily|once a day|nightly'],
  [7, 'hourly|once an hour'],
];

/**
 * The rank on the period scale of "every" or "each" before a period ("every day", "each month"): a quantity of days
 * ("every day" / "on several days") and a period at once ("every day" / "weekly").
 */
export const PERIOD_NOUN_RANKS: Readonly<Record<string, number>> = {
  year: 1, quarter: 2, month: 3, fortnight: 4, week: 5, weekday: 6, day: 6, night: 6, morning: 6, evening: 6, hour: 7,
};

/**
 * Nouns of what was found or counted, which "preliminary" before them hedges ("preliminary figures", "a preliminary
 * count"); before others it names a stage ("a preliminary hearing", "the preliminary round").
 */
export const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'figure', 'figures', 'finding', 'findings', 'result', 'results', 'data', 'count', 'tally', 'estimate', 'estimates',
  'assessment', 'assessments', 'report', 'review', 'survey', 'evaluation', 'measurement', 'measurements',
  'investigation', 'inquiry', 'test', 'tests', 'calculation', 'calculations', 'study', 'examination', 'reading', 'readings',
]);

/**
 * Stretches of time "all" spans without counting a group: "heaved all night", "open all year", "rained all weekend"
 * tell how long, not how many. The periods above, and the stretches that are no period.
 */
export const SPAN_NOUNS: ReadonlySet<string> = new Set([...Object.keys(PERIOD_NOUN_RANKS), 'weekend', 'afternoon', 'season', ...SEASON_NAMES]);

/** How far along a plan or deal is: weighed < in talks < agreed < done. */
const stage: Rows = [
  [1, 'considering|weighing|mulling|exploring|studying|eyeing|contemplating|planning|plans to|intends to|aims to|seeks to|wants to|proposed|proposes|proposal'],
  // deliberation in its bare forms, after a modal or "to" ("to consider options", "would propose a fund"; not
  // "experts consider it unlikely")
  [1, 'consider|weigh|mull|explore|propose', { afterModal: true, afterTo: true }],
  // the same intents in their other forms ("planned to introduce", "plan to", "intended to")
  [1, 'planned to|plan to|intend to|intended to|aim to|aimed to|seek to|sought to|want to|wanted to'],
  [2, 'in talks|in advanced talks|negotiating|talks|discussing|in negotiations|close to|nearing'],
  // a step still required: not done yet ("must still approve", "still has to be approved", "still needs approval")
  [2, 'must still|still must|still has to|still have to|still had to|still needs to|still need to|still needs|still need|still requires|still require|still awaits|still awaiting', { required: true }],
  [3, 'agreed|agreed to|has agreed|approved|decided|reached a deal|struck a deal|announced'],
  [4, 'completed|finalised|finalized|signed|closed|concluded'],
];

/**
 * Verbs asking someone else to act ("will ask the assembly to fund", "urged the board to reconsider", "called on the
 * council to close"): the act after the one asked and "to" is not done yet, a request, as far along as a plan. By lemma.
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['ask', 'urge', 'request', 'invite', 'press', 'petition', 'lobby', 'implore', 'beg']);

/**
 * Verbs requiring someone else to act ("ordered bakeries to close their ovens", "required the landlord to repair the
 * lifts"): the act is not done yet, but no longer asked for: as firm as one agreed. By lemma.
 */
export const ORDER_VERBS: ReadonlySet<string> = new Set(['order', 'require', 'direct', 'instruct', 'command', 'compel', 'oblige', 'force']);

/** The figures a word of magnitude can stand for: "dozens of" is a fair rounding of 48; "several" for 7 loses the count. */
export const COUNT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'dozens of': [24, 199], 'scores of': [40, 199],
  'hundreds of': [200, 1999], 'thousands of': [2000, 1999999], 'millions of': [2000000, Number.MAX_SAFE_INTEGER],
};

const SCALES: Readonly<Record<ScaleName, Rows>> = { quantity, certainty, finding, causal, frequency, period, stage };

/** One scale word: its scale, rank and flags. */
export interface ScaleWord extends ScaleEntry { readonly scale: ScaleName; readonly words: readonly string[] }

/** Every scale word or phrase, longest first. */
export const SCALE_WORDS: readonly ScaleWord[] = Object.entries(SCALES)
  .flatMap(([scale, rows]) => rows.flatMap(([rank, words, flags]) => words.split('|').map((w) => ({ scale: scale as ScaleName, rank, words: w.split(' '), ...(flags ?? {}) }))))
  .sort((a, b) => b.words.length - a.words.length);
