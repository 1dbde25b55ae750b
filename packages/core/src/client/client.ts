/**
 * `SuccessKitClient`: the typed, fetch-based client of the successkit HTTP API (v1). Responses
 * are typed by the API's zod schemas and checked against them when `validator: zodValidator` is
 * given; errors arrive as typed classes; job events stream over SSE. The elements use it (without
 * the validator, so no zod in the browser bundle), and hosts that build their own UI can too.
 * Runtime imports here stay type-only on purpose: importing a schema module would pull zod in.
 */
import type { AccountChildren, AccountProfile } from '../api/account-view.ts';
import type { AttributesPatch, AttributesWritten, TaskPatch, TaskWrite, TaskWritten, TouchpointWrite, TouchpointWritten } from '../api/account-write-api.ts';
import type { Problem } from '../api/problem.ts';
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
import type {
  AccountSearchQuery,
  AccountChangesQuery,
  PortfolioQuery,
  TasksQuery,
  TicketsQuery,
  TimelineQuery,
  UsageQuery,
} from '../api/profile-query.ts';
import type { DrilldownFilter, MemberDrilldown, TeamSpotlight } from '../api/spotlight-api.ts';
import type {
  Feedback,
  FeedbackRequest,
  Job,
  JobEvent,
  SummaryConfigResponse,
  SummaryPreview,
  SummaryResponse,
} from '../api/summary-api.ts';
import type { SummaryConfigInput } from '../summary/config-schema.ts';
import { ApiError, ForbiddenError, NetworkError, ResponseValidationError, UnauthenticatedError } from './errors.ts';
import type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';

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
  /**
   * Checks every response body: pass `zodValidator` (from `@successkit/core/client`) to prove each
   * answer matches the API's zod schemas. Without one, bodies are trusted as typed, which keeps
   * zod out of browser bundles (the elements render everything as text either way).
   */
  validator?: ResponseValidator;
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

/** Query of the member drill-down (`getMemberAccounts`); core's `DrilldownQuery` is the resolved form. */
export interface MemberDrilldownQuery extends TeamSpotlightQuery {
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
 * const client = new SuccessKitClient({ baseUrl: 'https://cs.example.com', token: () => getToken(), validator: zodValidator });
 * const answer = await client.getSummary('acc-42');
 * if (answer.state === 'generating') await client.streamJobEvents(answer.jobId, { onEvent: console.log });
 * ```
 */
export class SuccessKitClient {
  readonly baseUrl: string;
  token: TokenSource;
  readonly #fetch: typeof fetch;
  readonly #validator: ResponseValidator | undefined;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token ?? null;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#validator = options.validator;
  }

  /** `GET /v1/accounts/:id`. */
  getAccount(id: string, options?: CallOptions): Promise<AccountProfile> {
    return this.#json('GET', `/v1/accounts/${enc(id)}`, 'account', options);
  }

  /** `GET /v1/accounts/:id/children`. */
  getChildren(id: string, options?: CallOptions): Promise<AccountChildren> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/children`, 'children', options);
  }

  /** `GET /v1/accounts?q=&type=&limit=&cursor=`: accounts by name, best match first, paged by `nextCursor`. */
  searchAccounts(query: AccountSearchQuery = {}, options?: CallOptions): Promise<AccountSearch> {
    return this.#json('GET', `/v1/accounts${toQuery(query)}`, 'accountSearch', options);
  }

  /** `GET /v1/accounts/:id/timeline`: touchpoints and tasks, newest first, by flow and type. */
  getTimeline(id: string, query: TimelineQuery = {}, options?: CallOptions): Promise<AccountTimeline> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/timeline${toQuery(query)}`, 'timeline', options);
  }

  /** `GET /v1/accounts/:id/tasks`: open, overdue and done, with counts. */
  getTasks(id: string, query: TasksQuery = {}, options?: CallOptions): Promise<AccountTasks> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/tasks${toQuery(query)}`, 'tasks', options);
  }

  /** `GET /v1/accounts/:id/usage?from=&to=`: active users and days per day or week, top modules and users. */
  getUsage(id: string, query: UsageQuery = {}, options?: CallOptions): Promise<AccountUsage> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/usage${toQuery(query)}`, 'usage', options);
  }

  /** `GET /v1/accounts/:id/contacts`: contacts at this level, with their NPS distribution. */
  getContacts(id: string, options?: CallOptions): Promise<AccountContacts> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/contacts`, 'contacts', options);
  }

  /** `GET /v1/accounts/:id/team`: who is assigned in which role. */
  getTeam(id: string, options?: CallOptions): Promise<AccountTeam> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/team`, 'team', options);
  }

  /** `GET /v1/accounts/:id/changes?from=&to=`: attribute changes, old → new, who and when. */
  getChanges(id: string, query: AccountChangesQuery = {}, options?: CallOptions): Promise<AccountChanges> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/changes${toQuery(query)}`, 'changes', options);
  }

  /** `GET /v1/accounts/:id/tickets`: support tickets by status and priority. */
  getTickets(id: string, query: TicketsQuery = {}, options?: CallOptions): Promise<AccountTickets> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/tickets${toQuery(query)}`, 'tickets', options);
  }

  /** `GET /v1/accounts/:id/assets`: documents and links. */
  getAssets(id: string, options?: CallOptions): Promise<AccountAssets> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/assets`, 'assets', options);
  }

  /** `GET /v1/accounts/:id/collections`: the account's collection records (e.g. CRM opportunities). */
  getCollections(id: string, options?: CallOptions): Promise<AccountCollections> {
    return this.#json('GET', `/v1/accounts/${enc(id)}/collections`, 'collections', options);
  }

  /** `GET /v1/portfolio`: the caller's accounts by assignment, with health, renewal, coverage and tasks. */
  getPortfolio(query: PortfolioQuery = {}, options?: CallOptions): Promise<Portfolio> {
    return this.#json('GET', `/v1/portfolio${toQuery(query)}`, 'portfolio', options);
  }

  /** `GET /v1/accounts/:id/summary`: the cached summary, or a running job to follow. */
  getSummary(accountId: string, options?: CallOptions): Promise<SummaryResponse> {
    return this.#json('GET', `/v1/accounts/${enc(accountId)}/summary`, 'summary', options);
  }

  /** `POST /v1/accounts/:id/summary/refresh`: a new summary overriding the cache. */
  refreshSummary(accountId: string, options?: CallOptions): Promise<ResponseTypes['summaryPending']> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/summary/refresh`, 'summaryPending', options);
  }

  /** `POST /v1/accounts/:id/summary/feedback`. */
  sendFeedback(accountId: string, feedback: FeedbackRequest, options?: CallOptions): Promise<Feedback> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/summary/feedback`, 'feedback', { ...options, body: feedback });
  }

  /** `GET /v1/jobs/:id`. */
  getJob(jobId: string, options?: CallOptions): Promise<Job> {
    return this.#json('GET', `/v1/jobs/${enc(jobId)}`, 'job', options);
  }

  /**
   * `GET /v1/jobs/:id/events`: calls `onEvent` for each event until the job is done or failed,
   * or `signal` aborts (aborting never cancels the job on the server). Resolves with the last
   * event seen (`undefined` when none), so a caller can tell a finished job from a dropped stream.
   *
   * @example
   * ```ts
   * const last = await client.streamJobEvents(jobId, { onEvent: (e) => console.log(e.type), signal });
   * if (last?.type !== 'done' && last?.type !== 'failed') console.log('stream dropped: resume with getJob or getSummary');
   * ```
   */
  async streamJobEvents(jobId: string, options: CallOptions & { onEvent: (event: JobEvent) => void }): Promise<JobEvent | undefined> {
    const where = `GET /v1/jobs/${jobId}/events`;
    const response = await this.#request('GET', `/v1/jobs/${enc(jobId)}/events`, { ...options, accept: 'text/event-stream' });
    let last: JobEvent | undefined;
    if (!response.body) return last;
    // Loaded on first use: only <account-summary> streams, so no other element carries the SSE parser.
    const { readEventStream } = await import('./sse.ts');
    await readEventStream(
      response.body,
      (message) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const event = this.#check('jobEvent', data, where, true);
        if (!event) return;
        last = event;
        options.onEvent(event);
      },
      options.signal,
    );
    return last;
  }

  /** `GET /v1/summary-config` (admin). */
  getSummaryConfig(options?: CallOptions): Promise<SummaryConfigResponse> {
    return this.#json('GET', '/v1/summary-config', 'summaryConfig', options);
  }

  /** `PUT /v1/summary-config` (admin): saves a new version. */
  putSummaryConfig(config: SummaryConfigInput, options?: CallOptions): Promise<SummaryConfigResponse> {
    return this.#json('PUT', '/v1/summary-config', 'summaryConfig', { ...options, body: config });
  }

  /** `POST /v1/summary-config/preview` (admin): what would leave the server for an account. */
  previewSummary(body: { config: SummaryConfigInput; accountId?: string }, options?: CallOptions): Promise<SummaryPreview> {
    return this.#json('POST', '/v1/summary-config/preview', 'summaryPreview', { ...options, body });
  }

  /** `GET /v1/summary-feedback` (admin). */
  getFeedbackReport(options?: CallOptions): Promise<ResponseTypes['feedbackReport']> {
    return this.#json('GET', '/v1/summary-feedback', 'feedbackReport', options);
  }

  /** `GET /v1/team-spotlight`. */
  getTeamSpotlight(query: TeamSpotlightQuery = {}, options?: CallOptions): Promise<TeamSpotlight> {
    return this.#json('GET', `/v1/team-spotlight${toQuery(query)}`, 'teamSpotlight', options);
  }

  /** `GET /v1/team-spotlight/members/:userId/accounts`. */
  getMemberAccounts(userId: string, query: MemberDrilldownQuery = {}, options?: CallOptions): Promise<MemberDrilldown> {
    return this.#json('GET', `/v1/team-spotlight/members/${enc(userId)}/accounts${toQuery(query)}`, 'memberDrilldown', options);
  }

  /** `POST /v1/accounts/:id/touchpoints`: logs a touchpoint as the token's user (contributor, practitioner). */
  logTouchpoint(accountId: string, touchpoint: TouchpointWrite, options?: CallOptions): Promise<TouchpointWritten> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/touchpoints`, 'touchpointWritten', { ...options, body: touchpoint });
  }

  /** `POST /v1/accounts/:id/tasks`: adds a task (contributor, practitioner). */
  addTask(accountId: string, task: TaskWrite, options?: CallOptions): Promise<TaskWritten> {
    return this.#json('POST', `/v1/accounts/${enc(accountId)}/tasks`, 'taskWritten', { ...options, body: task });
  }

  /** `PATCH /v1/tasks/:id`: completes, reopens, moves or reassigns a task (a contributor only completes their own). */
  updateTask(taskId: string, patch: TaskPatch, options?: CallOptions): Promise<TaskWritten> {
    return this.#json('PATCH', `/v1/tasks/${enc(taskId)}`, 'taskWritten', { ...options, body: patch });
  }

  /** `PATCH /v1/accounts/:id/attributes`: changes `editable` attributes (practitioner). */
  updateAttributes(accountId: string, patch: AttributesPatch, options?: CallOptions): Promise<AttributesWritten> {
    return this.#json('PATCH', `/v1/accounts/${enc(accountId)}/attributes`, 'attributesWritten', { ...options, body: patch });
  }

  async #json<K extends ResponseKind>(
    method: string,
    path: string,
    kind: K,
    options: CallOptions & { body?: unknown } = {},
  ): Promise<ResponseTypes[K]> {
    const response = await this.#request(method, path, options);
    const data: unknown = await response.json().catch(() => undefined);
    return this.#check(kind, data, `${method} ${path}`, false) as ResponseTypes[K];
  }

  /** Validates `data` (with the validator, or a minimal shape check); `lenient` skips bad events. */
  #check<K extends ResponseKind>(kind: K, data: unknown, where: string, lenient: boolean): ResponseTypes[K] | undefined {
    try {
      if (this.#validator) return this.#validator(kind, data, where);
      if (typeof data !== 'object' || data === null) {
        throw new ResponseValidationError(`response of ${where} is not a JSON object`, [{ path: '', message: 'expected an object' }]);
      }
      return data as ResponseTypes[K];
    } catch (error) {
      if (lenient && error instanceof ResponseValidationError) return undefined;
      throw error;
    }
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
  const problem: Problem = isProblem(body)
    ? body
    : { type: `https://successkit.dev/problems/${response.status >= 500 ? 'internal' : 'validation'}`, title: response.statusText || 'Request failed', status: response.status };
  if (response.status === 401) return new UnauthenticatedError(problem);
  if (response.status === 403) return new ForbiddenError(problem);
  return new ApiError(problem);
}

/** Whether a body looks like problem details (type, title and status at least). */
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { type, title, status } = body as Record<string, unknown>;
  return typeof type === 'string' && typeof title === 'string' && typeof status === 'number';
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
