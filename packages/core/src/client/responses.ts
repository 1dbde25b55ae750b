/**
 * The response kinds of the successkit API and the TypeScript type of each. The client is typed
 * by these (types only, erased at build), so a client that does not validate carries no schema
 * code; `zodValidator` (validator.ts) checks each kind against the API's zod schemas.
 */
import type { z } from 'zod';
import type { AccountChildren, AccountProfile } from '../api/account-view.ts';
import type {
  AccountAssets,
  AccountChanges,
  AccountCollections,
  AccountContacts,
  AccountSearch,
  AccountTasks,
  AccountTeam,
  AccountTickets,
  AccountTimeline,
  AccountUsage,
  Portfolio,
} from '../api/profile-api.ts';
import type { AttributesWritten, TaskWritten, TouchpointWritten } from '../api/account-write-api.ts';
import type { MemberDrilldown, TeamSpotlight } from '../api/spotlight-api.ts';
import type {
  Feedback,
  feedbackReportSchema,
  Job,
  JobEvent,
  SummaryConfigResponse,
  summaryPendingSchema,
  SummaryPreview,
  SummaryResponse,
} from '../api/summary-api.ts';

/** Every response body the client reads, by kind. */
export interface ResponseTypes {
  account: AccountProfile;
  children: AccountChildren;
  summary: SummaryResponse;
  summaryPending: z.infer<typeof summaryPendingSchema>;
  feedback: Feedback;
  job: Job;
  jobEvent: JobEvent;
  summaryConfig: SummaryConfigResponse;
  summaryPreview: SummaryPreview;
  feedbackReport: z.infer<typeof feedbackReportSchema>;
  teamSpotlight: TeamSpotlight;
  memberDrilldown: MemberDrilldown;
  accountSearch: AccountSearch;
  timeline: AccountTimeline;
  tasks: AccountTasks;
  usage: AccountUsage;
  contacts: AccountContacts;
  team: AccountTeam;
  changes: AccountChanges;
  tickets: AccountTickets;
  assets: AccountAssets;
  collections: AccountCollections;
  portfolio: Portfolio;
  touchpointWritten: TouchpointWritten;
  taskWritten: TaskWritten;
  attributesWritten: AttributesWritten;
}

/** A response kind. */
export type ResponseKind = keyof ResponseTypes;

/**
 * Checks (and may normalise) a response body of `kind`. Returns the typed value or throws a
 * `ResponseValidationError`.
 */
export type ResponseValidator = <K extends ResponseKind>(kind: K, data: unknown, where: string) => ResponseTypes[K];
