/**
 * The user writes (DESIGN.md "Live data", "User writes"): `POST /v1/accounts/:id/touchpoints`,
 * `POST /v1/accounts/:id/tasks`, `PATCH /v1/tasks/:id` and `PATCH /v1/accounts/:id/attributes`,
 * with an embed token. The server assigns ids, takes the account from the path and the user from
 * the token (actor `{ kind: "user", id }`), and writes through the one record writer and change
 * log that `POST /v1/ingest` uses, so every view follows at once.
 *
 * Seats (`writeRightsOf`): practitioner all; contributor logs touchpoints, adds tasks and
 * completes tasks assigned to them; viewer nothing (403). Order of the answers: a seat with no
 * right on the route 403; an account or task not in the caller's tenant 404; a task write the
 * seat may not make (someone else's task, reopen, due date, assignee) 403; completing a
 * completed task 409; an attribute that is unknown, not `editable` or restricted from the caller,
 * or a value of the wrong type, 422 naming `body.attributes.<key>`.
 *
 * The routes exist only on a server with a store of record (`serve --store` or `--data`, which
 * imports into it): fixed datasets cannot be written, so there the routes are absent (404) and
 * not in the OpenAPI document.
 */
import { randomUUID } from 'node:crypto';
import {
  attributesPatchSchema,
  attributesWrittenSchema,
  SuccessKitError,
  taskPatchSchema,
  taskWriteSchema,
  taskWrittenSchema,
  touchpointWriteSchema,
  touchpointWrittenSchema,
  writeRightsOf,
  type Account,
  type Task,
  type Touchpoint,
  type WriteRights,
} from '@successkit/core';
import { z } from 'zod';
import type { Caller } from '../auth/caller.ts';
import { HttpProblem } from '../http/http-problem.ts';
import type { BatchSource, CommittedTenant } from '../ingest/record-writer.ts';
import type { LiveTenant } from '../records/live-tenant.ts';
import { defineRoute, idParam, type ApiRoute, type RouteResponse } from './api-route.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import type { LiveRecords, RouteDeps } from './route-deps.ts';
import { restrictedFor } from './working-level.ts';

const idParams = z.strictObject({ id: idParam });
const problem = (description: string): RouteResponse => ({ description, schema: (problemResponses[400] as RouteResponse).schema!, contentType: 'application/problem+json' });
const unprocessable = { 422: problem('The data refuses the write (unknown user, attribute not editable, value of the wrong type): `errors[].path` names each') };

/** A 403 unless the caller's seat has `right`. */
function requireRight(caller: Caller, right: keyof WriteRights, what: string): void {
  if (!writeRightsOf(caller.seat)[right]) throw new HttpProblem('forbidden', `the ${caller.seat} seat cannot ${what}`);
}

/** `JSON pointer` of the writer (`/attributes/arr`) → the request path (`body.attributes.arr`). */
function bodyPath(pointer: string): string {
  return `body${pointer.split('/').slice(1).map((s) => `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`).join('')}`;
}

/** Writes items as the caller through the record writer; a refused batch is a 422 naming the body paths. */
async function writeAs(records: LiveRecords, caller: Caller, items: BatchSource): Promise<number> {
  try {
    const { answer } = await records.writer.write(caller.tenantId, items, { kind: 'user', id: caller.userId });
    return answer.seq;
  } catch (error) {
    if (SuccessKitError.isInstance(error) && error.code === 'ingest-invalid') {
      const problems = (error as SuccessKitError & { problems: ReadonlyArray<{ path: string; message: string }> }).problems;
      throw new HttpProblem('validation', `the write was refused: ${problems.map((p) => `${bodyPath(p.path)}: ${p.message}`).join('; ')}`, {
        status: 422,
        errors: problems.map((p) => ({ path: bodyPath(p.path), message: p.message })),
        cause: error,
      });
    }
    throw error;
  }
}

/** The write routes (none without a store of record). */
export function writeRoutes(deps: RouteDeps): ApiRoute[] {
  const records = deps.records;
  if (!records) return [];
  /** The caller's live tenant. */
  async function liveTenant(caller: Caller): Promise<{ records: LiveRecords; tenant: LiveTenant }> {
    await deps.tenantData(caller); // 403 for a tenant this server does not serve
    const tenant = await records!.tenants.get(caller.tenantId);
    if (!tenant) throw new HttpProblem('forbidden', 'this server does not serve the token\'s tenant');
    return { records: records!, tenant };
  }
  function account(tenant: CommittedTenant, id: string): Account {
    const found = tenant.model.index.accountsById.get(id);
    if (!found) throw new HttpProblem('not-found', 'no such account');
    return found;
  }
  const common = { ...problemResponses, ...notFoundResponse };

  return [
    defineRoute({
      method: 'post',
      path: '/v1/accounts/:id/touchpoints',
      summary: 'Log a touchpoint on the account as the token\'s user (contributor, practitioner)',
      tag: 'writes',
      permission: 'summary:read',
      params: idParams,
      body: touchpointWriteSchema,
      responses: { 201: { description: 'Logged: the touchpoint as stored, and the dataVersion that holds it', schema: touchpointWrittenSchema }, ...common, ...unprocessable },
      handler: async ({ c, caller, params, body }) => {
        requireRight(caller, 'logTouchpoints', 'log touchpoints');
        const { records, tenant } = await liveTenant(caller);
        account(tenant, params.id);
        const touchpoint: Touchpoint = {
          id: `tp-${randomUUID()}`,
          accountId: params.id,
          userId: caller.userId,
          flow: body.flow,
          type: body.type,
          at: body.at ?? deps.now().toISOString(),
          ...(body.subject === undefined ? {} : { subject: body.subject }),
          ...(body.sentiment === undefined ? {} : { sentiment: body.sentiment }),
        };
        const seq = await writeAs(records, caller, [{ kind: 'touchpoints', key: touchpoint.id, value: touchpoint, path: '' }]);
        return deps.json(c, touchpointWrittenSchema, { touchpoint, dataVersion: seq }, 201);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/accounts/:id/tasks',
      summary: 'Add a task to the account (contributor, practitioner); userId defaults to the token\'s user',
      tag: 'writes',
      permission: 'summary:read',
      params: idParams,
      body: taskWriteSchema,
      responses: { 201: { description: 'Added: the task as stored, and the dataVersion that holds it', schema: taskWrittenSchema }, ...common, ...unprocessable },
      handler: async ({ c, caller, params, body }) => {
        requireRight(caller, 'addTasks', 'add tasks');
        const { records, tenant } = await liveTenant(caller);
        account(tenant, params.id);
        const task: Task = {
          id: `task-${randomUUID()}`,
          accountId: params.id,
          userId: body.userId ?? caller.userId,
          flow: body.flow,
          ...(body.title === undefined ? {} : { title: body.title }),
          dueAt: body.dueAt,
          completedAt: null,
        };
        const seq = await writeAs(records, caller, [{ kind: 'tasks', key: task.id, value: task, path: '' }]);
        return deps.json(c, taskWrittenSchema, { task, dataVersion: seq }, 201);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/v1/tasks/:id',
      summary: 'Complete, reopen, move or reassign a task (practitioner; a contributor completes tasks assigned to them)',
      tag: 'writes',
      permission: 'summary:read',
      params: idParams,
      body: taskPatchSchema,
      responses: {
        200: { description: 'Changed: the task as stored, and the dataVersion that holds it', schema: taskWrittenSchema },
        ...common,
        409: problem('The task is already completed'),
        ...unprocessable,
      },
      handler: async ({ c, caller, params, body }) => {
        requireRight(caller, 'completeOwnTasks', 'change tasks');
        const { records } = await liveTenant(caller);
        // Decided on the task as committed, inside the writer's transaction: of two simultaneous
        // completions one succeeds and the other is a 409, on one process or many.
        let next: Task | undefined;
        const seq = await writeAs(records, caller, (tenant) => {
          const task = tenant.get('tasks', params.id);
          if (!task) throw new HttpProblem('not-found', 'no such task');
          const rights = writeRightsOf(caller.seat);
          if (!rights.manageTasks) {
            if (task.userId !== caller.userId) throw new HttpProblem('forbidden', `the ${caller.seat} seat can only complete tasks assigned to them`);
            if (body.completed !== true || body.dueAt !== undefined || body.userId !== undefined) {
              throw new HttpProblem('forbidden', `the ${caller.seat} seat can only complete tasks (not reopen, move or reassign them)`);
            }
          }
          if (body.completed === true && task.completedAt !== null) throw new HttpProblem('conflict', `task ${task.id} is already completed (at ${task.completedAt})`);
          next = {
            ...task,
            ...(body.dueAt === undefined ? {} : { dueAt: body.dueAt }),
            ...(body.userId === undefined ? {} : { userId: body.userId }),
            ...(body.completed === undefined ? {} : { completedAt: body.completed ? deps.now().toISOString() : null }),
          };
          return [{ kind: 'tasks', key: task.id, value: next, path: '' }];
        });
        return deps.json(c, taskWrittenSchema, { task: next!, dataVersion: seq });
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/v1/accounts/:id/attributes',
      summary: 'Change attributes marked editable (practitioner); null clears one',
      tag: 'writes',
      permission: 'summary:read',
      params: idParams,
      body: attributesPatchSchema,
      responses: { 200: { description: 'Changed: the values the account now has for the keys given', schema: attributesWrittenSchema }, ...common, ...unprocessable },
      handler: async ({ c, caller, params, body }) => {
        requireRight(caller, 'editAttributes', 'edit attributes');
        const { records, tenant } = await liveTenant(caller);
        account(tenant, params.id); // 404 before 422
        const definitions = tenant.model.index.attributesByKey;
        const restricted = restrictedFor(caller, tenant.model);
        const errors = Object.keys(body.attributes).flatMap((key) => {
          const definition = definitions.get(key);
          const message = !definition || (definition.restricted && !restricted(params.id)) ? 'unknown attribute' : definition.editable ? null : 'this attribute is not editable';
          return message ? [{ path: `body.attributes.${key}`, message }] : [];
        });
        if (errors.length > 0) {
          throw new HttpProblem('validation', `the write was refused: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, { status: 422, errors });
        }
        // On the account as committed (a change made to it meanwhile stays).
        const seq = await writeAs(records, caller, (committed) => [
          { kind: 'accounts', key: params.id, value: { ...account(committed, params.id), attributes: body.attributes }, path: '' },
        ]);
        const stored = tenant.model.index.accountsById.get(params.id)?.attributes ?? {};
        const attributes = Object.fromEntries(Object.keys(body.attributes).map((key) => [key, stored[key] ?? null]));
        return deps.json(c, attributesWrittenSchema, { accountId: params.id, attributes, dataVersion: seq });
      },
    }),
  ];
}
