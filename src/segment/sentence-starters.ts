/**
 * Capitalised words that begin sentences but almost never continue a name: after "U.S." or
 * "Dr." they mark a new sentence ("... in the U.S. The plan ..."). Closed-class words only, so a
 * name after a title ("Gen. Lee") is never mistaken for one.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Such', 'Some', 'Any', 'Many', 'Most', 'Much',
  'All', 'Both', 'Each', 'Every', 'Several', 'Few', 'Other', 'Another', 'Its', 'His', 'Her', 'Their',
  'Our', 'My', 'Your', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'There', 'Here', 'Who', 'What',
  'When', 'Where', 'Why', 'How', 'Which', 'Whether', 'If', 'As', 'But', 'And', 'Or', 'Nor', 'So',
  'Yet', 'Still', 'However', 'Meanwhile', 'Moreover', 'Also', 'Then', 'Now', 'Thus', 'Instead',
  'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before', 'During', 'Since',
  'Until', 'While', 'Although', 'Though', 'Because', 'Despite', 'Under', 'Over', 'Among', 'About',
  'According', 'Asked', 'Last', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Not',
  'Even', 'Only', 'Just', 'One', 'Two', 'Three', 'To',
]);

const TRAILING = /[.,;:!?”"’')\]]+$/u;
// "It’s", "I'm", "That’s": a contraction starts a sentence as its first word does
const CONTRACTION = /['’]\p{Ll}{1,2}$/u;

/** Whether `token` (a word as it stands in the text, punctuation included) plainly opens a sentence. */
export function startsSentence(token: string): boolean {
  // "A." is an initial ("Philip A. Smith"), not the article
  if (/^\p{Lu}\.$/u.test(token)) return false;
  return SENTENCE_STARTERS.has(token.replace(TRAILING, '').replace(CONTRACTION, ''));
}
