/**
 * `DatasetModel`: one tenant's data in memory with every derived structure the views read (the
 * index, the hierarchy, the rollups, the health inputs and engine, the spotlight indexes, the
 * attribute history behind recent changes), and `apply(changes)`, which brings all of them up
 * to date with a batch of the change log.
 *
 * CONTRACT (shared by the server and the core): `apply` takes changes in `seq` order with every
 * `seq` greater than `dataVersion`, and afterwards every view computed from the model equals the
 * view computed from `createDatasetModel(applyChangesToDataset(before, changes))`.
 *
 * Cost of `apply` (see `model-apply.ts`): proportional to the change for account attribute and
 * type changes (the `Rollups.setAttribute` path, the account's health inputs, its history),
 * touchpoints, tasks, usage rows, assignments, contacts, attribute history, users and teams.
 * An account created or moved to another parent lays the hierarchy and the rollup columns out
 * again (O(accounts) in typed arrays, once per batch; no activity row is read). A batch holding
 * an account deleted, or a change of the tenant's definitions (attributes, account types, health
 * profiles), rebuilds every derived structure from the current lists, O(tenant): those changes
 * are rare, and the rebuild is the reference build itself.
 */
import { indexDataset, type DatasetIndex } from '../dataset/dataset-index.ts';
import type { Dataset } from '../dataset/schema.ts';
import { createHealthEngine, type HealthEngine } from '../health/health-engine.ts';
import { prepareHealthInputs, type HealthInputs } from '../health/health-inputs.ts';
import { buildHierarchy, type Hierarchy } from '../hierarchy/hierarchy.ts';
import { createRollups, type Rollups } from '../hierarchy/rollups.ts';
import { buildSpotlightIndex, type SpotlightIndex } from '../spotlight/spotlight-index.ts';
import type { DataChange } from './data-change.ts';
import { applyBatch, needsRebuild, writeLists, type ModelParts } from './model-apply.ts';
import { ModelLists } from './model-lists.ts';
import { ChangeOrderError } from './change-order-error.ts';

/** One tenant's live data and everything derived from it. */
export interface DatasetModel {
  /** The tenant (`dataset.tenant.id`). */
  readonly tenantId: string;
  /** The `seq` of the last change applied (the `dataVersion` of every view computed now). */
  readonly dataVersion: number;
  /** The current data (lists read through the model's current form). Treat as read-only: change it through `apply`. */
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  readonly hierarchy: Hierarchy;
  readonly rollups: Rollups;
  /** The health inputs of every account (usage and attribute history in typed arrays). */
  readonly healthInputs: HealthInputs;
  /** The health engine every view scores with (memoised; forgotten on each `apply`). */
  readonly health: HealthEngine;
  /** The Team Spotlight index, built on first use (O(activity)) and kept current afterwards. */
  readonly spotlight: SpotlightIndex;
  /** How many full rebuilds `apply` has done (deleted accounts, definition changes): for tests and metrics. */
  readonly rebuilds: number;
  /** Applies changes of the log, in `seq` order, each with a `seq` above `dataVersion`. */
  apply(changes: readonly DataChange[]): void;
}

/** Options of `createDatasetModel`. */
export interface DatasetModelOptions {
  /** The `seq` the dataset reflects (default 0: nothing applied yet). */
  dataVersion?: number;
}

function buildParts(lists: ModelLists): ModelParts {
  const index = indexDataset(lists.dataset);
  const hierarchy = buildHierarchy(index);
  const rollups = createRollups(index, hierarchy);
  const healthInputs = prepareHealthInputs(index);
  const health = createHealthEngine(index, { inputs: healthInputs });
  return { lists, index, hierarchy, rollups, healthInputs, health, spotlight: null, addedSlots: null };
}

/**
 * Builds the model of a parsed dataset (the dataset itself is never modified).
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
  let rebuilds = 0;
  let parts = buildParts(new ModelLists(dataset));
  return {
    tenantId: dataset.tenant.id,
    get dataVersion() {
      return dataVersion;
    },
    get dataset() {
      return parts.lists.dataset;
    },
    get index() {
      return parts.index;
    },
    get hierarchy() {
      return parts.hierarchy;
    },
    get rollups() {
      return parts.rollups;
    },
    get healthInputs() {
      return parts.healthInputs;
    },
    get health() {
      return parts.health;
    },
    get spotlight() {
      return (parts.spotlight ??= buildSpotlightIndex(parts.index));
    },
    get rebuilds() {
      return rebuilds;
    },
    apply(changes) {
      if (changes.length === 0) return;
      let seq = dataVersion;
      for (const change of changes) {
        if (change.seq <= seq) throw new ChangeOrderError(change.seq, seq, `change seq ${change.seq} is not above the model's dataVersion ${seq}`);
        seq = change.seq;
      }
      if (changes.some(needsRebuild)) {
        for (const change of changes) writeLists(parts, change);
        parts = buildParts(new ModelLists(parts.lists.snapshot(), true));
        rebuilds++;
      } else {
        applyBatch(parts, changes);
      }
      dataVersion = seq;
    },
  };
}
