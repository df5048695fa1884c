const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A story anchor as a reader reads it: a name or place capitalised ("n:hadley" -> "Hadley", "p:us" -> "US"), a
 * figure as written ("#:1.2" -> "1.2"), a date as day and month ("d:2-26" -> "26 Feb").
 */
export function anchorText(anchor: string): string {
  const value = anchor.slice(2);
  if (anchor.startsWith('#:')) return value;
  const date = /^d:(\d{1,2})-(\d{1,2})$/.exec(anchor);
  if (date) return `${date[2]} ${MONTHS[Number(date[1]) - 1] ?? date[1]}`;
  if (anchor.startsWith('p:') && value.length <= 3) return value.toUpperCase();
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** What ties an article in another language to its story, in words: "shares Hadley, 240, 26 Feb"; empty for none. */
export function sharedText(anchors: readonly string[]): string {
  return anchors.length === 0 ? '' : `shares ${anchors.map(anchorText).join(', ')}`;
}
