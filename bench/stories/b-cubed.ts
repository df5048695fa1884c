/** B-cubed precision and recall of a clustering against gold classes (both maps from item to label). */
export function bCubed(found: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { precision: number; recall: number } {
  const items = [...gold.keys()];
  const members = (map: ReadonlyMap<string, string>): Map<string, string[]> => {
    const groups = new Map<string, string[]>();
    for (const item of items) {
      const key = map.get(item) ?? `alone:${item}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return groups;
  };
  const foundGroups = members(found);
  const goldGroups = members(gold);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const cluster = foundGroups.get(found.get(item) ?? `alone:${item}`) ?? [item];
    const cls = goldGroups.get(gold.get(item)!) ?? [item];
    const both = cluster.filter((x) => gold.get(x) === gold.get(item)).length;
    precision += both / cluster.length;
    recall += both / cls.length;
  }
  return { precision: precision / items.length, recall: recall / items.length };
}
