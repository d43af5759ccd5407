import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey, ApiKeyIssued } from '../contracts/api-key.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn } from '../testing/auth.js';
import { createApiKeysService, type ApiKeysService } from './api-keys.service.js';

let t: TestDatabase;
let keys: ApiKeysService;
let app: TestApp;
let adminHeaders: Record<string, string>;
beforeAll(async () => {
  t = await createTestDatabase();
  keys = createApiKeysService(t.db);
  app = await createTestApp(t);
  adminHeaders = (await signIn(t.db, 'admin')).headers;
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

/** The real app's admin routes, signed in as an admin. */
const admin = {
  request: (path: string, init: RequestInit = {}) =>
    app.app.request(path, { ...init, headers: { ...adminHeaders, ...(init.headers as Record<string, string>) } }),
};
const post = (body: unknown) =>
  admin.request('/api/admin/api-keys', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('API keys', () => {
  it('issues a key that verifies, stores only its hash, and stops working once revoked', async () => {
    const issued = await keys.issue({ name: 'GeoReporter Android' });
    expect(issued.key).toMatch(/^mt_[A-Za-z0-9_-]{43}$/);
    expect(await keys.verify(issued.key)).toBe(true);
    expect(await keys.verify(`${issued.key}x`)).toBe(false);
    const stored = await t.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys WHERE id = $1', [issued.id]);
    expect(stored.rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await t.db.query('SELECT * FROM api_keys'))).not.toContain(issued.key);
    const revoked = await keys.revoke(issued.id);
    expect(revoked?.revokedAt).not.toBeNull();
    expect(await keys.verify(issued.key)).toBe(false);
    expect((await keys.revoke(issued.id))?.revokedAt).toBe(revoked?.revokedAt); // the first revoke time stays
  });

  it('refuses empty and oversized keys without a lookup error', async () => {
    expect(await keys.verify(undefined)).toBe(false);
    expect(await keys.verify('')).toBe(false);
    expect(await keys.verify('k'.repeat(10_000))).toBe(false);
  });

  it('issues, lists and revokes through the admin routes, never listing a secret', async () => {
    const res = await post({ name: 'Helsinki bridge' });
    expect(res.status).toBe(201);
    const issued = ApiKeyIssued.parse(await res.json());
    const list = await admin.request('/api/admin/api-keys');
    const listed = ApiKey.array().parse(await list.json());
    expect(listed.map((k) => k.id)).toContain(issued.id);
    expect(JSON.stringify(listed)).not.toContain(issued.key);
    const del = await admin.request(`/api/admin/api-keys/${issued.id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(ApiKey.parse(await del.json()).revokedAt).not.toBeNull();
    expect(await keys.verify(issued.key)).toBe(false);
  });

  it('lets only admins manage keys', async () => {
    const op = await signIn(t.db, 'operator');
    expect((await app.app.request('/api/admin/api-keys', { headers: op.headers })).status).toBe(403);
    expect((await app.app.request('/api/admin/api-keys')).status).toBe(401);
  });

  it('answers 400 for a bad body and 404 for an unknown key, in the error shape', async () => {
    expect((await post({ name: '' })).status).toBe(400);
    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const missing = await admin.request('/api/admin/api-keys/0190f3a2-6b1c-7d2e-8f3a-1b2c3d4e5f60', {
      method: 'DELETE',
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('api_key_not_found');
    expect((await admin.request('/api/admin/api-keys/nope', { method: 'DELETE' })).status).toBe(404);
  });
});
