/** Function words and reporting filler that say nothing about which claim a sentence makes. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up ' +
    'with within without about above after again against along among around before behind below beneath ' +
    'beside besides between beyond during except inside near since through throughout toward towards under ' +
    'until upon via per amid amidst across despite whether while whilst though although because unless ' +
    'once also just only even still very too quite rather really almost already now here there where when ' +
    'why how what which who whom whose that this these those it its itself they them their theirs themselves ' +
    'he him his himself she her hers herself we us our ours ourselves you your yours i me my mine myself ' +
    'is are was were be been being am do does did done doing have has had having will would shall should ' +
    'can could may might must ought not no yes all any both each few more most other some such own same ' +
    'another every either neither many much several lot lots one ones ' +
    'say says said saying tell tells told according accord reportedly report reports reported reporting ' +
    'mr mrs ms dr st new also like well however meanwhile moreover furthermore thus therefore hence ' +
    'further last next first later earlier ago'
  ).split(' '),
);
