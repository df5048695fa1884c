// A wire dateline at the top of a story: "HALVERSTON, March 4 (Reuters) -", "WASHINGTON (AP) —", "Paris (AFP) -",
// "SAN JOSE, Calif., March 4 (AP) --": a place in capitals (or several joined by slashes, "LONDON/PARIS"), an optional
// date or region after a comma, the agency in brackets, then a dash.
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|el|al|es|of))*`;
const PARAGRAPHS_LOOKED_AT = 3;

/** A dateline whose bracket opens with `credit` (a pattern, captured as group 1), perhaps more after it ("(Reuters/Gulf)"). */
export function datelinePattern(credit: string): RegExp {
  return new RegExp(
    String.raw`^${PLACE}(?:\s*\/\s*${PLACE})*(?:\s*,\s*[^()\n]{1,60}?)?\s*\((${credit})(?:\s*[/,]\s*[^()\n]{1,30})?\)\s*(?:-{1,2}|[–—:])\s`,
    'u',
  );
}

/** Any agency's dateline: the bracket's first name, whatever it is ("CNA", "Strandwire"). */
const ANY_CREDIT = datelinePattern(String.raw`[^()\n/,]{2,40}`);

/**
 * The credit of a wire dateline opening one of the text's first paragraphs ("CNA" in "LORISTON, March 14 (CNA) - ..."),
 * by `pattern` (any agency's by default), or null.
 */
export function datelineCredit(text: string, pattern: RegExp = ANY_CREDIT): string | null {
  for (const paragraph of text.split(/\n\s*\n/).slice(0, PARAGRAPHS_LOOKED_AT)) {
    const credit = pattern.exec(paragraph.trim())?.[1];
    if (credit !== undefined) return credit.trim();
  }
  return null;
}
