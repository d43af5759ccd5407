import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDay, SlaPolicy } from '../contracts/deadlines.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn, type SignedInUser } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';

let t: TestDatabase;
let a: TestApp;
let admin: SignedInUser;
let operator: SignedInUser;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t);
  admin = await signIn(t.db, 'admin');
  operator = await signIn(t.db, 'operator');
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

const send = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
  const init: RequestInit = { method, headers: { ...headers, 'content-type': 'application/json' } };
  if (body !== undefined && method !== 'GET') init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await a.app.request(`/api/admin${path}`, init);
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string } },
  };
};

const DAY = { kind: 'holiday', nameVi: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day' };

describe('admin: calendar days', () => {
  it('lets only admins in: 401 signed out, 403 for an operator', async () => {
    for (const [method, path] of [
      ['GET', '/calendar-days'],
      ['PUT', '/calendar-days/2026-11-24'],
      ['DELETE', '/calendar-days/2026-11-24'],
    ] as const) {
      expect((await send(method, path, {}, DAY)).status).toBe(401);
      expect((await send(method, path, operator.headers, DAY)).status).toBe(403);
    }
  });

  it('lists the seeded days of a period', async () => {
    const { status, body } = await send('GET', '/calendar-days?from=2026-02-01&to=2026-02-28', admin.headers);
    expect(status).toBe(200);
    expect((body.items as CalendarDay[]).map((d) => d.day)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('adds, changes and removes a day', async () => {
    expect(await send('PUT', '/calendar-days/2026-11-24', admin.headers, DAY)).toEqual({
      status: 200,
      body: { day: '2026-11-24', ...DAY },
    });
    const changed = await send('PUT', '/calendar-days/2026-11-24', admin.headers, { ...DAY, kind: 'workday' });
    expect(changed.body.kind).toBe('workday');
    expect((await send('DELETE', '/calendar-days/2026-11-24', admin.headers)).status).toBe(204);
    const again = await send('DELETE', '/calendar-days/2026-11-24', admin.headers);
    expect([again.status, again.body.error?.code]).toEqual([404, 'calendar_day_not_found']);
  });

  it('rejects a bad date, a bad kind and a body that is not JSON, leaving nothing behind', async () => {
    const before = await send('GET', '/calendar-days', admin.headers);
    expect((await send('PUT', '/calendar-days/2026-02-30', admin.headers, DAY)).body.error?.code).toBe(
      'validation_failed',
    );
    expect((await send('PUT', '/calendar-days/2026-11-24', admin.headers, { ...DAY, kind: 'party' })).status).toBe(400);
    expect((await send('PUT', '/calendar-days/2026-11-24', admin.headers, '{')).body.error?.code).toBe('invalid_json');
    expect((await send('GET', '/calendar-days?from=soon', admin.headers)).status).toBe(400);
    expect((await send('GET', '/calendar-days', admin.headers)).body).toEqual(before.body);
  });
});

describe('admin: SLA policies', () => {
  it('lets only admins in: 401 signed out, 403 for an operator', async () => {
    expect((await send('GET', '/sla-policies')).status).toBe(401);
    expect((await send('GET', '/sla-policies', operator.headers)).status).toBe(403);
    const body = { minutes: 60, workingTime: true };
    expect((await send('PUT', '/sla-policies/trash/urgent', operator.headers, body)).status).toBe(403);
  });

  it('lists every policy and changes one', async () => {
    const list = await send('GET', '/sla-policies', admin.headers);
    const items = list.body.items as SlaPolicy[];
    expect(items.find((p) => p.category === 'sidewalk_encroachment' && p.priority === 'normal')).toEqual({
      category: 'sidewalk_encroachment',
      priority: 'normal',
      minutes: 120,
      workingTime: true,
    });
    const put = await send('PUT', '/sla-policies/trash/urgent', admin.headers, { minutes: 90, workingTime: false });
    expect(put).toEqual({
      status: 200,
      body: { category: 'trash', priority: 'urgent', minutes: 90, workingTime: false },
    });
  });

  it('rejects an unknown category (404), a bad priority or minutes (400)', async () => {
    const ok = { minutes: 60, workingTime: true };
    const unknown = await send('PUT', '/sla-policies/nothing/normal', admin.headers, ok);
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'category_not_found']);
    expect((await send('PUT', '/sla-policies/trash/asap', admin.headers, ok)).status).toBe(400);
    expect(
      (await send('PUT', '/sla-policies/trash/normal', admin.headers, { minutes: 0, workingTime: true })).status,
    ).toBe(400);
    expect((await send('PUT', '/sla-policies/trash/normal', admin.headers, { minutes: 60 })).status).toBe(400);
  });
});
