// The drawer's deadline clock turns amber at the server's own warning time, not at a share of
// clock time: a report received on the Friday before Tết turns amber after the weekend and the
// holidays, as the deadline watcher warns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffReport } from '@matthan/server/contracts';
import { deadlineState } from './deadline.js';
import { createTestApp, HOAN_KIEM, jsonPost, type TestApp } from '../../../server/src/testing/app.js';
import { signIn } from '../../../server/src/testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../server/src/testing/db.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const FRIDAY_BEFORE_TET = hn('2026-02-13T16:00');

let t: TestDatabase;
let a: TestApp;
beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => FRIDAY_BEFORE_TET);
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

describe('the deadline clock and the server’s warning time', () => {
  it('turns amber exactly at warnAt, which skips the weekend and the Tết holidays', async () => {
    const sent = await a.app.request(
      '/api/reports',
      jsonPost({ category: 'sidewalk_encroachment', description: 'Lấn chiếm vỉa hè', location: HOAN_KIEM }),
    );
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const operator = await signIn(t.db, 'operator');
    const res = await a.app.request(`/api/reports/${id}/staff`, { headers: operator.headers });
    expect(res.status).toBe(200);
    const staff = (await res.json()) as StaffReport;
    // 2 working hours from Friday 16:00: one hour on Friday, then nothing until Monday 23 February
    // (weekend, then the Tết holidays), so due 09:00 and warned at 80 % of the working time, 08:36.
    expect(staff.dueAt).toBe(hn('2026-02-23T09:00').toISOString());
    expect(staff.warnAt).toBe(hn('2026-02-23T08:36').toISOString());
    const warnAt = Date.parse(staff.warnAt!);
    expect(deadlineState(staff, warnAt - 1).kind).toBe('ok');
    expect(deadlineState(staff, warnAt).kind).toBe('soon');
    // 80 % of the clock time would have turned it amber on the Thursday of the Tết week.
    expect(deadlineState(staff, hn('2026-02-19T12:00').getTime()).kind).toBe('ok');
  });
});
