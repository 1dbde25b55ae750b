/**
 * The user writes (DESIGN.md "Live data", "User writes"): the bodies and answers of
 * `POST /v1/accounts/:id/touchpoints`, `POST /v1/accounts/:id/tasks`, `PATCH /v1/tasks/:id` and
 * `PATCH /v1/accounts/:id/attributes`, and what each seat may write (`writeRightsOf`), which the
 * server enforces and the elements read to decide which controls to show.
 *
 * The server assigns ids, takes the account from the path and the user from the embed token;
 * every answer carries the entity as stored and the `dataVersion` (`seq`) that holds the write.
 */
import { z } from 'zod';
import { attributeValueSchema, isoDateTime, sentimentSchema, taskSchema, touchpointSchema, type Seat } from '../dataset/schema.ts';
import { dataVersionSchema } from './data-version.ts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const userId = z.string().min(1, 'must not be empty').max(200, 'at most 200 characters');

/** The body of `POST /v1/accounts/:id/touchpoints` (`at` defaults to now). */
export const touchpointWriteSchema = z.strictObject({
  flow: text(100),
  type: text(100),
  at: isoDateTime.optional(),
  subject: text(500).optional(),
  sentiment: sentimentSchema.optional(),
});
/** A touchpoint to log. */
export type TouchpointWrite = z.infer<typeof touchpointWriteSchema>;

/** The body of `POST /v1/accounts/:id/tasks` (`userId` defaults to the caller). */
export const taskWriteSchema = z.strictObject({
  flow: text(100),
  title: text(500).optional(),
  dueAt: isoDateTime,
  userId: userId.optional(),
});
/** A task to add. */
export type TaskWrite = z.infer<typeof taskWriteSchema>;

/** The body of `PATCH /v1/tasks/:id`: complete (`true`) or reopen (`false`), move the due date, reassign. */
export const taskPatchSchema = z
  .strictObject({
    completed: z.boolean().optional(),
    dueAt: isoDateTime.optional(),
    userId: userId.optional(),
  })
  .refine((patch) => patch.completed !== undefined || patch.dueAt !== undefined || patch.userId !== undefined, 'give at least one of completed, dueAt, userId');
/** A change of one task. */
export type TaskPatch = z.infer<typeof taskPatchSchema>;

/** The body of `PATCH /v1/accounts/:id/attributes`: new values of `editable` attributes (`null` clears one). */
export const attributesPatchSchema = z.strictObject({
  attributes: z
    .record(z.string().min(1).max(200), attributeValueSchema)
    .refine((values) => Object.keys(values).length > 0, 'give at least one attribute')
    .refine((values) => Object.keys(values).length <= 100, 'at most 100 attributes at once'),
});
/** A change of an account's attributes. */
export type AttributesPatch = z.infer<typeof attributesPatchSchema>;

/** The answer of `POST /v1/accounts/:id/touchpoints` (201): the touchpoint as stored. */
export const touchpointWrittenSchema = z.object({ touchpoint: touchpointSchema, dataVersion: dataVersionSchema });
/** The answer of logging a touchpoint. */
export type TouchpointWritten = z.infer<typeof touchpointWrittenSchema>;

/** The answer of `POST /v1/accounts/:id/tasks` (201) and `PATCH /v1/tasks/:id` (200): the task as stored. */
export const taskWrittenSchema = z.object({ task: taskSchema, dataVersion: dataVersionSchema });
/** The answer of adding or changing a task. */
export type TaskWritten = z.infer<typeof taskWrittenSchema>;

/** The answer of `PATCH /v1/accounts/:id/attributes` (200): the account and the values it now has for the keys given. */
export const attributesWrittenSchema = z.object({
  accountId: z.string(),
  attributes: z.record(z.string(), attributeValueSchema),
  dataVersion: dataVersionSchema,
});
/** The answer of changing attributes. */
export type AttributesWritten = z.infer<typeof attributesWrittenSchema>;

/** What a seat may write. */
export interface WriteRights {
  /** Log a touchpoint. */
  logTouchpoints: boolean;
  /** Add a task. */
  addTasks: boolean;
  /** Complete a task assigned to the caller. */
  completeOwnTasks: boolean;
  /** Complete or reopen any task, move its due date, reassign it. */
  manageTasks: boolean;
  /** Change `editable` attributes. */
  editAttributes: boolean;
}

/**
 * What each seat may write: practitioner everything; contributor logs touchpoints, adds tasks and
 * completes the tasks assigned to them; viewer nothing.
 *
 * @example
 * ```ts
 * writeRightsOf('contributor').manageTasks; // false
 * ```
 */
export function writeRightsOf(seat: Seat | string | null | undefined): WriteRights {
  const practitioner = seat === 'practitioner';
  const contributor = practitioner || seat === 'contributor';
  return { logTouchpoints: contributor, addTasks: contributor, completeOwnTasks: contributor, manageTasks: practitioner, editAttributes: practitioner };
}
