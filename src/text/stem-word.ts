const VOWEL = /[aeiouy]/;

/**
 * Strip one inflection from a lower-case, normalised word so "killed"/"killing", "departed"/"departures" and
 * "travelled"/"traveled" share a stem; rough by design, and shared by align and compare so both read words alike.
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else w = stripVerbal(w);
  if (w.endsWith('ly') && w.length > 5) w = stripVerbal(w.slice(0, -2));
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ures', 'ure', 'ions', 'ion', 'ness', 'ity', 'ism', 'al']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4 && VOWEL.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  // "travelled"/"traveled" and "kill"/"killed" meet on a single l
  if (w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

function stripVerbal(word: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 3 || !VOWEL.test(stem)) return word;
    // "stopped" -> "stop", but "killed" keeps its double l ("kill")
    if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  return word;
}
