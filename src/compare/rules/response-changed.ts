import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { RESPONSES } from '../../lexicon/responses.ts';

type Response = keyof typeof RESPONSES;
interface Answer { readonly response: Response; readonly span: Span }

/**
 * A party's answer to a report told otherwise than the others tell it: "denied the report" where they say it
 * "does not comment on market rumors", or "declined to comment" where they say it confirmed the talks.
 */
export function responseChanged(ctx: ClaimContext): Finding[] {
  const answers = new Map(ctx.variants.map((v) => [v.index, answersOf(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = answers.get(v.index) ?? [];
    if (mine.length !== 1) continue;
    const answer = mine[0]!;
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    for (const o of ctx.others(v.index)) {
      const theirs = answers.get(o.index) ?? [];
      if (theirs.length === 0) continue;
      if (theirs.some((a) => a.response === answer.response)) {
        agree.push(o);
        continue;
      }
      disagree.push(o);
      versus.push(theirs[0]!.span);
    }
    // a refusal to comment told as a denial or a confirmation says more than the party did: the graver change
    const verdict = judgeOutlier(ctx, v, agree, disagree, answer.response === 'no-comment' ? 'medium' : 'high');
    if (!verdict) continue;
    out.push({
      rule: 'response-changed',
      kind: 'meaning',
      severity: verdict.severity,
      span: answer.span,
      versus,
      message: `"${answer.span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}: another answer to the report`,
      actual: answer.response,
      expected: [...new Set(disagree.flatMap((o) => (answers.get(o.index) ?? []).map((a) => a.response)))].join(', '),
    });
  }
  return out;
}

function answersOf(v: Variant): Answer[] {
  const text = v.span.text;
  const out: Answer[] = [];
  for (const [response, patterns] of Object.entries(RESPONSES) as [Response, readonly RegExp[]][]) {
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      const start = v.span.start + m.index;
      out.push({ response, span: { article: v.article.id, start, end: start + m[0].length, text: m[0] } });
      break;
    }
  }
  return out;
}
