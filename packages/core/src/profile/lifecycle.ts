/**
 * Lifecycle stages of an account: an account can sit in several lifecycles at once (e.g. the
 * customer `journey` and `onboarding`), each at one stage.
 */
import type { Account } from '../dataset/schema.ts';

/** One lifecycle and the stage the account is at. */
export interface LifecycleStage {
  lifecycleId: string;
  stage: string;
}

/**
 * The account's stages, one per lifecycle, in the order the dataset lists them.
 *
 * @example
 * ```ts
 * lifecycleStages(account); // [{ lifecycleId: 'journey', stage: 'Adopt' }, …]
 * ```
 */
export function lifecycleStages(account: Account): LifecycleStage[] {
  return Object.entries(account.lifecycle ?? {}).map(([lifecycleId, stage]) => ({ lifecycleId, stage }));
}
