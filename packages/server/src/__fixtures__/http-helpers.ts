/**
 * Small HTTP helpers shared by the route tests: authenticated JSON calls and waiting for a job
 * through the public API.
 */
import { expect } from 'vitest';

/** Parsed JSON of a test response: tests assert on its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A JSON call with a bearer token; returns status, headers and parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; type: string | null; body: Json }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let parsed: Json = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // SSE or empty
  }
  return { status: response.status, type: response.headers.get('content-type'), body: parsed };
}

/** Polls `GET /v1/jobs/:id` until the job is finished; returns it. */
export async function waitForJob(base: string, token: string, jobId: string): Promise<Json> {
  for (let i = 0; i < 400; i++) {
    const { status, body } = await call(base, 'GET', `/v1/jobs/${jobId}`, token);
    expect(status).toBe(200);
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}
