/**
 * An OpenAI-compatible stub of `POST /v1/chat/completions` on 127.0.0.1 (real `node:http`), for
 * driving the real `openai` SDK in tests and benchmarks. Replies are scripted in order (then a
 * default): a completion (JSON or SSE stream, chunked; as message content or, with `toolCall`,
 * as the arguments of a function call, as models answer under `tools`), an error status with
 * headers, or a delay. Every request is counted and its body kept.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expandPayload, type SummaryOutput } from '@successkit/core';

/** One scripted reply. */
export type StubReply =
  | {
      kind: 'completion';
      /** The message content, or a function of the request body (default: a valid summary). */
      content?: string | ((body: StubRequest['body']) => string);
      refusal?: string;
      finishReason?: 'stop' | 'length' | 'content_filter';
      /** Wait before answering (ms). */
      delayMs?: number;
      /** Characters per streamed chunk (default 40) and the pause between chunks. */
      chunkSize?: number;
      chunkDelayMs?: number;
      usage?: { prompt_tokens: number; completion_tokens: number };
      /** Answer as a call of the request's first tool, with the content as its arguments. */
      toolCall?: boolean;
    }
  | { kind: 'error'; status: number; headers?: Record<string, string>; message?: string };

/** A request the stub received. */
export interface StubRequest {
  body: { model: string; stream?: boolean; messages: Array<{ role: string; content: string }>; [key: string]: unknown };
  /** `performance.now()` when the first content chunk was written (streaming only). */
  firstContentAt: number | null;
}

/** A valid summary output, citing no evidence, mentioning the first pseudonym. */
export const stubSummaryOutput: SummaryOutput = {
  kpis: [],
  sections: {
    overview: [{ text: 'ACCOUNT_1 is an active customer.', evidence: [] }],
    usageAndEngagement: [{ text: 'Usage is steady.', evidence: [] }],
    interactions: [{ text: 'The team met the customer recently.', evidence: [] }],
    sentiment: [{ text: 'Sentiment is positive.', evidence: [] }],
    risks: [],
    renewal: [{ text: 'Renewal is on track.', evidence: [] }],
    nextActions: [{ text: 'Schedule a business review with ACCOUNT_1.', evidence: [] }],
  },
};

/** The payload a request carries: the JSON between its user message's `<account_data>` tags, points read back into objects. */
export function requestPayload(body: StubRequest['body']): unknown {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const open = user.indexOf('<account_data>');
  const close = user.indexOf('</account_data>');
  const json = open !== -1 && close > open ? user.slice(open + '<account_data>'.length, close) : user.slice(user.indexOf('{'), user.lastIndexOf('}') + 1);
  return expandPayload(JSON.parse(json.trim()) as Record<string, unknown>);
}

/**
 * Content for a reply that cites a real key of the request's payload in every statement (the
 * JSON between `<account_data>` tags), so it passes the faithfulness check.
 */
export function citingContent(body: StubRequest['body']): string {
  const payload = requestPayload(body) as { points?: Record<string, unknown>; values?: Record<string, unknown> };
  const key = Object.keys(payload.points ?? payload.values ?? {})[0];
  const cite = (text: string) => [{ text, evidence: key ? [key] : [] }];
  const output: SummaryOutput = {
    kpis: [],
    sections: {
      overview: cite('ACCOUNT_1 is an active customer.'),
      usageAndEngagement: cite('Usage is steady.'),
      interactions: cite('The team met the customer recently.'),
      sentiment: cite('Sentiment is positive.'),
      risks: [],
      renewal: cite('Renewal is on track.'),
      nextActions: cite('Schedule a business review with ACCOUNT_1.'),
    },
  };
  return JSON.stringify(output);
}

/** A running stub. */
export interface OpenAIStub {
  /** The base URL to give the SDK (ends in `/v1`). */
  baseURL: string;
  requests: StubRequest[];
  /** Queues replies, used in order before the default. */
  script(...replies: StubReply[]): void;
  setDefault(reply: StubReply): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the stub on 127.0.0.1 and a free port. */
export async function startOpenAIStub(options: { defaultReply?: StubReply } = {}): Promise<OpenAIStub> {
  const queue: StubReply[] = [];
  let fallback: StubReply = options.defaultReply ?? { kind: 'completion' };
  const requests: StubRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const text = await readBody(request);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const record: StubRequest = { body: JSON.parse(text) as StubRequest['body'], firstContentAt: null };
    requests.push(record);
    const reply = queue.shift() ?? fallback;
    if (reply.kind === 'error') {
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify({ error: { message: reply.message ?? `stub error ${reply.status}`, type: 'stub', code: null } }));
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    if (response.destroyed) return;
    const content =
      reply.refusal !== undefined
        ? null
        : typeof reply.content === 'function'
          ? reply.content(record.body)
          : (reply.content ?? JSON.stringify(stubSummaryOutput));
    const usage = reply.usage ?? { prompt_tokens: 1200, completion_tokens: 300 };
    const base = { id: 'chatcmpl-stub', created: Math.floor(Date.now() / 1000), model: record.body.model, system_fingerprint: 'stub' };
    const tools = record.body.tools as Array<{ function: { name: string } }> | undefined;
    const toolName = reply.toolCall ? (tools?.[0]?.function.name ?? 'tool') : null;
    const finishReason = reply.finishReason ?? (toolName ? 'tool_calls' : 'stop');
    if (!record.body.stream) {
      const message = toolName
        ? { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: 'call_stub', type: 'function', function: { name: toolName, arguments: content ?? '' } }] }
        : { role: 'assistant', content, refusal: reply.refusal ?? null };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
      response.write(
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...extra })}\n\n`,
      );
    send({ role: 'assistant', content: toolName ? null : '' }, null);
    const field = content === null ? 'refusal' : 'content';
    const body = content ?? reply.refusal!;
    const size = reply.chunkSize ?? 40;
    for (let i = 0; i < body.length; i += size) {
      if (i > 0 && reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      if (response.destroyed) return;
      if (record.firstContentAt === null) record.firstContentAt = performance.now();
      const piece = body.slice(i, i + size);
      if (toolName)
        send({ tool_calls: [{ index: 0, ...(i === 0 ? { id: 'call_stub', type: 'function', function: { name: toolName, arguments: piece } } : { function: { arguments: piece } }) }] }, null);
      else send({ [field]: piece }, null);
    }
    send({}, finishReason);
    response.write(
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } })}\n\n`,
    );
    response.end('data: [DONE]\n\n');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => queue.push(...replies),
    setDefault: (reply) => (fallback = reply),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
