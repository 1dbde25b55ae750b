/**
 * `@successkit/core/synthetic`: seeded synthetic datasets (a tenant of any size with its
 * hierarchy, people, activity, usage and profile lists) for demos, tests and benchmarks. Kept
 * out of the main entry so a host that loads its own data does not ship the generator.
 */
export { generateDataset, streamDataset } from './generate-dataset.ts';
export type { GenerateDatasetOptions } from './generate-dataset.ts';
