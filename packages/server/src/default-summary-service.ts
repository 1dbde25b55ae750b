/**
 * The summary service `createSuccessKit` builds when the host passes none: the summary engine
 * (`createSummaryService`) on the given stores and queue — memory stores and the in-process
 * queue when none are given — with the generator from the environment (OpenAI when
 * `OPENAI_API_KEY` is set, else the offline generator). Stores and queue it created itself are
 * closed with it.
 */
import type { Clock, JobQueue, Stores, SummaryGenerator } from '@successkit/core';
import type { TenantDataProvider } from './data/tenant-data.ts';
import { createGeneratorFromEnv } from './generators/generator-from-env.ts';
import { createInlineQueue } from './jobs/inline-queue.ts';
import type { Logger } from './logging/logger.ts';
import { createMemoryStores } from './stores/memory-stores.ts';
import { createSummaryService } from './summary/create-summary-service.ts';
import type { ChangeSource } from './summary/data-changed-since.ts';
import type { SummaryService } from './summary/summary-service.ts';

/** What the default service is built from. */
export interface DefaultSummaryServiceOptions {
  data: TenantDataProvider;
  stores?: Stores | undefined;
  queue?: JobQueue | undefined;
  generator?: SummaryGenerator | undefined;
  /** Run jobs in this process (default true); API-only processes behind BullMQ workers say false. */
  processJobs?: boolean | undefined;
  clock: Clock;
  logger: Logger;
  /** The change log, for `dataChangedSince` in summary answers (see summary/data-changed-since.ts). */
  changes?: ChangeSource | undefined;
}

/** Builds the default summary service. */
export function createDefaultSummaryService(options: DefaultSummaryServiceOptions): SummaryService {
  const ownStores = options.stores ? null : createMemoryStores({ clock: options.clock });
  const ownQueue = options.queue ? null : createInlineQueue();
  const logger = options.logger.child({ component: 'summaries' });
  const service = createSummaryService({
    data: options.data,
    stores: options.stores ?? ownStores!,
    queue: options.queue ?? ownQueue!,
    generator: options.generator ?? createGeneratorFromEnv(process.env, { logger }),
    clock: options.clock,
    logger,
    processJobs: options.processJobs ?? true,
    changes: options.changes,
  });
  return {
    ...service,
    async close() {
      await service.close();
      await ownQueue?.close();
      await ownStores?.close();
    },
  };
}
