/**
 * Stub user-write routes (DESIGN.md "User writes") for the element tests, on the profile stub's
 * bases (`/stub-profile/<scenario>`), answering POST and PATCH only (reads go on to the profile
 * stub). Like the server, a body is checked strictly (unknown field or a missing one: 400 naming
 * `body.<field>`), the seat comes from the token (viewer: 403; contributor: touchpoints, tasks,
 * completing; practitioner: all), and the answer is the entity with a `dataVersion`.
 * Scenarios: `write-refused` (403 on every write), `write-conflict` (409), `write-invalid`
 * (422 naming `body.attributes.<key>` or `body.userId`), `write-slow` (answers after 1.5 s);
 * any other scenario accepts. `/stub-profile/<scenario>/writes` lists the writes received.
 */
import { readJson, sendJson } from './stub-api.mjs';

const writes = new Map();
let serial = 0;
const problem = (status, name, detail, errors) => ({ type: `https://successkit.dev/problems/${name}`, title: name, status, detail, ...(errors ? { errors } : {}) });

const shapes = {
  touchpoint: { required: ['flow', 'type'], optional: ['at', 'subject', 'sentiment'], right: 'contributor' },
  task: { required: ['flow', 'dueAt'], optional: ['title', 'userId'], right: 'contributor' },
  taskPatch: { required: [], optional: ['completed', 'dueAt', 'userId'], right: 'contributor' },
  attributes: { required: ['attributes'], optional: [], right: 'practitioner' },
};

function claimsOf(ctx) {
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization') ?? '')?.[1];
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export async function handle(ctx) {
  if (ctx.method !== 'POST' && ctx.method !== 'PATCH') {
    const list = /^\/stub-profile\/([\w-]+)\/writes$/.exec(ctx.path);
    if (!list) return false;
    sendJson(ctx, 200, writes.get(list[1]) ?? []);
    return true;
  }
  const match = /^\/stub-profile\/([\w-]+)\/v1\/(?:accounts\/([^/]+)\/(touchpoints|tasks|attributes)|tasks\/([^/]+))$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, accountId, part, taskId] = match;
  const kind = taskId ? 'taskPatch' : part === 'touchpoints' ? 'touchpoint' : part === 'tasks' ? 'task' : 'attributes';
  const body = (await readJson(ctx)) ?? {};
  const claims = claimsOf(ctx);
  if (!claims) return sendJson(ctx, 401, problem(401, 'unauthenticated', 'missing token')), true;
  const shape = shapes[kind];
  const errors = [
    ...shape.required.filter((f) => body[f] === undefined || body[f] === '').map((f) => ({ path: `body.${f}`, message: 'required' })),
    ...Object.keys(body).filter((f) => !shape.required.includes(f) && !shape.optional.includes(f)).map((f) => ({ path: `body.${f}`, message: 'unknown field' })),
  ];
  if (errors.length > 0) return sendJson(ctx, 400, problem(400, 'validation', 'invalid request body', errors)), true;
  const seatOk = claims.seat === 'practitioner' || (shape.right === 'contributor' && claims.seat === 'contributor');
  if (!seatOk) return sendJson(ctx, 403, problem(403, 'forbidden', `the ${claims.seat} seat cannot do this`)), true;
  const seen = writes.get(scenario) ?? [];
  writes.set(scenario, seen);
  seen.push({ method: ctx.method, path: ctx.path.replace(/^\/stub-profile\/[\w-]+/, ''), body, seat: claims.seat });
  if (scenario === 'write-slow') await new Promise((resolve) => setTimeout(resolve, 1500));
  if (scenario === 'write-refused') return sendJson(ctx, 403, problem(403, 'forbidden', 'the server refused this write')), true;
  if (scenario === 'write-conflict') return sendJson(ctx, 409, problem(409, 'conflict', 'the task is already completed')), true;
  if (scenario === 'write-invalid') {
    const path = kind === 'attributes' ? `body.attributes.${Object.keys(body.attributes)[0]}` : 'body.userId';
    return sendJson(ctx, 422, problem(422, 'validation', `the write was refused: ${path}: this attribute is not editable`, [{ path, message: 'this attribute is not editable' }])), true;
  }
  const dataVersion = 100 + ++serial;
  const now = new Date().toISOString();
  if (kind === 'touchpoint') sendJson(ctx, 201, { touchpoint: { id: `tp-${serial}`, accountId, userId: claims.sub, at: now, ...body }, dataVersion });
  else if (kind === 'task') sendJson(ctx, 201, { task: { id: `task-${serial}`, accountId, userId: claims.sub, completedAt: null, ...body }, dataVersion });
  else if (kind === 'taskPatch') {
    const completedAt = body.completed === true ? now : null;
    sendJson(ctx, 200, { task: { id: taskId, accountId: 'acme-1', userId: body.userId ?? claims.sub, flow: 'Renewal', dueAt: body.dueAt ?? now, completedAt }, dataVersion });
  } else sendJson(ctx, 200, { accountId, attributes: body.attributes, dataVersion });
  return true;
}
