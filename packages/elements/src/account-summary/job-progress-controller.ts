/**
 * `JobProgressController`: follows one summary generation job over Server-Sent Events for a Lit
 * host — stage, progress, elapsed time and the sections written so far — and ticks once a
 * second while it runs so the elapsed time stays current. `stop()` (or the host leaving the
 * page) aborts the stream only: the job keeps running on the server, and following it again
 * later catches up from the first `job` event.
 */
import type { JobEvent, JobStage, StoredSummary, SummarySectionName, SummaryStatement, Problem } from '@successkit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Streams a job's events into `onEvent` until `signal` aborts; resolves with the last event. */
export type JobStream = (jobId: string, signal: AbortSignal, onEvent: (event: JobEvent) => void) => Promise<JobEvent | undefined>;

/** What the controller reports when a job ends. */
export interface JobProgressCallbacks {
  onDone: (summary: StoredSummary) => void;
  onFailed: (problem: Problem | 'dropped', cause?: unknown) => void;
}

export class JobProgressController implements ReactiveController {
  /** The job followed, if any. */
  jobId: string | null = null;
  /** The latest stage. */
  stage: JobStage = 'queued';
  /** 0–1. */
  progress = 0;
  /** When the job was created (ms since epoch), for the elapsed time. */
  startedAt: number | null = null;
  /** Sections streamed so far. */
  sections: Partial<Record<SummarySectionName, SummaryStatement[]>> = {};
  /** Current time, updated every second while running. */
  now = Date.now();

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: JobProgressCallbacks;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, callbacks: JobProgressCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** Whether a job is being followed. */
  get running(): boolean {
    return this.#abort !== undefined;
  }

  /** Milliseconds since the job started. */
  get elapsedMs(): number {
    return this.startedAt === null ? 0 : Math.max(0, this.now - this.startedAt);
  }

  /** Follows `jobId` (stopping any other) until it is done or failed, or `stop()`. */
  async follow(jobId: string, stream: JobStream): Promise<void> {
    this.stop();
    const abort = new AbortController();
    this.#abort = abort;
    if (this.jobId !== jobId) Object.assign(this, { stage: 'queued', progress: 0, startedAt: null, sections: {} });
    this.jobId = jobId;
    this.#timer = setInterval(() => {
      this.now = Date.now();
      this.#host.requestUpdate();
    }, 1000);
    this.#host.requestUpdate();
    let last: JobEvent | undefined;
    let failure: unknown;
    try {
      last = await stream(jobId, abort.signal, (event) => this.#apply(event));
    } catch (error) {
      failure = error;
    }
    if (abort.signal.aborted) return;
    this.#finish();
    if (last?.type === 'done') this.#callbacks.onDone(last.summary);
    else if (last?.type === 'failed') this.#callbacks.onFailed(last.problem);
    else this.#callbacks.onFailed('dropped', failure);
  }

  /** Stops listening (the job itself goes on). */
  stop(): void {
    this.#abort?.abort();
    this.#finish();
  }

  hostDisconnected(): void {
    this.stop();
  }

  #finish(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#abort = undefined;
    this.#host.requestUpdate();
  }

  #apply(event: JobEvent): void {
    this.now = Date.now();
    if (event.type === 'job') {
      this.stage = event.job.stage;
      this.progress = event.job.progress;
      this.startedAt = Date.parse(event.job.createdAt);
      this.sections = { ...event.job.sections };
    } else if (event.type === 'stage') {
      this.stage = event.stage;
      this.progress = event.progress;
    } else if (event.type === 'section') {
      this.sections = { ...this.sections, [event.section]: event.statements };
    }
    this.#host.requestUpdate();
  }
}
