import type { Article } from '../model/index.ts';
import { FUNCTION_WORDS } from '../lexicon/function-words.ts';

/** Who reads which headline in a large bundle. */
export interface Headlines {
  /** The articles whose headline is compared. */
  readonly holders: ReadonlySet<string>;
  /** The articles whose headline reads the same as a holder's, by holder: they take its findings. */
  readonly copies: Map<string, string[]>;
  /** Each holder's claims its headline could tell (its own story's wording of them counts). */
  readonly tells: Map<string, string[]>;
}

/** Words of a headline a claim's wording must share, at least, for the headline to be read against it... */
const SHARED = 2;
/** ...and this share of the headline's words: looser than the comparison's own test, so no claim is missed. */
const SHARE = 1 / 3;

/**
 * A headline is read once for all articles that would read it alike: the same title, published the same day, over
 * the same wording of each claim it could tell (a headline is compared with the baseline's wording of its claim, or
 * with the article's own). One article per such headline holds it, a compared one where there is one; `compared`
 * gains the holders.
 */
export function readHeadlines(
  articles: readonly Article[],
  wordings: ReadonlyMap<string, ReadonlyMap<string, { readonly spans: readonly { readonly text: string }[]; readonly key: string }>>,
  compared: Set<string>,
): Headlines {
  const carried = new Map<string, string[]>();
  for (const [claim, own] of wordings) {
    for (const article of own.keys()) {
      const list = carried.get(article);
      if (list) list.push(claim);
      else carried.set(article, [claim]);
    }
  }
  const signatures = new Map<string, { readonly key: string; readonly told: string[] }>();
  for (const a of articles) {
    if (!a.title?.trim()) continue;
    const title = stemsOf(a.title);
    const told = (carried.get(a.id) ?? []).filter((claim) => {
      const w = wordings.get(claim)!.get(a.id)!;
      const said = stemsOf(w.spans.map((s) => s.text).join(' '));
      const shared = [...title].filter((x) => said.has(x)).length;
      return shared >= SHARED && shared >= title.size * SHARE;
    });
    const key = [a.published?.slice(0, 10) ?? '', a.title, ...told.map((claim) => `${claim}\u0002${wordings.get(claim)!.get(a.id)!.key}`)].join('\u0001');
    signatures.set(a.id, { key, told });
  }
  const holder = new Map<string, string>();
  for (const pass of [true, false]) {
    for (const [id, { key }] of signatures) if (compared.has(id) === pass && !holder.has(key)) holder.set(key, id);
  }
  const copies = new Map<string, string[]>();
  const tells = new Map<string, string[]>();
  for (const [id, { key, told }] of signatures) {
    const held = holder.get(key)!;
    if (held === id) {
      compared.add(id);
      tells.set(id, told);
      continue;
    }
    const list = copies.get(held);
    if (list) list.push(id);
    else copies.set(held, [id]);
  }
  return { holders: new Set(holder.values()), copies, tells };
}

// A wording's content words, cut to their first four letters: a coarse stem, so words the comparison would match
// ("derailed", "derails") match here too.
function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) if (!FUNCTION_WORDS.has(m[0])) out.add(m[0].slice(0, 4));
  return out;
}
