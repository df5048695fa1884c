/** Words near a wire's name that show it is being credited ("told Reuters", "according to AP", "(AFP)"). */
export const CREDIT_CONTEXT = /\b(said|says|say|told|tells|report|reports|reported|reporting|according|cited|cites|quoted|quoting|published|by|to|investigation|exclusive|agency|wire|news agency|learned|seen|reviewed|obtained)\b|\(\s*$|^\s*\)/i;

/** Cue words that credit a statement (the extractor also reads stance verbs; an origin needs a report). */
export const REPORTING_CUES: ReadonlySet<string> = new Set(
  ('said says say told tells tell stated states reported reports report added adds noted notes according claimed claims ' +
    'confirmed confirms cited cites citing quoted quoting wrote writes announced announces warned warns revealed explained acknowledged ' +
    'admitted argued suggested estimated vowed pledged promised declared stressed denied insisted maintained maintain ' +
    'believes believe testified tweeted posted by informed briefed').split(' '),
);

/** Nouns that make a described source someone ("an official", "the ministry"), not a thing. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  ('source sources official officials person people spokesman spokeswoman spokesperson diplomat diplomats aide aides ' +
    'adviser advisers advisor advisors analyst analysts expert experts observer observers witness witnesses resident ' +
    'residents insider insiders executive executives lawmaker lawmakers investigator investigators officer officers ' +
    'employee employees member members critic critics activist activists lawyer lawyers economist economists researcher ' +
    'researchers scientist scientists doctor doctors minister ministers negotiator negotiators leader leaders government ' +
    'governments regime ministry police military army authorities administration office company agency department ' +
    'council court party union embassy commission committee board spokespeople contacts media report statement ' +
    'investigation study survey document documents').split(' '),
);
