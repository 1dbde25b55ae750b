/**
 * Where the simulator learns the tenant's current data: an optional dataset file (what the
 * server imported) with the change feed (`GET /v1/changes`, service key) replayed on top, page
 * by page, so the ids it sends exist now. Also the error type of simulator failures.
 */
import { applyChangesToDataset, SuccessKitError, type DataChange, type Dataset } from '@successkit/core';

/** A simulator failure: the server refused the key, or there is nothing to simulate on. */
export class SimulationError extends SuccessKitError {
  override readonly name = 'SimulationError';
  /** The HTTP status behind it, when the server answered. */
  readonly status: number | null;
  constructor(code: 'simulate-unauthorized' | 'simulate-no-data' | 'simulate-unreachable', message: string, options: { status?: number; cause?: unknown } = {}) {
    super(code, message, { cause: options.cause });
    this.status = options.status ?? null;
  }
}

/** An empty dataset to replay a feed onto when no file is given. */
function emptyDataset(): Dataset {
  return { version: 1, tenant: { id: 'unknown', name: 'unknown' }, accountTypes: [], attributes: [], accounts: [] } as unknown as Dataset;
}

const fill = (dataset: Dataset): Dataset => {
  const lists = ['users', 'teams', 'contacts', 'assignments', 'touchpoints', 'tasks', 'usage', 'healthProfiles', 'attributeHistory'] as const;
  const full = { ...dataset } as Record<string, unknown>;
  for (const list of lists) full[list] ??= [];
  return full as unknown as Dataset;
};

/** Calls the API with the service key; refuses, with a clear message, what the simulator cannot use. */
export async function apiCall(fetcher: typeof fetch, url: string, key: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${key}` } });
  } catch (cause) {
    throw new SimulationError('simulate-unreachable', `cannot reach ${new URL(url).origin}: ${(cause as Error).message}`, { cause });
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new SimulationError(
      'simulate-unauthorized',
      response.status === 401 ? 'the service key was refused (unknown or revoked): create one with `successkit key create --tenant T`' : 'the key may not ingest: pass a service key, not an embed token',
      { status: response.status },
    );
  }
  return response;
}

/**
 * The tenant's data now: `dataset` (or nothing) with every change of the feed after `after`
 * applied, read in pages of `pageSize`. Returns the dataset and the last `seq` seen.
 */
export async function currentData(options: { url: string; key: string; dataset?: Dataset | undefined; fetch?: typeof fetch; pageSize?: number; after?: number }): Promise<{ dataset: Dataset; seq: number }> {
  const fetcher = options.fetch ?? fetch;
  let dataset = fill(options.dataset ?? emptyDataset());
  let after = options.after ?? 0;
  for (;;) {
    const response = await apiCall(fetcher, `${options.url}/v1/changes?after=${after}&limit=${options.pageSize ?? 1000}`, options.key);
    if (!response.ok) {
      const text = await response.text();
      throw new SimulationError('simulate-unreachable', `GET /v1/changes answered ${response.status}: ${text.slice(0, 200)}`, { status: response.status });
    }
    const page = (await response.json()) as { changes: DataChange[]; latestSeq: number; next: number | null };
    if (page.changes.length > 0) {
      dataset = applyChangesToDataset(dataset, page.changes);
      after = page.changes.at(-1)!.seq;
    }
    if (page.next === null || page.changes.length === 0) return { dataset, seq: Math.max(after, page.latestSeq) };
    after = page.next;
  }
}
