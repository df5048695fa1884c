/** Words that carry grammar, not content: ignored when lining variants up, never a divergence by themselves. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up ' +
    'with within without about above after against along among around before behind below beneath beside ' +
    'besides between beyond during except inside near since through throughout toward under until upon via ' +
    'per amid across despite whether while though although because unless once also just even still very too ' +
    'quite rather really already now here there where when why how what which who whom whose that this these ' +
    'those it its itself they them their themselves he him his himself she her herself we our ourselves you ' +
    'your i me my is are was were be been being am do does did done doing have has had having will would shall ' +
    'should can could may might must not no all any both each few more most other some such own same another ' +
    'every either neither many much several one ones say likewise however meanwhile moreover furthermore thus ' +
    'therefore hence further like well according accord among'
  ).split(' '),
);

/** Auxiliaries and modals, the verbs that open a clause's predicate ("had approved", "would close", "was told"). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'might', 'may', 'did', 'does', 'do']);
