/** Whether a line ends the way a sentence does (a full stop, ! or ?, maybe inside closing quotes). */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]」』]*$/u.test(text.trim());
}
