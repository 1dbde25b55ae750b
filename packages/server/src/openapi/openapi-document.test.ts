import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

describe('GET /v1/openapi.json', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(() => ts.close());

  it('documents every route of v1 with schemas generated from zod', async () => {
    const response = await fetch(`${ts.base}/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Json;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'GET /healthz',
        'GET /readyz',
        'GET /v1/openapi.json',
        'GET /v1/accounts',
        'GET /v1/accounts/{id}',
        'GET /v1/accounts/{id}/children',
        'GET /v1/accounts/{id}/timeline',
        'GET /v1/accounts/{id}/tasks',
        'GET /v1/accounts/{id}/usage',
        'GET /v1/accounts/{id}/contacts',
        'GET /v1/accounts/{id}/team',
        'GET /v1/accounts/{id}/changes',
        'GET /v1/accounts/{id}/tickets',
        'GET /v1/accounts/{id}/assets',
        'GET /v1/accounts/{id}/collections',
        'GET /v1/portfolio',
        'GET /v1/accounts/{id}/summary',
        'POST /v1/accounts/{id}/summary/refresh',
        'POST /v1/accounts/{id}/summary/feedback',
        'GET /v1/jobs/{id}',
        'GET /v1/jobs/{id}/events',
        'GET /v1/summary-config',
        'PUT /v1/summary-config',
        'POST /v1/summary-config/preview',
        'GET /v1/summary-feedback',
        'GET /v1/team-spotlight',
        'GET /v1/team-spotlight/members/{userId}/accounts',
        'POST /v1/ingest',
        'GET /v1/changes',
      ].sort(),
    );
    const spotlight = doc.paths['/v1/team-spotlight'].get;
    expect(spotlight.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['role', 'period', 'asOf', 'team', 'metrics']));
    expect(spotlight.responses['200'].content['application/json'].schema.properties.members.type).toBe('array');
    const put = doc.paths['/v1/summary-config'].put;
    expect(put.requestBody.content['application/json'].schema.properties.kpis.maxItems).toBe(4);
    expect(put['x-permission']).toBe('summary:configure');
    expect(doc.paths['/v1/accounts/{id}/summary'].get.responses['202']).toBeDefined();
    expect(doc.components.securitySchemes.embedToken.scheme).toBe('bearer');
    const ingest = doc.paths['/v1/ingest'].post;
    expect(ingest.security).toEqual([{ serviceKey: [] }]);
    expect(ingest.requestBody.content['application/json'].schema.properties.upserts.properties.touchpoints.type).toBe('array');
    expect(ingest.responses['422']).toBeDefined();
    expect(doc.paths['/v1/changes'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['after', 'limit']);
    expect(doc.paths['/v1/accounts/{id}'].get.responses['200'].content['application/json'].schema.properties.dataVersion.type).toBe('integer');
    expect(doc.paths['/v1/accounts'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'type', 'limit', 'cursor']));
    expect(doc.paths['/v1/accounts/{id}/usage'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to']));
    expect(doc.paths['/v1/portfolio'].get.responses['200'].content['application/json'].schema.properties.items.type).toBe('array');
  });
});
