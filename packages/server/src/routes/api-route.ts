/**
 * `defineRoute`: one API route as data — method, path, permission, the zod schemas of its
 * params, query, body and responses — plus its handler. The app registers every route from
 * this list and the OpenAPI document is generated from the same list, so the two cannot drift.
 * Validation happens here, once, before a handler runs: the handler receives parsed input.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { ServiceKeyRecord } from '@successkit/core';
import type { Caller, Permission } from '../auth/caller.ts';
import type { AppEnv } from '../http/app-env.ts';

/** One documented response of a route. */
export interface RouteResponse {
  description: string;
  /** The body schema (JSON unless `contentType` says otherwise). */
  schema?: z.ZodType;
  contentType?: string;
}

/** What a handler receives. */
interface RouteInput<P, Q, B> {
  c: Context<AppEnv>;
  /** The verified caller (`null` only on public and service-key routes). */
  caller: Caller;
  /** The verified service key (service-key routes only). */
  serviceKey: ServiceKeyRecord | null;
  params: P;
  query: Q;
  body: B;
}

/** A route as defined by a route module. */
export interface RouteDefinition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch';
  /** Hono-style path, e.g. `/v1/accounts/:id`. */
  path: string;
  /** One line for the OpenAPI document. */
  summary: string;
  tag: string;
  /** The permission the caller must hold; `null` for public routes (no token) and service-key routes. */
  permission: Permission | null;
  /** Server to server: the route takes a tenant's service key, never an embed token (`permission` is `null`). */
  serviceKey?: boolean;
  /** The handler reads and checks the body itself (`body` then only documents it). */
  ownBody?: boolean;
  /** The route belongs to the summary feature (403 `feature-disabled` where it is switched off). */
  summaryFeature?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  responses: Record<number, RouteResponse>;
  handler: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Response> | Response;
}

/** A route with its types erased, as the app and the OpenAPI generator see it. */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch';
  path: string;
  summary: string;
  tag: string;
  permission: Permission | null;
  serviceKey: boolean;
  ownBody: boolean;
  summaryFeature: boolean;
  params: z.ZodType | undefined;
  query: z.ZodType | undefined;
  body: z.ZodType | undefined;
  responses: Record<number, RouteResponse>;
  handler: (input: RouteInput<unknown, unknown, unknown>) => Promise<Response> | Response;
}

/** Defines a route; the handler's input is typed by the schemas. */
export function defineRoute<P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject, B extends z.ZodType = z.ZodUndefined>(
  definition: RouteDefinition<P, Q, B>,
): ApiRoute {
  return {
    method: definition.method,
    path: definition.path,
    summary: definition.summary,
    tag: definition.tag,
    permission: definition.permission,
    serviceKey: definition.serviceKey ?? false,
    ownBody: definition.ownBody ?? false,
    summaryFeature: definition.summaryFeature ?? false,
    params: definition.params,
    query: definition.query,
    body: definition.body,
    responses: definition.responses,
    handler: definition.handler as ApiRoute['handler'],
  };
}

/** An id in a path: 1–200 characters. */
export const idParam = z.string().min(1, 'must not be empty').max(200, 'at most 200 characters');
