/** Words that qualify a title or role ("associate professor", "former president", "acting director"), as data. */
export const RANK_QUALIFIERS: ReadonlySet<string> = new Set([
  'associate', 'assistant', 'adjunct', 'deputy', 'vice', 'acting', 'interim', 'former', 'ex', 'junior', 'visiting',
  'honorary', 'emeritus', 'outgoing', 'incoming', 'caretaker',
]);
