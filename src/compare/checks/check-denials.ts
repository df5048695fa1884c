import type { Collation } from '../collate/collation.ts';
import type { Finding } from '../finding.ts';
import type { Change, View } from '../typers/change.ts';
import type { PolarityTag } from '../tag/tag.ts';
import { sameWord } from '../same-word.ts';
import { checkWholeWordings } from './check-slots.ts';
import { inQuotation } from './check-stages.ts';

/** Words between a denial and the act it denies ("failed [to] stop", "did not [immediately] respond", "stopped short of [the] ..."). */
const REACH = 2;
/** Words between an act and a denying determiner after it ("found [to contain] no ostarine"). */
const REACH_AFTER = 4;
/** Denials that deny a clause from after its verb, as determiners of what it names. */
const NO = /^(?:no|none|nothing|nobody|no one|neither)$/;

/**
 * An act denied in one wording and told as done in the other, wherever the rewrite moved it: "stopped short of
 * conceding defeat" / "conceded defeat", "did not consult workers" / "consulted workers". The act is one verb both
 * wordings tell once (by stem), outside quotations; it is denied when a negator or a phrase of denial ("failed to",
 * "refused to", "no longer", "stopped short of") stands just before it in its clause. The slots read a denial where
 * the words line up (typePolarity); this reads it where the sentence was rebuilt around the verb.
 */
export function checkDenials(col: Collation): Finding[] {
  return checkWholeWordings(col, compareDenials);
}

function compareDenials(base: View, other: View): Change[] {
  const theirs = acts(base);
  const mine = acts(other);
  for (const a of theirs) {
    const b = mine.find((m) => sameWord(other.v.tokens[m.k]!, base.v.tokens[a.k]!));
    if (!b || (a.denial === undefined) === (b.denial === undefined)) continue;
    if (b.denial) {
      return [{
        kind: 'meaning', type: 'negation-added', severity: 'high', here: { from: b.denial.from, to: b.k + 1 }, there: { from: a.k, to: a.k + 1 },
        explain: (h, t, says) => `"${h}" denies what ${says('tell')} as done ("${t}")`, actual: 'denied', expected: 'done',
      }];
    }
    return [{
      kind: 'meaning', type: 'negation-dropped', severity: 'high', here: { from: b.k, to: b.k + 1 }, there: { from: a.denial!.from, to: a.k + 1 },
      explain: (h, t, says) => `tells as done ("${h}") what ${says('deny')} ("${t}")`, actual: 'done', expected: 'denied',
    }];
  }
  return [];
}

interface Act { readonly k: number; readonly denial: PolarityTag | undefined }

// The content verbs a wording tells once, outside quotations and outside the words of a denial, each with the denial
// right before it in its clause, if any.
function acts(view: View): Act[] {
  const { tokens, tags, article } = view.v;
  const denials = tags.filter((t): t is PolarityTag => t.kind === 'polarity' && !inQuotation(view, t.from));
  const out: Act[] = [];
  tokens.forEach((t, k) => {
    if (t.pos !== 'VERB' || !t.content || inQuotation(view, k) || denials.some((d) => d.from <= k && k < d.to)) return;
    // a verb read after a preposition or a determiner is a noun ("a request for comment")
    const before = tokens[k - 1];
    if (before && (/ADP|DET/.test(before.pos) || /^(?:for|of|without)$/i.test(before.text)) && !/^to$/i.test(before.text)) return;
    if (tokens.some((x, j) => j !== k && x.pos === 'VERB' && sameWord(x, t))) return;
    // the words up to a determiner after the act are its own ("found [to contain] no"): no other subject or clause
    // ("suspended [if he commits] no further breaches")
    const ownObject = (from: number, to: number): boolean => tokens.slice(from + 1, to).every((x, j, all) =>
      !/SCONJ|PRON|PROPN|NOUN/.test(x.pos) && (!/VERB|AUX/.test(x.pos) || /^to$/i.test(all[j - 1]?.text ?? '')));
    const clause = (from: number, to: number): boolean => !/[,;:—–()]/.test(article.text.slice(tokens[from]!.end, tokens[to]!.start));
    // a denial before the act, or a denying determiner after it ("found no device" is "no device was found")
    const denial = denials.find((d) => d.to <= k && k - d.to <= REACH && clause(d.to - 1, k))
      ?? denials.find((d) => d.from > k && d.from - k <= REACH_AFTER && NO.test(d.word) && clause(k, d.from) && ownObject(k, d.from));
    out.push({ k, denial });
  });
  // a verb that appears twice in the other wording is left out there too: only acts told once on each side pair up
  return out;
}
