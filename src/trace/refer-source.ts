import type { AttributionMention, Origin } from '../model/index.ts';
import { WIRE_NAMES } from '../lexicon/wires.ts';
import { backReferenceHead, sourceHead } from './back-reference.ts';
import { documentKind } from './document-kind.ts';
import { nameOf } from './origin-name.ts';

/** The origin group a credit counts for: its key, its kind and the name this credit gives it. */
export interface SourceRef {
  readonly key: string;
  readonly kind: Origin['kind'];
  readonly name: string;
}

/** A source an article has introduced, by the head noun later references use ("official", "report"). */
interface Introduced extends SourceRef {
  readonly head: string;
}

/**
 * Follow the credits of one article in order and say which origin each counts for. A
 * back-reference counts for the source that introduced it earlier in the article: "two of the
 * officials" and "the officials" for "three officials familiar with the matter", "the report" for
 * "a preliminary engineering report". Documents are told apart by kind ("progress report" is not
 * "engineering report").
 */
export function referSources(credits: readonly AttributionMention[]): SourceRef[] {
  const introduced: Introduced[] = [];
  return credits.map((m): SourceRef => {
    const own = ownRef(m);
    if (m.sourceType === 'document') {
      const head = m.key.slice('document:'.length);
      const kind = documentKind(m.source.text, head);
      if (kind !== null) {
        const ref: Introduced = { ...own, key: `document:${m.key}:${kind}`, head };
        introduced.unshift(ref);
        return ref;
      }
      const definite = /^(?:the|this|that)\s/i.test(m.source.text.trim());
      return (definite && introduced.find((p) => p.kind === 'document' && p.head === head)) || own;
    }
    const back = m.sourceType === 'described' ? backReferenceHead(m.source.text) : null;
    if (back !== null) return introduced.find((p) => p.kind !== 'document' && p.head === back) ?? own;
    const head = m.sourceType === 'counted' || m.sourceType === 'described' ? sourceHead(m.source.text) : null;
    if (head !== null) introduced.unshift({ ...own, head });
    return own;
  });
}

function ownRef(m: AttributionMention): SourceRef {
  const wire = m.sourceType === 'wire' ? WIRE_NAMES.find((w) => w.key === m.key) : undefined;
  return { key: `${m.sourceType}:${m.key}`, kind: m.sourceType, name: wire?.name ?? nameOf(m) };
}
