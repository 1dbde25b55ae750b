import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../__fixtures__/http-helpers.ts';
import { startTestServer, testKey, type TestServer } from '../__fixtures__/test-server.ts';
import { testNow } from '../__fixtures__/test-datasets.ts';
import { mintEmbedToken, verifyEmbedToken } from './embed-token.ts';

const secret = new TextEncoder().encode(testKey.secret);
const iat = Math.floor(testNow.getTime() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token signed with the test secret, with claims and header overridable. */
async function signed(claims: Record<string, unknown> = {}, options: { alg?: string; key?: Uint8Array; omit?: string[] } = {}): Promise<string> {
  const base: Record<string, unknown> = { iss: testKey.issuer, aud: testKey.audience, sub: 'u-csm', tenant: 'alpha', seat: 'viewer', jti: 'j-1', iat, exp: iat + 600, ...claims };
  for (const key of options.omit ?? []) delete base[key];
  return new SignJWT(base).setProtectedHeader({ alg: options.alg ?? 'HS256' }).sign(options.key ?? secret);
}

describe('embed tokens over HTTP (JWT negative suite)', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(() => ts.close());

  const get = (authorization?: string, path = '/v1/accounts/acc-root') =>
    fetch(`${ts.base}${path}`, { headers: authorization === undefined ? {} : { authorization } });

  async function expect401(response: Response): Promise<string> {
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as Json;
    expect(body.type).toBe('https://successkit.dev/problems/unauthenticated');
    return body.detail as string;
  }

  it('accepts a well-formed token', async () => {
    const response = await get(`Bearer ${await signed()}`, '/v1/summary-config');
    // viewer without admin: authenticated, then forbidden — proves the token itself was accepted.
    expect(response.status).toBe(403);
  });

  const cases: Array<[string, () => Promise<string | undefined>]> = [
    ['missing header', async () => undefined],
    ['empty bearer', async () => 'Bearer '],
    ['wrong scheme', async () => `Basic ${await signed()}`],
    ['malformed token', async () => 'Bearer not.a.jwt'],
    ['garbage', async () => 'Bearer abc'],
    ['expired', async () => `Bearer ${await signed({ iat: iat - 1200, exp: iat - 600 })}`],
    ['wrong audience', async () => `Bearer ${await signed({ aud: 'someone-else' })}`],
    ['wrong issuer', async () => `Bearer ${await signed({ iss: 'https://evil.test' })}`],
    ['alg none', async () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: testKey.issuer, aud: testKey.audience, sub: 'u', tenant: 'alpha', seat: 'viewer', jti: 'j', iat, exp: iat + 60 })}.`],
    ['HS512 instead of HS256', async () => `Bearer ${await signed({}, { alg: 'HS512' })}`],
    ['wrongly signed', async () => `Bearer ${await signed({}, { key: new TextEncoder().encode('another-secret-0123456789-abcdefghijkl') })}`],
    ['tampered payload', async () => {
      const [h, , s] = (await signed()).split('.');
      return `Bearer ${h}.${b64({ iss: testKey.issuer, aud: testKey.audience, sub: 'u', tenant: 'beta', seat: 'practitioner', jti: 'j', iat, exp: iat + 60 })}.${s}`;
    }],
    ['no exp', async () => `Bearer ${await signed({}, { omit: ['exp'] })}`],
    ['no iat', async () => `Bearer ${await signed({}, { omit: ['iat'] })}`],
    ['lives longer than 15 minutes', async () => `Bearer ${await signed({ exp: iat + 901 })}`],
    ['no jti', async () => `Bearer ${await signed({}, { omit: ['jti'] })}`],
    ['no sub', async () => `Bearer ${await signed({}, { omit: ['sub'] })}`],
    ['no tenant', async () => `Bearer ${await signed({}, { omit: ['tenant'] })}`],
    ['no seat', async () => `Bearer ${await signed({}, { omit: ['seat'] })}`],
    ['unknown seat', async () => `Bearer ${await signed({ seat: 'owner' })}`],
    ['unknown permission', async () => `Bearer ${await signed({ permissions: ['everything'] })}`],
    ['not yet valid', async () => `Bearer ${await signed({ nbf: iat + 300 })}`],
  ];
  for (const [name, header] of cases) {
    it(`answers 401 for: ${name}`, async () => {
      await expect401(await get(await header()));
    });
  }

  it('never accepts a token in the URL', async () => {
    const token = await mintEmbedToken({ ...testKey, tenant: 'alpha', user: 'u', seat: 'viewer', ttl: 60, now: testNow });
    const response = await fetch(`${ts.base}/v1/accounts/acc-root?access_token=${token}`);
    await expect401(response);
  });

  it('never echoes the token in a problem', async () => {
    const token = await signed({ aud: 'nope' });
    const text = await (await get(`Bearer ${token}`)).text();
    expect(text).not.toContain(token.split('.')[2]);
  });
});

describe('mintEmbedToken', () => {
  it('refuses a ttl above 15 minutes', async () => {
    await expect(mintEmbedToken({ ...testKey, tenant: 't', user: 'u', seat: 'viewer', ttl: 901 })).rejects.toThrow(/15 minutes/);
  });

  it('round-trips with seat defaults, admin and narrowing permissions', async () => {
    const admin = await mintEmbedToken({ ...testKey, tenant: 't', user: 'u', seat: 'practitioner', admin: true, ttl: 60, now: testNow });
    const caller = await verifyEmbedToken(admin, testKey, testNow);
    expect([...caller.permissions].sort()).toEqual(['attributes:restricted', 'summary:configure', 'summary:feedback', 'summary:read', 'summary:refresh']);
    const narrowed = await mintEmbedToken({ ...testKey, tenant: 't', user: 'u', seat: 'viewer', permissions: ['summary:read', 'summary:refresh'], ttl: 60, now: testNow });
    // A claim can narrow a seat, never widen it: a viewer does not gain refresh.
    expect([...(await verifyEmbedToken(narrowed, testKey, testNow)).permissions]).toEqual(['summary:read']);
  });

  it('refuses a short secret', async () => {
    await expect(mintEmbedToken({ ...testKey, secret: 'short', tenant: 't', user: 'u', seat: 'viewer' })).rejects.toThrow(/32 characters/);
  });
});
