/**
 * The portfolio list of the demo portal's own backend: the ultimate-parent accounts with their
 * rolled-up contract value, health and renewal date, searchable and sortable. A real host would
 * read this from its own database; the demo reads the successkit server's live `DatasetModel`
 * (the same one the API answers from), so ingested changes show here too.
 */
import { computeAccountHealth, findAttributeByMeaning, type DatasetModel } from '@successkit/core';

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

/** The rows of a model at `asOf` (O(roots)): read per query, so they follow the live data. */
function rowsOf(model: DatasetModel, asOf: string): PortfolioRow[] {
  const { index, hierarchy, rollups } = model;
  const arrKey = findAttributeByMeaning(index.dataset.attributes, 'contractValue')?.key;
  const renewalKey = findAttributeByMeaning(index.dataset.attributes, 'renewalDate')?.key;
  return hierarchy.roots.map((id) => {
    const account = index.accountsById.get(id)!;
    const health = computeAccountHealth(model, id, asOf);
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
}

/**
 * The portfolio over the server's live model: `modelOf` hands out the tenant's current model
 * (`null` when the tenant is unknown), `now` the clock; `query` filters and sorts.
 */
export function createPortfolio(
  modelOf: () => Promise<DatasetModel | null>,
  now: () => Date = () => new Date(),
): { query(q: PortfolioQuery): Promise<PortfolioRow[]> } {
  return {
    async query({ search = '', sort = 'arr', order = 'desc' }) {
      const model = await modelOf();
      const rows = model ? rowsOf(model, now().toISOString()) : [];
      const needle = search.trim().toLowerCase();
      const found = needle ? rows.filter((r) => r.name.toLowerCase().includes(needle)) : rows;
      const value = (r: PortfolioRow): number | string =>
        sort === 'name' ? r.name.toLowerCase() : sort === 'health' ? r.healthScore ?? -1 : r.arr ?? -1;
      const direction = order === 'asc' ? 1 : -1;
      return found.sort((a, b) => (value(a) < value(b) ? -direction : value(a) > value(b) ? direction : 0));
    },
  };
}
