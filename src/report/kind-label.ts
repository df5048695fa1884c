import type { DivergenceKind } from '../model/index.ts';

const LABELS: Readonly<Record<DivergenceKind, string>> = {
  number: 'number', date: 'date', quantifier: 'quantifier', attribution: 'attribution', hedge: 'hedge',
  quote: 'quotation', entity: 'name', detail_added: 'added detail', detail_dropped: 'dropped detail',
  meaning: 'meaning', framing: 'framing',
};

/** A divergence kind in words a reader knows ("detail_added" reads "added detail"). */
export function kindLabel(kind: DivergenceKind): string {
  return LABELS[kind];
}
