/**
 * The portfolio list of the demo portal's own backend: the ultimate-parent accounts with their
 * rolled-up contract value, health and renewal date, searchable and sortable. A real host would
 * read this from its own database; the demo computes it with @successkit/core.
 */
import {
  buildHierarchy,
  computeAccountHealth,
  createRollups,
  findAttributeByMeaning,
  indexDataset,
  type Dataset,
} from '@successkit/core';

/** One row of the list. */
export interface PortfolioRow {
  id: string;
  name: string;
  typeName: string;
  arr: number | null;
  healthScore: number | null;
  healthBand: 'poor' | 'average' | 'good' | null;
  renewalDate: string | null;
  childCount: number;
}

/** A portfolio query. */
export interface PortfolioQuery {
  search?: string;
  sort?: 'health' | 'arr' | 'name';
  order?: 'asc' | 'desc';
}

/** Precomputes the rows of a dataset once; `query` filters and sorts them. */
export function createPortfolio(dataset: Dataset, asOf: string): { query(q: PortfolioQuery): PortfolioRow[] } {
  const index = indexDataset(dataset);
  const hierarchy = buildHierarchy(index);
  const rollups = createRollups(index, hierarchy);
  const arrKey = findAttributeByMeaning(dataset.attributes, 'contractValue')?.key;
  const renewalKey = findAttributeByMeaning(dataset.attributes, 'renewalDate')?.key;
  const rows: PortfolioRow[] = hierarchy.roots.map((id) => {
    const account = index.accountsById.get(id)!;
    const health = computeAccountHealth(index, id, asOf);
    const arr = arrKey ? rollups.rolledUp(id, arrKey) : null;
    const renewal = renewalKey ? rollups.rolledUp(id, renewalKey) ?? account.attributes[renewalKey] : null;
    return {
      id,
      name: account.name,
      typeName: index.accountTypesById.get(account.typeId)?.name ?? account.typeId,
      arr: typeof arr === 'number' ? arr : null,
      healthScore: health?.score ?? null,
      healthBand: health?.band ?? null,
      renewalDate: typeof renewal === 'string' ? renewal : null,
      childCount: hierarchy.children(id).length,
    };
  });
  return {
    query({ search = '', sort = 'arr', order = 'desc' }) {
      const needle = search.trim().toLowerCase();
      const found = needle ? rows.filter((r) => r.name.toLowerCase().includes(needle)) : [...rows];
      const value = (r: PortfolioRow): number | string =>
        sort === 'name' ? r.name.toLowerCase() : sort === 'health' ? r.healthScore ?? -1 : r.arr ?? -1;
      const direction = order === 'asc' ? 1 : -1;
      return found.sort((a, b) => (value(a) < value(b) ? -direction : value(a) > value(b) ? direction : 0));
    },
  };
}
