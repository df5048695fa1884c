import type { Origin } from '../model/index.ts';

const KIND_ORDER: Readonly<Record<Origin['kind'], number>> = {
  wire: 0, outlet: 1, counted: 2, named: 2, described: 2, document: 2, unspecified: 3,
};

/** Origins as a reader wants them: wire agencies first, then other outlets, then sources by how many articles credit them. */
export function rankOrigins(origins: readonly Origin[]): Origin[] {
  return origins
    .map((origin, i) => ({ origin, i }))
    .sort((x, y) => KIND_ORDER[x.origin.kind] - KIND_ORDER[y.origin.kind]
      || y.origin.articles.length - x.origin.articles.length
      || x.i - y.i)
    .map((x) => x.origin);
}
