/**
 * `DatasetModel`: one tenant's data in memory with every derived structure the views read (the
 * index, the hierarchy, the rollups, health, the spotlight indexes, recent changes), and
 * `apply(changes)`, which brings all of them up to date with a batch of the change log.
 *
 * CONTRACT (shared by the server and the core): `apply` takes changes in `seq` order with every
 * `seq` greater than `dataVersion`, and afterwards every view computed from the model equals the
 * view computed from `createDatasetModel(applyChangesToDataset(before, changes))`.
 *
 * This first implementation rebuilds on apply; the incremental one replaces it (issue "Live data").
 */
import { indexDataset, type DatasetIndex } from '../dataset/dataset-index.ts';
import type { Dataset } from '../dataset/schema.ts';
import { prepareHealth } from '../health/health-inputs.ts';
import { buildHierarchy, type Hierarchy } from '../hierarchy/hierarchy.ts';
import { createRollups, type Rollups } from '../hierarchy/rollups.ts';
import { applyChangesToDataset } from './apply-to-dataset.ts';
import type { DataChange } from './data-change.ts';

/** One tenant's live data and everything derived from it. */
export interface DatasetModel {
  /** The tenant (`dataset.tenant.id`). */
  readonly tenantId: string;
  /** The `seq` of the last change applied (the `dataVersion` of every view computed now). */
  readonly dataVersion: number;
  /** The current data. Treat as read-only: change it through `apply`. */
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  readonly hierarchy: Hierarchy;
  readonly rollups: Rollups;
  /** Applies changes of the log, in `seq` order, each with a `seq` above `dataVersion`. */
  apply(changes: readonly DataChange[]): void;
}

/** Options of `createDatasetModel`. */
export interface DatasetModelOptions {
  /** The `seq` the dataset reflects (default 0: nothing applied yet). */
  dataVersion?: number;
}

/**
 * Builds the model of a parsed dataset.
 *
 * @example
 * ```ts
 * const model = createDatasetModel(parseDataset(json));
 * model.apply(changes); // from the store's change log
 * model.rollups.rolledUp('acme', 'arr');
 * ```
 */
export function createDatasetModel(dataset: Dataset, options: DatasetModelOptions = {}): DatasetModel {
  let dataVersion = options.dataVersion ?? 0;
  let current = dataset;
  let index = indexDataset(current);
  let hierarchy = buildHierarchy(index);
  let rollups = createRollups(index, hierarchy);
  prepareHealth(index);
  return {
    tenantId: dataset.tenant.id,
    get dataVersion() { return dataVersion; },
    get dataset() { return current; },
    get index() { return index; },
    get hierarchy() { return hierarchy; },
    get rollups() { return rollups; },
    apply(changes) {
      if (changes.length === 0) return;
      for (const change of changes) {
        if (change.seq <= dataVersion) throw new RangeError(`change seq ${change.seq} is not above the model's dataVersion ${dataVersion}`);
        dataVersion = change.seq;
      }
      current = applyChangesToDataset(current, changes);
      index = indexDataset(current);
      hierarchy = buildHierarchy(index);
      rollups = createRollups(index, hierarchy);
      prepareHealth(index);
    },
  };
}
