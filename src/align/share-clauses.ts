import type { Range } from '../model/index.ts';
import type { ClaimUnit } from './claim-unit.ts';
import type { UnitFeatures } from './unit-features.ts';
import { lexicalSimilarity } from './lexical-similarity.ts';
import { partnersOf, spread } from './group-sampling.ts';

/** When a clause of a sentence that tells one claim tells a second claim too. */
export interface ClauseShareRules {
  /** Least share of the clause's weight that two or more other articles' wordings of the claim hold ... */
  readonly told: number;
  /** ... in at least this many terms. */
  readonly terms: number;
  /** Terms a clause must have of its own, its credits left out: fewer is a phrase ("on Friday, the bank said"). */
  readonly own: number;
  /** Least mean score (wording) between the clause and the second claim's wordings. */
  readonly accept: number;
  /** Some wording of the second claim must read at least this alike to the clause. */
  readonly sure: number;
}

/** What shareClauses needs beside the groups. */
export interface ClauseShareInput {
  readonly units: readonly ClaimUnit[];
  readonly features: readonly UnitFeatures[];
  /** Features of a stretch that is no unit, on the units' scale. */
  readonly featurise: (unit: ClaimUnit, skip?: readonly Range[]) => UnitFeatures;
  /** Stretches of an article that tell who said a thing, not what (a credit's source and cue), by article index. */
  readonly credits: readonly (readonly Range[])[];
  /** The runs of clauses a sentence may be carved into (never the whole sentence). */
  readonly runs: (text: string, sentence: Range) => Range[];
  /** Each article's clean text, by the units' article index. */
  readonly texts: readonly string[];
}

/** Wordings of a claim a clause is scored against, at most. */
const MAX_OTHERS = 24;

/**
 * A rewrite often folds one claim into a clause of a sentence about another: "Savers withdrew 3.8 billion crowns
 * ... after Calder Ratings cut its credit rating to junk on Tuesday" tells the withdrawals and the downgrade, which
 * the wire tells in two sentences. The sentence sits in the withdrawals' claim and, read whole, is too unlike the
 * downgrade's wordings to be shared there too (shareSentences); so the downgrade's claim lacks the article and its
 * changed day goes unread. Each claim may take, from every article it lacks, the one run of clauses of a sentence
 * that already tells another claim that reads most like this claim's wordings (on average at least `accept`, one
 * pair at least `sure`, on wording), provided it reads more like this claim than like the claim its sentence tells.
 * The clause joins as a unit of its own (its span); the sentence keeps its claim. Returns the groups with the new
 * units' indices (after the given units) and the new units.
 */
export function shareClauses(
  groups: readonly (readonly number[])[],
  input: ClauseShareInput,
  rules: ClauseShareRules,
  /** Pairs of units worth scoring (the aligner's candidates); without them every placed sentence is tried. */
  pairs?: ReadonlyArray<{ readonly a: number; readonly b: number }>,
): { groups: number[][]; units: ClaimUnit[] } {
  const { units, features } = input;
  const homes = new Map<number, number[]>();
  groups.forEach((g, k) => {
    for (const u of g) for (const p of units[u]!.parts) homes.set(p, [...(homes.get(p) ?? []), k]);
  });
  const partners = partnersOf(pairs);
  const singles = units.map((u, i) => (u.parts.length === 1 && homes.has(i) ? i : -1)).filter((i) => i >= 0);
  // each sentence's runs (offsets from its start), carved and featurised once; copies of one sentence (the same words,
  // features and credits) share them, so a story thousands of outlets carry costs its distinct sentences
  const carved = new Map<number, readonly { from: number; to: number; features: UnitFeatures }[]>();
  const byWording = new Map<string, { from: number; to: number; features: UnitFeatures }[]>();
  const featureIds = new Map<UnitFeatures, number>();
  const runsOf = (u: number) => {
    let runs = carved.get(u);
    if (!runs) {
      const unit = units[u]!;
      const text = input.texts[unit.article] ?? '';
      const credits = (input.credits[unit.article] ?? []).filter((c) => c.end > unit.start && c.start < unit.end);
      const f = features[u]!;
      if (!featureIds.has(f)) featureIds.set(f, featureIds.size);
      const key = `${featureIds.get(f)}\u0001${credits.map((c) => `${c.start - unit.start}-${c.end - unit.start}`).join(',')}\u0001${unit.text}`;
      let relative = byWording.get(key);
      if (!relative) {
        relative = input.runs(text, unit).map((range) => ({
          from: range.start - unit.start,
          to: range.end - unit.start,
          // a credit tells who said it, not what: "..., Finance Ministry officials said" must not tie a clause to the ministry's claim
          features: input.featurise({ article: unit.article, start: range.start, end: range.end, text: text.slice(range.start, range.end), parts: [u] },
            credits.filter((c) => c.end > range.start && c.start < range.end)),
        }));
        byWording.set(key, relative);
      }
      runs = relative;
      carved.set(u, runs);
    }
    return runs;
  };
  // a claim's sample and who holds each of its terms, worked out for the claims asked about only: most groups are
  // single sentences no clause is ever judged against, and holders for all of them were hundreds of MB of sets
  const samples: (number[] | undefined)[] = [];
  const sampleOf = (k: number): number[] => (samples[k] ??= spread(groups[k]!, MAX_OTHERS));
  const mean = (f: UnitFeatures, k: number): { mean: number; max: number } => {
    const others = sampleOf(k);
    let sum = 0;
    let max = 0;
    for (const c of others) {
      const s = lexicalSimilarity(f, features[c]!);
      sum += s;
      if (s > max) max = s;
    }
    return { mean: others.length ? sum / others.length : 0, max };
  };
  // which articles' sampled wordings of a claim hold each term
  const holders: (Map<number, Set<number>> | undefined)[] = [];
  const holdersOf = (k: number): Map<number, Set<number>> => {
    let by = holders[k];
    if (by) return by;
    by = new Map();
    for (const c of sampleOf(k)) {
      for (const t of features[c]!.terms) {
        let set = by.get(t);
        if (!set) by.set(t, (set = new Set()));
        set.add(units[c]!.article);
      }
    }
    return (holders[k] = by);
  };
  // the share of a clause's weight that two or more other articles' wordings of the claim hold
  const told = (f: UnitFeatures, k: number, article: number): { share: number; terms: number } => {
    const by = holdersOf(k);
    let share = 0;
    let terms = 0;
    f.terms.forEach((t, i) => {
      const set = by.get(t);
      const n = set ? set.size - (set.has(article) ? 1 : 0) : 0;
      if (n < 2) return;
      share += f.weights[i]! ** 2;
      terms++;
    });
    return { share, terms };
  };
  // the placed sentences of a claim's candidate partners, each once, in the order first met: one list reused from
  // claim to claim, and a mark per unit of the claim that listed it last (a claim thousands of outlets carry has
  // hundreds of thousands of partners: sets and lists of lists of them were most of this step's garbage)
  const placed: number[] = [];
  const listedBy = new Int32Array(units.length);
  const partnersPlaced = (group: readonly number[], k: number): readonly number[] => {
    placed.length = 0;
    for (const u of group) {
      for (const v of partners.get(u) ?? []) {
        for (const p of units[v]!.parts) {
          if (listedBy[p] === k + 1 || !homes.has(p)) continue;
          listedBy[p] = k + 1;
          placed.push(p);
        }
      }
    }
    return placed;
  };
  const out = groups.map((g) => [...g]);
  const added: ClaimUnit[] = [];
  groups.forEach((group, k) => {
    const articles = new Set(group.map((u) => units[u]!.article));
    if (articles.size < 2) return;
    const tries = pairs ? partnersPlaced(group, k) : singles;
    const best = new Map<number, { unit: number; range: Range; share: number }>();
    const here = new Map<UnitFeatures, { share: number; terms: number } | null>();
    for (const u of tries) {
      const unit = units[u]!;
      if (articles.has(unit.article) || homes.get(u)?.includes(k)) continue;
      for (const run of runsOf(u)) {
        if (run.features.terms.length < rules.own) continue;
        // the article lacks this claim, so what the claim's wordings say of a run depends on its features alone
        let judged = here.get(run.features);
        if (judged === undefined) {
          const said = told(run.features, k, unit.article);
          const alike = said.terms < rules.terms || said.share < rules.told ? null : mean(run.features, k);
          judged = alike === null || alike.max < rules.sure || alike.mean < rules.accept ? null : said;
          here.set(run.features, judged);
        }
        if (judged === null) continue;
        const said = judged;
        // the clause must tell this claim more than the claim its sentence already tells
        if ((homes.get(u) ?? []).some((h) => told(run.features, h, unit.article).share >= said.share)) continue;
        const held = best.get(unit.article);
        if (!held || said.share > held.share) best.set(unit.article, { unit: u, range: { start: unit.start + run.from, end: unit.start + run.to }, share: said.share });
      }
    }
    for (const { unit, range } of best.values()) {
      const from = units[unit]!;
      const text = input.texts[from.article] ?? '';
      out[k]!.push(units.length + added.length);
      added.push({ article: from.article, start: range.start, end: range.end, text: text.slice(range.start, range.end), parts: [units.length + added.length] });
    }
  });
  return { groups: out.map((g) => [...g].sort((x, y) => x - y)), units: added };
}
