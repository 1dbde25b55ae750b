/**
 * The OpenAPI 3.1 document of API v1, generated from the same route list and zod schemas the
 * server validates with (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 * Request schemas are described as input (what a caller may send, defaults optional), response
 * schemas as output. Nothing here is written by hand except titles.
 */
import { z } from 'zod';
import type { ApiRoute } from '../routes/api-route.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** `/v1/accounts/:id` → `/v1/accounts/{id}`. */
function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

/** Options of the document. */
export interface OpenApiOptions {
  title?: string;
  version?: string;
  /** Server URLs to list (e.g. the public base URL). */
  servers?: string[];
}

/** Builds the OpenAPI 3.1 document of the given routes. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], options: OpenApiOptions = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { [response.contentType ?? 'application/json']: { schema: jsonSchema(response.schema, 'output') } } } : {}),
      };
    }
    const operation: JsonSchema = {
      operationId: `${route.method}${toOpenApiPath(route.path).replace(/[{}]/g, '').replace(/(^|[/-])([a-z])/g, (_m, _s, ch: string) => ch.toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses,
      ...(route.serviceKey ? { security: [{ serviceKey: [] }] } : route.permission ? { security: [{ embedToken: [] }], 'x-permission': route.permission } : { security: [] }),
    };
    const path = toOpenApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'successkit API',
      version: options.version ?? '1.0.0',
      description: 'Account profiles, AI account summaries, Team Spotlight, and ingestion of live data. Errors are application/problem+json (RFC 9457).',
    },
    ...(options.servers ? { servers: options.servers.map((url) => ({ url })) } : {}),
    security: [{ embedToken: [] }],
    components: {
      securitySchemes: {
        embedToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "An embed token minted by the host's backend (HS256, at most 15 minutes), sent only in the Authorization header.",
        },
        serviceKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'sks_…',
          description: 'A tenant-scoped service key (`successkit key create`), server to server only: ingestion and the change feed.',
        },
      },
    },
    paths,
  };
}
