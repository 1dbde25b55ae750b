/**
 * Stub user-write routes (DESIGN.md "User writes") for the element tests, on the profile stub's
 * bases (`/stub-profile/<scenario>`), answering POST and PATCH only (reads go on to the profile
 * stub). Like the server, a body is checked strictly (unknown field or a missing one: 400 naming
 * `body.<field>`), the seat comes from the token (viewer: 403; contributor: touchpoints, tasks,
 * completing; practitioner: all), and the answer is the entity with a `dataVersion`.
 * Scenarios: `write-refused` (403 on every write), `write-conflict` (409), `write-invalid`
 * (422 naming `body.attributes.<key>` or `body.userId`), `write-slow` (answers after 1.5 s);
 * any other scenario accepts. `/stub-profile/<scenario>/writes` lists the writes received.
 * Scenarios starting `editable` answer `GET /v1/accounts/:id` with the full profile, two of its
 * attributes `editable` (`editable-refused` refuses the writes with 403). The same writes are
 * answered on the parts stub's bases (`/stub-parts/<scenario>`, the portfolio's), which also get
 * `GET /v1/accounts/:id/tasks` here (the portfolio's task panel).
 */
import { mockFullProfile, mockTasks } from '../src/account-profile/__fixtures__/profile-parts.ts';
import { readJson, sendJson } from './stub-api.mjs';

/** The full profile with its first number-like and first string attribute marked `editable`. */
function editableProfile(id) {
  const profile = mockFullProfile(id);
  const picks = new Set([
    profile.attributes.find((a) => ['number', 'currency'].includes(a.type))?.key,
    profile.attributes.find((a) => a.type === 'string' && !a.restricted)?.key,
  ]);
  return { ...profile, attributes: profile.attributes.map((a) => (picks.has(a.key) ? { ...a, editable: true } : a)) };
}

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
    const editable = /^\/stub-profile\/(editable[\w-]*)\/v1\/accounts\/([^/]+)$/.exec(ctx.path);
    if (editable) {
      sendJson(ctx, 200, editableProfile(decodeURIComponent(editable[2])));
      return true;
    }
    const tasks = /^\/stub-parts\/[\w-]+\/v1\/accounts\/([^/]+)\/tasks$/.exec(ctx.path);
    if (tasks) {
      sendJson(ctx, 200, mockTasks(decodeURIComponent(tasks[1]), Object.fromEntries(new URLSearchParams(ctx.querystring))));
      return true;
    }
    const list = /^\/stub-(?:profile|parts)\/([\w-]+)\/writes$/.exec(ctx.path);
    if (!list) return false;
    sendJson(ctx, 200, writes.get(list[1]) ?? []);
    return true;
  }
  const match = /^\/stub-(?:profile|parts)\/([\w-]+)\/v1\/(?:accounts\/([^/]+)\/(touchpoints|tasks|attributes)|tasks\/([^/]+))$/.exec(ctx.path);
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
  seen.push({ method: ctx.method, path: ctx.path.replace(/^\/stub-(?:profile|parts)\/[\w-]+/, ''), body, seat: claims.seat });
  if (scenario === 'write-slow') await new Promise((resolve) => setTimeout(resolve, 1500));
  if (scenario === 'write-refused' || scenario === 'editable-refused') return sendJson(ctx, 403, problem(403, 'forbidden', 'the server refused this write')), true;
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
