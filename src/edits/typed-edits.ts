import type { Article, Claim, DivergenceKind, Range, Span, VersionEdit, VersionPlace } from '../model/index.ts';
import { compareClaims } from '../compare/compare-claims.ts';
import { extractMentions } from '../extract/extract-mentions.ts';

/** A passage of the previous version and the one that replaced it in the new version. */
export interface PassagePair {
  readonly before: Range;
  readonly after: Range;
}

const WHAT: Readonly<Record<DivergenceKind, string>> = {
  number: 'A figure', date: 'A date', quantifier: 'A quantifier', attribution: 'An attribution', hedge: 'How sure it is',
  quote: 'A quotation', entity: 'A name', detail_added: 'A detail', detail_dropped: 'A detail', meaning: 'The meaning',
  framing: 'The framing',
};

/**
 * The typed changes between replaced passages, as the comparison reads two outlets' wordings of one claim: each pair
 * is a claim carried by both versions, judged against the previous one. What the comparison flags in the new version
 * is what the edit put in; what it flags in the previous one (a loaded word it had) is what the edit took out.
 */
export function typedEdits(previous: Article, next: Article, pairs: readonly PassagePair[], field: VersionEdit['field']): VersionEdit[] {
  if (pairs.length === 0) return [];
  const mentions = new Map([previous, next].map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)] as const));
  const claims = pairs.map((p, i): Claim => ({
    id: `p${i}`,
    text: previous.text.slice(p.before.start, p.before.end),
    articles: [previous.id, next.id],
    support: [spanIn(previous, p.before), spanIn(next, p.after)],
  }));
  const found = compareClaims([previous, next], mentions, claims, { baseline: { article: previous.id } });
  return found.map((d): VersionEdit => {
    const pair = pairs[Number(d.claim.slice(1))]!;
    const inNew = d.article === next.id;
    const flagged: VersionPlace = { start: d.start, end: d.end, text: d.text };
    const other = d.versus.find((v) => v.article === (inNew ? previous.id : next.id));
    const counterpart: VersionPlace = other ? { start: other.start, end: other.end, text: other.text } : { start: (inNew ? pair.before : pair.after).start, end: (inNew ? pair.before : pair.after).start, text: '' };
    const after = inNew ? flagged : counterpart;
    const before = inNew ? counterpart : flagged;
    const rule = d.id.split(':')[1] ?? d.kind;
    return {
      rule, kind: d.kind, severity: d.severity, field,
      message: `${WHAT[d.kind]} changed: ${said(before.text)} is now ${said(after.text)}`,
      after, before,
      ...(d.actual !== undefined && { [inNew ? 'actual' : 'expected']: d.actual }),
      ...(d.expected !== undefined && { [inNew ? 'expected' : 'actual']: d.expected }),
    };
  });
}

function spanIn(article: Article, range: Range): Span {
  return { article: article.id, start: range.start, end: range.end, text: article.text.slice(range.start, range.end) };
}

/** Words for a message: quoted, on one line, or "nothing" for an empty side. */
export function said(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'nothing';
  return `"${line.length > 160 ? `${line.slice(0, 157)}...` : line}"`;
}
