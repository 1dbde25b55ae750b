import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.ts';
import { createCorsPolicy } from './cors-policy.ts';
import { HttpProblem } from './http-problem.ts';

const caller = { tenantId: 't1', userId: 'u1', seat: 'viewer', permissions: new Set(), tokenId: 'j' } as unknown as Caller;

describe('createCorsPolicy', () => {
  it('allows same-origin requests even with no origins configured (browsers send Origin on POST/PUT)', () => {
    const policy = createCorsPolicy();
    expect(() => policy.assertOriginAllowed('http://127.0.0.1:8787', caller, 'http://127.0.0.1:8787/v1/summary-config')).not.toThrow();
  });

  it('refuses another origin when none is configured', () => {
    const policy = createCorsPolicy();
    expect(() => policy.assertOriginAllowed('https://evil.example', caller, 'http://127.0.0.1:8787/v1/x')).toThrow(HttpProblem);
  });

  it('allows a configured origin for the tenant and refuses it for another tenant', () => {
    const policy = createCorsPolicy({ tenants: { t2: ['https://portal.example'] } });
    expect(() => policy.assertOriginAllowed('https://portal.example', { ...caller, tenantId: 't2' }, 'http://api/v1/x')).not.toThrow();
    expect(() => policy.assertOriginAllowed('https://portal.example', caller, 'http://api/v1/x')).toThrow(/not allowed/);
  });
});
