/**
 * `zodValidator`: checks every response of the client against the API's zod schemas (and fills
 * their defaults). Pass it to `SuccessKitClient` when the answers must be proven to match the
 * contract; the elements leave it out to keep zod out of the browser bundle.
 */
import type { z } from 'zod';
import { accountChildrenSchema, accountProfileSchema } from '../api/account-view.ts';
import {
  accountAssetsSchema,
  accountChangesSchema,
  accountCollectionsSchema,
  accountContactsSchema,
  accountSearchSchema,
  accountTasksSchema,
  accountTeamSchema,
  accountTicketsSchema,
  accountTimelineSchema,
  accountUsageSchema,
  portfolioSchema,
} from '../api/profile-api.ts';
import { attributesWrittenSchema, taskWrittenSchema, touchpointWrittenSchema } from '../api/account-write-api.ts';
import { memberDrilldownSchema, teamSpotlightSchema } from '../api/spotlight-api.ts';
import {
  feedbackReportSchema,
  feedbackSchema,
  jobEventSchema,
  jobSchema,
  summaryConfigResponseSchema,
  summaryPendingSchema,
  summaryPreviewSchema,
  summaryResponseSchema,
} from '../api/summary-api.ts';
import { ResponseValidationError } from './errors.ts';
import type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';

const schemas: { [K in ResponseKind]: z.ZodType<ResponseTypes[K]> } = {
  account: accountProfileSchema,
  children: accountChildrenSchema,
  summary: summaryResponseSchema,
  summaryPending: summaryPendingSchema,
  feedback: feedbackSchema,
  job: jobSchema,
  jobEvent: jobEventSchema,
  summaryConfig: summaryConfigResponseSchema,
  summaryPreview: summaryPreviewSchema,
  feedbackReport: feedbackReportSchema,
  teamSpotlight: teamSpotlightSchema,
  memberDrilldown: memberDrilldownSchema,
  accountSearch: accountSearchSchema,
  timeline: accountTimelineSchema,
  tasks: accountTasksSchema,
  usage: accountUsageSchema,
  contacts: accountContactsSchema,
  team: accountTeamSchema,
  changes: accountChangesSchema,
  tickets: accountTicketsSchema,
  assets: accountAssetsSchema,
  collections: accountCollectionsSchema,
  portfolio: portfolioSchema,
  touchpointWritten: touchpointWrittenSchema,
  taskWritten: taskWrittenSchema,
  attributesWritten: attributesWrittenSchema,
};

/**
 * Validates a response body against its zod schema; throws `ResponseValidationError` listing
 * every mismatch with its path.
 *
 * @example
 * ```ts
 * const client = new SuccessKitClient({ baseUrl: 'https://cs.example.com', validator: zodValidator });
 * ```
 */
export const zodValidator: ResponseValidator = (kind, data, where) => {
  const parsed = schemas[kind].safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ResponseValidationError(`response of ${where} does not match the API contract`, issues);
};
