import type { Collation } from '../collate/collation.ts';
import type { Says } from '../typers/change.ts';
import { conjugate, outlets } from '../finding.ts';
import type { Departure } from './judge-readings.ts';

/** Who a departure is set against, as the subject of a message: "the Reuters wire says", "3 other outlets carrying this claim say". */
export function describeWitnesses<T>(col: Collation, d: Departure<T>): Says {
  if (d.via === 'source' && col.sourceLabel !== null) {
    const name = col.sourceLabel;
    return (verb) => `${name}${d.agreeing.length > 0 ? `, which ${outlets(d.agreeing.length + 1, false)} here depart from,` : ''} ${conjugate(1, verb)}`;
  }
  const n = d.witnesses.length;
  return (verb) => `${outlets(n)} carrying this claim ${conjugate(n, verb)}`;
}
