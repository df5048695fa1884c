/** Where a patient is admitted to ("admitted to hospital", "to intensive care"): no admission of a party's. */
export const CARE_PLACES: readonly string[] = ['hospital', 'clinic', 'care', 'intensive'];

/**
 * How a party answered a report, as data (regular expressions over a sentence): refusing to comment is neither a
 * denial nor a confirmation, so telling one as another changes what the party said.
 */
export const RESPONSES: Readonly<Record<'no-comment' | 'open' | 'denial' | 'confirmation', readonly RegExp[]>> = {
  'no-comment': [
    /\b(?:declined|refused|declines|refuses|declining|refusing) to (?:comment|say|specify|disclose|confirm or deny|deny|confirm)\b/i,
    // a denial not made is no answer either way: "did not deny the report", "would not confirm"
    /\b(?:does|do|did|would|could) not (?:deny|confirm)\b/i,
    /\b(?:doesn['’]t|don['’]t|didn['’]t|wouldn['’]t) (?:deny|confirm)\b/i,
    /\b(?:does|do|did|would) not (?:comment|respond)\b/i,
    /\b(?:doesn['’]t|don['’]t|didn['’]t) (?:comment|respond)\b/i,
    // "did not say whether it had paid", "has not said whether"
    /\b(?:did|would|has|have|had) not (?:yet )?(?:say|said) (?:whether|if)\b/i,
    /\bno comment\b/i,
    /\bnot (?:immediately )?(?:available|reachable) for comment\b/i,
    /\bdid not (?:immediately )?(?:return|reply to|answer) (?:a |requests? )/i,
  ],
  // neither yes nor no: the party leaves it open ("could not rule out", "has not ruled out", "declined to rule out")
  open: [
    /\b(?:could|can|would|will|did|does|do|has|have|had|is|are|was|were)(?: not|n['’]t) (?:yet )?(?:rule|ruled|ruling) (?:\w+ )?out\b/i,
    /\bcannot (?:rule|be ruled) out\b/i,
    /\b(?:declined|refused|declines|refuses|declining|refusing) to rule (?:\w+ )?out\b/i,
    /\bnot (?:yet )?(?:be |been |being )?ruled out\b/i,
    /\btoo early to (?:say|tell|know|draw conclusions)\b/i,
  ],
  denial: [
    /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes) (?:the |a |any |this |these |such |its |their |his |her )?(?:[\w-]+['’]s )?(?:[\w-]+ )?(?:report|reports|story|claims?|allegations?|suggestions?|rumou?rs?|criticism|criticisms|accusations?|charges?|findings?|conclusions?)\b/i,
    // a firm no to what was asked ("ruled out a second vote"), not a refusal to answer; "has not ruled out" is open
    /(?<!\b(?:not|never|n['’]t|to|cannot)(?: (?:be|been|being|yet|anything|it)){0,2} )\b(?:ruled|rules) out\b/i,
    // "denied it", "denied that", "denied paying any ransom", "denies any wrongdoing"
    /\b(?:denied|denies) (?:it|that|being|having|any|wrongdoing|responsibility|involvement|\w+ing)\b/i,
    /\b(?:categorically|strongly|firmly|flatly) (?:denied|denies|rejected|rejects)\b/i,
    /\bhad no record of\b/i,
  ],
  confirmation: [
    /\b(?:confirmed|confirms) (?:the |a |this )?(?:report|reports|talks|story|deal|plan)\b/i,
    /\b(?:confirmed|confirms) (?:it|that it) (?:was|is|had|has)\b/i,
    /\b(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits|conceded|concedes) that\b/i,
    /\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes) (?:it|they|he|she) (?:had|has|was|were|is|are)\b/i,
    // an admission made ("confessed to handing", "admitted failing", "the minister has admitted"), not a patient admitted
    /(?<!\b(?:was|were|been|being|is|are) )\b(?:confessed|confesses) to\b/i,
    new RegExp(String.raw`(?<!\b(?:was|were|been|being|is|are) )\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b(?! to (?:a |the )?(?:${CARE_PLACES.join('|')}))`, 'i'),
    new RegExp(String.raw`\b(?:has|have|had) (?:now |since |already |finally )?(?:admitted|acknowledged|conceded|confessed)\b(?! to (?:a |the )?(?:${CARE_PLACES.join('|')}))`, 'i'),
  ],
};

/**
 * Whether two answers say different things: refusing to say and leaving it open both leave the matter open ("declined
 * to say whether fares would rise" / "has not ruled out a rise"); any other two answers differ.
 */
export function answersDiffer(a: string, b: string): boolean {
  const open = (x: string): boolean => x === 'no-comment' || x === 'open';
  return a !== b && !(open(a) && open(b));
}
