/**
 * Row ids for tables that share a page. A figure row's id is its indicator id (`#registered_poor`),
 * the address a reader copies to cite one figure; when two tables of a page (one per dataset) both
 * have the indicator, the first keeps the plain id and the next gets `<dataset>-<indicator>`, so
 * every id stays unique.
 */
export function rowAnchors(
  groups: ReadonlyArray<{ dataset: { name: string }; rows: ReadonlyArray<{ indicator: { id: string } }> }>,
): Map<string, Map<string, string>> {
  const used = new Set<string>();
  const byDataset = new Map<string, Map<string, string>>();
  for (const group of groups) {
    const ids = new Map<string, string>();
    for (const { indicator } of group.rows) {
      const id = used.has(indicator.id) ? `${group.dataset.name}-${indicator.id}` : indicator.id;
      used.add(id);
      ids.set(indicator.id, id);
    }
    byDataset.set(group.dataset.name, ids);
  }
  return byDataset;
}
