/**
 * How a party answered a report, as data (regular expressions over a sentence): refusing to comment is neither a
 * denial nor a confirmation, so telling one as another changes what the party said.
 */
export const RESPONSES: Readonly<Record<'no-comment' | 'denial' | 'confirmation', readonly RegExp[]>> = {
  'no-comment': [
    /\b(?:declined|refused|declines|refuses|declining|refusing) to (?:comment|say|specify|disclose|confirm or deny|deny|confirm|rule out)\b/i,
    // a denial not made is no answer either way: "did not deny the report", "would not confirm"
    /\b(?:does|do|did|would|could) not (?:deny|confirm)\b/i,
    /\b(?:doesn['’]t|don['’]t|didn['’]t|wouldn['’]t) (?:deny|confirm)\b/i,
    /\b(?:does|do|did|would) not (?:comment|respond)\b/i,
    /\b(?:doesn['’]t|don['’]t|didn['’]t) (?:comment|respond)\b/i,
    /\bno comment\b/i,
    /\bnot (?:immediately )?(?:available|reachable) for comment\b/i,
    /\bdid not (?:immediately )?(?:return|reply to|answer) (?:a |requests? )/i,
  ],
  denial: [
    /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes) (?:the |a |any |this |these |such )?(?:report|reports|story|claims?|allegations?|suggestions?|rumou?rs?|criticism|criticisms|accusations?|charges?)\b/i,
    // a firm no to what was asked ("ruled out a second vote"), not a refusal to answer; "has not ruled out" is neither
    /(?<!\b(?:not|never|n['’]t) )\b(?:ruled|rules) out\b/i,
    /\b(?:denied|denies) (?:it|that it|that they|being|having|any)\b/i,
  ],
  confirmation: [
    /\b(?:confirmed|confirms) (?:the |a |this )?(?:report|reports|talks|story|deal|plan)\b/i,
    /\b(?:confirmed|confirms) (?:it|that it) (?:was|is|had|has)\b/i,
    /\b(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits|conceded|concedes) that\b/i,
    /\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes) (?:it|they|he|she) (?:had|has|was|were|is|are)\b/i,
  ],
};
