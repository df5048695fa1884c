/** Hedging phrases and their normalised cue, longest first where they overlap. */
export const HEDGE_LEXICON: readonly (readonly [phrase: string, cue: string])[] = [
  ['it is unclear whether', 'unclear'], ['it was unclear whether', 'unclear'], ['it remains unclear whether', 'unclear'],
  ['it is not clear whether', 'unclear'], ['it was not clear whether', 'unclear'], ['remains unclear', 'unclear'],
  ['it is unclear', 'unclear'], ['unclear whether', 'unclear'], ['unclear if', 'unclear'], ['not clear whether', 'unclear'],
  ['it is said', 'said to'], ['is said to', 'said to'], ['are said to', 'said to'], ['was said to', 'said to'], ['were said to', 'said to'],
  ['is believed to', 'believed to'], ['are believed to', 'believed to'], ['was believed to', 'believed to'], ['were believed to', 'believed to'],
  ['is thought to', 'thought to'], ['are thought to', 'thought to'], ['is expected to', 'expected to'], ['are expected to', 'expected to'],
  ['was expected to', 'expected to'], ['were expected to', 'expected to'], ['is likely to', 'likely'], ['are likely to', 'likely'],
  ['is reported to', 'reported to'], ['are reported to', 'reported to'], ['is alleged to', 'allegedly'], ['appears to', 'appears to'],
  ['appear to', 'appears to'], ['appeared to', 'appears to'], ['seems to', 'seems to'], ['seem to', 'seems to'], ['seemed to', 'seems to'],
  ['reportedly', 'reportedly'], ['allegedly', 'allegedly'], ['purportedly', 'allegedly'], ['supposedly', 'allegedly'],
  ['apparently', 'apparently'], ['possibly', 'possibly'], ['probably', 'probably'], ['perhaps', 'perhaps'], ['maybe', 'perhaps'],
  ['likely', 'likely'], ['unlikely', 'unlikely'], ['presumably', 'presumably'], ['seemingly', 'apparently'],
  ['may', 'may'], ['might', 'might'], ['could', 'could'], ['suggests', 'suggests'], ['suggest', 'suggests'],
  ['suspected', 'suspected'], ['potentially', 'possibly'], 
  ['expected to', 'expected to'], ['believed to', 'believed to'], ['unconfirmed', 'unconfirmed'], ['rumored', 'rumored'], ['rumoured', 'rumored'],
];
