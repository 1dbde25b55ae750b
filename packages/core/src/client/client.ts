/**
 * `SuccessKitClient`: the typed, fetch-based client of the successkit HTTP API (v1). Every
 * response is checked against the API's zod schemas; errors arrive as typed classes; job events
 * stream over SSE. The elements use it, and hosts that build their own UI can too.
 */
import type { z } from 'zod';
import { accountChildrenSchema, accountProfileSchema, type AccountChildren, type AccountProfile } from '../api/account-view.ts';
import { problemSchema, problemTypeUri } from '../api/problem.ts';
import {
  memberDrilldownSchema,
  teamSpotlightSchema,
  type DrilldownFilter,
  type MemberDrilldown,
  type TeamSpotlight,
} from '../api/spotlight-api.ts';
import {
  feedbackReportSchema,
  feedbackSchema,
  jobEventSchema,
  jobSchema,
  summaryConfigResponseSchema,
  summaryPendingSchema,
  summaryPreviewSchema,
  summaryResponseSchema,
  type Feedback,
  type FeedbackRequest,
  type Job,
  type JobEvent,
  type SummaryConfigResponse,
  type SummaryPreview,
  type SummaryResponse,
} from '../api/summary-api.ts';
import type { SummaryConfigInput } from '../summary/config-schema.ts';
import { ApiError, ForbiddenError, NetworkError, ResponseValidationError, UnauthenticatedError } from './errors.ts';
import { readEventStream } from './sse.ts';

/** Where the token comes from: a string, or a function asked before every request. */
export type TokenSource = string | (() => string | null | Promise<string | null>) | null;

/** Options of the client. */
export interface ClientOptions {
  /** The API's base URL, e.g. `https://cs.example.com` (routes are appended: `/v1/...`). */
  baseUrl: string;
  /** The embed token (sent as `Authorization: Bearer …`). */
  token?: TokenSource;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Query of the team spotlight routes; see DESIGN.md for each field. */
export interface TeamSpotlightQuery {
  role?: string;
  period?: number;
  asOf?: string;
  from?: string;
  to?: string;
  team?: string;
  accountType?: string;
  flow?: string;
  metrics?: string[];
  excludeInactive?: boolean;
}

/** Query of the member drill-down. */
export interface DrilldownQuery extends TeamSpotlightQuery {
  filter?: DrilldownFilter;
  sort?: string;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/**
 * The typed client of the successkit API.
 *
 * @example
 * ```ts
 * const client = new SuccessKitClient({ baseUrl: 'https://cs.example.com', token: () => getToken() });
 * const answer = await client.getSummary('acc-42');
 * if (answer.state === 'generating') await client.streamJobEvents(answer.jobId, { onEvent: console.log });
 * ```
 */
export class SuccessKitClient {
  readonly baseUrl: string;
  token: TokenSource;
  readonly #fetch: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token ?? null;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** `GET /v1/accounts/:id`. */
  getAccount(id: string, options?: CallOptions): Promise<AccountProfile> {
    return this.#json('GET', `/v1/accounts/${enc(id)}`, accountProfileSchema, options);
  }

  /** `GET /v1/accounts/:id/children`. */
  getChildren(id: string, options?: CallOptions): Promise<AccountChildren> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/children`, accountChildrenSchema, options);
  }

  /** `GET /v1/accounts/:id/summary`: the cached summary, or a running job to follow. */
  getSummary(accountId: string, options?: CallOptions): Promise<SummaryResponse> {
    return this.#json('GET', `/v1/accounts/${enc(accountId)}/summary`, summaryResponseSchema, options);
  }

  /** `POST /v1/accounts/:id/summary/refresh`: a new summary overriding the cache. */
  refreshSummary(accountId: string, options?: CallOptions): Promise<z.infer<typeof summaryPendingSchema>> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/summary/refresh`, summaryPendingSchema, options);
  }

  /** `POST /v1/accounts/:id/summary/feedback`. */
  sendFeedback(accountId: string, feedback: FeedbackRequest, options?: CallOptions): Promise<Feedback> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/summary/feedback`, feedbackSchema, { ...options, body: feedback });
  }

  /** `GET /v1/jobs/:id`. */
  getJob(jobId: string, options?: CallOptions): Promise<Job> {
    return this.#json('GET', `/v1/jobs/${enc(jobId)}`, jobSchema, options);
  }

  /**
   * `GET /v1/jobs/:id/events`: calls `onEvent` for each event until the job is done or failed,
   * or `signal` aborts (aborting never cancels the job on the server).
   */
  async streamJobEvents(jobId: string, options: CallOptions & { onEvent: (event: JobEvent) => void }): Promise<void> {
    const response = await this.#request('GET', `/v1/jobs/${enc(jobId)}/events`, { ...options, accept: 'text/event-stream' });
    if (!response.body) return;
    await readEventStream(
      response.body,
      (message) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const parsed = jobEventSchema.safeParse(data);
        if (parsed.success) options.onEvent(parsed.data);
      },
      options.signal,
    );
  }

  /** `GET /v1/summary-config` (admin). */
  getSummaryConfig(options?: CallOptions): Promise<SummaryConfigResponse> {
    return this.#json('GET', '/v1/summary-config', summaryConfigResponseSchema, options);
  }

  /** `PUT /v1/summary-config` (admin): saves a new version. */
  putSummaryConfig(config: SummaryConfigInput, options?: CallOptions): Promise<SummaryConfigResponse> {
    return this.#json('PUT', '/v1/summary-config', summaryConfigResponseSchema, { ...options, body: config });
  }

  /** `POST /v1/summary-config/preview` (admin): what would leave the server for an account. */
  previewSummary(body: { config: SummaryConfigInput; accountId?: string }, options?: CallOptions): Promise<SummaryPreview> {
    return this.#json('POST', '/v1/summary-config/preview', summaryPreviewSchema, { ...options, body });
  }

  /** `GET /v1/summary-feedback` (admin). */
  getFeedbackReport(options?: CallOptions): Promise<z.infer<typeof feedbackReportSchema>> {
    return this.#json('GET', '/v1/summary-feedback', feedbackReportSchema, options);
  }

  /** `GET /v1/team-spotlight`. */
  getTeamSpotlight(query: TeamSpotlightQuery = {}, options?: CallOptions): Promise<TeamSpotlight> {
    return this.#json('GET', `/v1/team-spotlight${toQuery(query)}`, teamSpotlightSchema, options);
  }

  /** `GET /v1/team-spotlight/members/:userId/accounts`. */
  getMemberAccounts(userId: string, query: DrilldownQuery = {}, options?: CallOptions): Promise<MemberDrilldown> {
    return this.#json('GET', `/v1/team-spotlight/members/${enc(userId)}/accounts${toQuery(query)}`, memberDrilldownSchema, options);
  }

  async #json<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    options: CallOptions & { body?: unknown } = {},
  ): Promise<z.infer<S>> {
    const response = await this.#request(method, path, options);
    const data: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new ResponseValidationError(`response of ${method} ${path} does not match the API contract`, issues);
    }
    return parsed.data;
  }

  async #request(method: string, path: string, options: CallOptions & { body?: unknown; accept?: string }): Promise<Response> {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
    const token = typeof this.token === 'function' ? await this.token() : this.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await this.#fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new NetworkError(`could not reach ${this.baseUrl}`, { cause });
    }
    if (response.ok) return response;
    throw await toApiError(response);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success
    ? parsed.data
    : { type: problemTypeUri(response.status >= 500 ? 'internal' : 'validation'), title: response.statusText || 'Request failed', status: response.status };
  if (response.status === 401) return new UnauthenticatedError(problem);
  if (response.status === 403) return new ForbiddenError(problem);
  return new ApiError(problem);
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function toQuery(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
