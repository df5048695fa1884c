import type { Article, Claim, Divergence, Mention } from '../model/index.ts';
import { tagText, type Token } from '../extract/tag-text.ts';
import { createClaimContext } from './claim-context.ts';
import type { CompareRule, Finding } from './finding.ts';
import { numberChanged } from './rules/number-changed.ts';
import { currencyChanged } from './rules/currency-changed.ts';
import { boundDropped } from './rules/bound-dropped.ts';
import { boundFlipped } from './rules/bound-flipped.ts';
import { dateChanged } from './rules/date-changed.ts';
import { dateVaguer } from './rules/date-vaguer.ts';
import { timeChanged } from './rules/time-changed.ts';
import { quantifierChanged } from './rules/quantifier-changed.ts';
import { quantifierDropped } from './rules/quantifier-dropped.ts';
import { countBlurred } from './rules/count-blurred.ts';
import { attributionDropped } from './rules/attribution-dropped.ts';
import { attributionChanged } from './rules/attribution-changed.ts';
import { sourceCountDropped } from './rules/source-count-dropped.ts';
import { sourceCountChanged } from './rules/source-count-changed.ts';
import { hedgeDropped } from './rules/hedge-dropped.ts';
import { hedgeAdded } from './rules/hedge-added.ts';
import { modalWeakened } from './rules/modal-weakened.ts';
import { findingSoftened } from './rules/finding-softened.ts';
import { quoteAltered } from './rules/quote-altered.ts';
import { entityChanged } from './rules/entity-changed.ts';
import { nameSwapped } from './rules/name-swapped.ts';
import { titleChanged } from './rules/title-changed.ts';
import { rankDropped } from './rules/rank-dropped.ts';
import { negationFlipped } from './rules/negation-flipped.ts';
import { changeContradicted } from './rules/change-contradicted.ts';
import { meaningChanged } from './rules/meaning-changed.ts';
import { causeAsserted } from './rules/cause-asserted.ts';
import { responseChanged } from './rules/response-changed.ts';
import { eventSwapped } from './rules/event-swapped.ts';
import { detailAdded } from './rules/detail-added.ts';
import { clauseAdded } from './rules/clause-added.ts';
import { appositiveAdded } from './rules/appositive-added.ts';
import { detailDropped } from './rules/detail-dropped.ts';
import { clauseDropped } from './rules/clause-dropped.ts';
import { caveatDropped } from './rules/caveat-dropped.ts';
import { measureScopeDropped } from './rules/measure-scope-dropped.ts';
import { basisDropped } from './rules/basis-dropped.ts';
import { scopeWidened } from './rules/scope-widened.ts';
import { framing } from './rules/framing.ts';
import { dropMeaningInsideQuote } from './quote-covers.ts';
import { dropDetailThatIsFraming } from './framing-covers.ts';

/** The compare stage's table of contents: each rule looks at one kind of change. */
export const COMPARE_RULES: readonly CompareRule[] = [
  numberChanged,
  currencyChanged,
  boundDropped,
  boundFlipped,
  dateChanged,
  timeChanged,
  dateVaguer,
  quantifierChanged,
  quantifierDropped,
  countBlurred,
  attributionDropped,
  attributionChanged,
  sourceCountDropped,
  sourceCountChanged,
  hedgeDropped,
  hedgeAdded,
  modalWeakened,
  findingSoftened,
  quoteAltered,
  entityChanged,
  nameSwapped,
  titleChanged,
  rankDropped,
  negationFlipped,
  changeContradicted,
  meaningChanged,
  causeAsserted,
  responseChanged,
  eventSwapped,
  detailAdded,
  clauseAdded,
  appositiveAdded,
  detailDropped,
  clauseDropped,
  caveatDropped,
  measureScopeDropped,
  basisDropped,
  scopeWidened,
  framing,
];

/** Set each claim's variants side by side and report how each one departs from the others. */
export function compareClaims(
  articles: readonly Article[],
  mentions: ReadonlyMap<string, readonly Mention[]>,
  claims: readonly Claim[],
): Divergence[] {
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const tagged = new Map<string, readonly Token[]>();
  const tags = (article: Article): readonly Token[] => {
    let hit = tagged.get(article.id);
    if (!hit) {
      hit = tagText(article.text);
      tagged.set(article.id, hit);
    }
    return hit;
  };
  const out: Divergence[] = [];
  for (const claim of claims) {
    const ctx = createClaimContext(claim, byId, mentions, tags);
    if (ctx.variants.length < 2) continue;
    const findings = COMPARE_RULES.flatMap((rule) => rule(ctx));
    for (const f of dropDuplicates(dropDetailThatIsFraming(dropMeaningInsideQuote(findings)))) out.push(toDivergence(claim.id, f));
  }
  return out;
}

// Two rules may see one change (a quoted number, an entity inside a phrase): keep the first per place and kind.
function dropDuplicates(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const clash = kept.some(
      (k) => k.span.article === f.span.article && k.kind === f.kind && k.span.start < f.span.end && f.span.start < k.span.end,
    );
    if (!clash) kept.push(f);
  }
  return kept;
}

function toDivergence(claim: string, f: Finding): Divergence {
  return {
    id: `${claim}:${f.rule}:${f.span.article}:${f.span.start}`,
    claim,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    article: f.span.article,
    start: f.span.start,
    end: f.span.end,
    text: f.span.text,
    versus: f.versus,
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
  };
}
