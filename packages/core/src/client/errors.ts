/**
 * Typed errors of the HTTP client: every non-2xx answer becomes an `ApiError` (or a subclass
 * for the cases a UI handles differently), carrying the server's problem details.
 */
import { SuccessKitError } from '../errors/successkit-error.ts';
import type { Problem } from '../api/problem.ts';

/** A problem answered by the server. */
export class ApiError extends SuccessKitError {
  override name = 'ApiError';
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(`api-${problem.type.split('/').pop() ?? 'problem'}`, problem.detail ?? problem.title, options);
    this.status = problem.status;
    this.problem = problem;
  }
  /** The problem type name (the last segment of `problem.type`), e.g. `forbidden`. */
  get type(): string {
    return this.problem.type.split('/').pop() ?? this.problem.type;
  }
}

/** 401: the token is missing, malformed, expired or wrongly signed. Ask the host for a fresh one. */
export class UnauthenticatedError extends ApiError {
  override name = 'UnauthenticatedError';
}

/** 403: the seat or permissions do not allow this. */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}

/** The request never got an answer (offline, DNS, CORS, aborted connection). */
export class NetworkError extends SuccessKitError {
  override name = 'NetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('network-error', message, options);
  }
}

/** The server answered 2xx with a body that does not match the API contract. */
export class ResponseValidationError extends SuccessKitError {
  override name = 'ResponseValidationError';
  readonly issues: { path: string; message: string }[];
  constructor(message: string, issues: { path: string; message: string }[]) {
    super('response-invalid', message);
    this.issues = issues;
  }
}
