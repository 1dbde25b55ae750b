/**
 * `HttpProblem`: an error that the one HTTP boundary (`app.onError`) turns into an
 * `application/problem+json` answer with a stable `type`.
 */
import { problemTypeUri, SuccessKitError, type Problem, type ProblemType } from '@successkit/core';

/** Status per problem type. */
const statusOf: Record<ProblemType, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'feature-disabled': 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'input-too-large': 422,
  'ingest-invalid': 422,
  'rate-limited': 429,
  'budget-exceeded': 429,
  internal: 500,
  'generation-failed': 502,
  unavailable: 503,
};

/** An error carrying problem details. */
export class HttpProblem extends SuccessKitError {
  override readonly name = 'HttpProblem';
  readonly problemType: ProblemType;
  readonly status: number;
  readonly errors: Problem['errors'];
  readonly retryAfter: number | undefined;
  constructor(
    type: ProblemType,
    detail: string,
    options: { errors?: Problem['errors']; retryAfter?: number; cause?: unknown; status?: number } = {},
  ) {
    super(`http-${type}`, detail, { cause: options.cause });
    this.problemType = type;
    this.status = options.status ?? statusOf[type];
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
  }

  /** The problem+json body. */
  toProblem(requestId?: string): Problem {
    return {
      type: problemTypeUri(this.problemType),
      title: titleOf(this.problemType),
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
      ...(requestId ? { requestId } : {}),
    };
  }
}

function titleOf(type: ProblemType): string {
  const text = type.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
