// The rollup-backed leaderboard equals the plain live count, period by period, before and after
// the facts of finished days change: an import into a past day, the demo seeder, workflow actions.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportMapping } from '../contracts/import.js';
import { importFile } from '../import/import.service.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { createTestApp, jsonPost, type TestApp } from '../testing/app.js';
import { signIn } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { liveUnitStats } from './stats-live.repository.js';
import { unitStats } from './stats.repository.js';
import { insertTestReport } from '../testing/test-reports.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const NOW = hn('2025-06-20T10:00');
const MS = 1;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const localDate = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

// Whole months, partial edge days, exact Hà Nội midnights (17:00 UTC) and a millisecond either
// side, one day's middle, today up to now and past it, and a stretch before any report.
const PERIODS: [Date, Date][] = [
  [hn('2025-06-01T00:00'), hn('2025-07-01T00:00')],
  [hn('2025-06-03T13:37'), hn('2025-06-17T08:05')],
  [new Date('2025-06-09T17:00:00Z'), new Date('2025-06-11T17:00:00Z')],
  [plus(new Date('2025-06-09T17:00:00Z'), -MS), plus(new Date('2025-06-11T17:00:00Z'), MS)],
  [plus(new Date('2025-06-09T17:00:00Z'), MS), plus(new Date('2025-06-11T17:00:00Z'), -MS)],
  [hn('2025-06-15T08:00'), hn('2025-06-15T20:00')],
  [hn('2025-06-18T00:00'), NOW],
  [hn('2025-06-19T12:00'), hn('2025-06-21T12:00')],
  [hn('2025-04-01T00:00'), hn('2025-05-01T00:00')],
];

let t: TestDatabase;
let a: TestApp;

async function rolledDays(): Promise<string[]> {
  const { rows } = await t.db.query<{ day: string }>(`SELECT day::text AS day FROM unit_day_stats_days ORDER BY day`);
  return rows.map((r) => r.day);
}

/** Every period, read through the rollup, equals the live count; twice, so the second reads what the first rolled up. */
async function expectSameAsLive(): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const [from, to] of PERIODS) {
      const live = await liveUnitStats(t.db, from, to, NOW);
      expect(await unitStats(t.db, from, to, NOW), `${from.toISOString()} → ${to.toISOString()}`).toEqual(live);
    }
  }
}

const total = async (from: Date, to: Date, key: 'received' | 'processed' | 'reopened' | 'ratings') =>
  (await unitStats(t.db, from, to, NOW)).reduce((n, u) => n + u[key], 0);

// Ratings for 40 % of the resolved reports and reopenings for 5 %, as the bench adds them, plus
// facts exactly at a Hà Nội midnight and a millisecond before it.
async function addActivity(): Promise<void> {
  await t.db.query(
    `INSERT INTO report_ratings (id, report_id, unit_code, rating, created_at)
     SELECT gen_random_uuid(), id, unit_code, (ARRAY['satisfied', 'accepted', 'not_satisfied'])[1 + abs(hashtext(id::text)) % 3],
       updated_at FROM reports WHERE status IN ('resolved', 'closed') AND abs(hashtext(id::text) / 3) % 10 < 4`,
  );
  await t.db.query(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at)
     SELECT id, 'report:reopened', 'test', jsonb_build_object('id', id, 'unitCode', unit_code), resolved_at + interval '5 hours'
     FROM reports WHERE status IN ('resolved', 'closed') AND abs(hashtext(id::text) / 7) % 100 < 5`,
  );
  const midnight = new Date('2025-06-09T17:00:00Z');
  const { rows } = await t.db.query<{ code: string }>(
    `SELECT code FROM units WHERE kind = 'ward' ORDER BY code LIMIT 1`,
  );
  for (const at of [midnight, plus(midnight, -MS)]) {
    await insertTestReport(t.db, {
      unitCode: rows[0]!.code,
      status: 'resolved',
      createdAt: at,
      resolvedAt: at,
      dueAt: at,
    });
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestApp(t, undefined, () => NOW);
  await seedDemoReports(t.db, { count: 1500, now: NOW, days: 25, seed: 5 });
  await addActivity();
});
afterAll(async () => {
  await a?.close();
  await t?.close();
});

describe('the leaderboard rollup', () => {
  it('gives the live figures for every period, and rolls up only finished whole days', async () => {
    expect(await total(hn('2025-06-01T00:00'), NOW, 'received')).toBeGreaterThan(500);
    expect(await total(hn('2025-06-01T00:00'), NOW, 'reopened')).toBeGreaterThan(5);
    expect(await total(hn('2025-06-01T00:00'), NOW, 'ratings')).toBeGreaterThan(50);
    await expectSameAsLive();
    const days = await rolledDays();
    expect(days).toContain('2025-06-10');
    expect(days).toContain('2025-06-19');
    expect(days).not.toContain('2025-06-20'); // today
    expect(days).not.toContain('2025-06-21'); // after today
    expect(days).toContain('2025-04-30');
    expect(days).not.toContain('2025-05-15'); // never asked for
  });

  it('forgets a past day an import writes into, and only that day', async () => {
    await unitStats(t.db, hn('2025-06-01T00:00'), NOW, NOW);
    const received = () => total(hn('2025-06-11T00:00'), hn('2025-06-12T00:00'), 'received');
    const processed = () => total(hn('2025-06-12T00:00'), hn('2025-06-13T00:00'), 'processed');
    const before = { received: await received(), processed: await processed() };
    const dir = await mkdtemp(join(tmpdir(), 'matthan-rollup-'));
    const file = join(dir, 'late.csv');
    const rows = [0, 1, 2, 3].map(
      (i) =>
        `late-${i},Rác,Rác thải tồn đọng trên vỉa hè số ${i},Closed,2025-06-11T2${i}:00:00+07:00,2025-06-12T1${i}:00:00+07:00,${21.0285 + i * 0.01},105.8542`,
    );
    await writeFile(file, ['id,kind,text,status,created,updated,lat,lng', ...rows].join('\n'));
    const mapping = ImportMapping.parse({
      source: 'late-history',
      format: 'csv',
      columns: {
        id: 'id',
        createdAt: 'created',
        updatedAt: 'updated',
        category: 'kind',
        status: 'status',
        description: 'text',
        lat: 'lat',
        lng: 'lng',
      },
      time: { format: 'iso' },
      categories: { Rác: 'trash' },
      statuses: { Closed: 'closed' },
    });
    const summary = await importFile(t.db, { file, mapping, engine: t.engine, onReject: () => {} });
    expect(summary.imported).toBe(4);
    const days = await rolledDays();
    // Received (the first holdings) on the 11th in the evening, closed on the 12th.
    expect(days.filter((d) => d >= '2025-06-10' && d <= '2025-06-13')).toEqual(['2025-06-10', '2025-06-13']);
    expect({ received: await received(), processed: await processed() }).toEqual({
      received: before.received + 4,
      processed: before.processed + 4,
    });
    await expectSameAsLive();
  });

  it('stays equal to the live count after the demo seeder writes more past days', async () => {
    const before = await total(hn('2025-06-01T00:00'), NOW, 'received');
    const seeded = await seedDemoReports(t.db, { count: 300, now: NOW, days: 25, seed: 6 });
    expect(await total(hn('2025-06-01T00:00'), NOW, 'received')).toBeGreaterThan(before);
    expect(seeded.inserted).toBeGreaterThan(0);
    await expectSameAsLive();
  });

  it('stays equal after workflow actions: a past resolution reopened, a rejection and a transfer today', async () => {
    const operator = await signIn(t.db, 'operator');
    const act = async (id: string, command: Record<string, unknown>) =>
      (await a.app.request(`/api/reports/${id}/actions`, jsonPost(command, operator.headers))).status;
    const pick = async (where: string) =>
      (await t.db.query<{ id: string }>(`SELECT id FROM reports WHERE ${where} ORDER BY id LIMIT 1`)).rows[0]!.id;
    const resolved = await pick(
      `status = 'resolved' AND processed_at >= '2025-06-02T00:00:00+07:00' AND processed_at < '2025-06-15T00:00:00+07:00'`,
    );
    const { rows } = await t.db.query<{ day: string }>(
      `SELECT hanoi_day(processed_at)::text AS day FROM reports WHERE id = $1`,
      [resolved],
    );
    await expectSameAsLive();
    expect(await rolledDays()).toContain(rows[0]!.day);
    expect(await act(resolved, { action: 'reopen', reason: 'Người dân báo chưa xử lý xong' })).toBe(200);
    expect(await rolledDays()).not.toContain(rows[0]!.day); // its processed day lost it
    expect(await act(await pick(`status = 'new'`), { action: 'reject', reason: 'Không đủ thông tin' })).toBe(200);
    const other = (await t.db.query<{ code: string }>(`SELECT code FROM units WHERE kind = 'department' LIMIT 1`))
      .rows[0]!;
    const open = await pick(`status = 'received'`);
    expect(await act(open, { action: 'transfer', unitCode: other.code, reason: 'Thuộc thẩm quyền sở' })).toBe(200);
    await expectSameAsLive();
  });

  it('forgets a past day when a holding is written into it directly', async () => {
    await unitStats(t.db, hn('2025-06-01T00:00'), NOW, NOW);
    expect(await rolledDays()).toContain('2025-06-05');
    const { rows } = await t.db.query<{ id: string }>(`SELECT id FROM reports ORDER BY id LIMIT 1`);
    const unit = (await t.db.query<{ code: string }>(`SELECT code FROM units WHERE kind = 'department' LIMIT 1`))
      .rows[0]!;
    await t.db.query('INSERT INTO report_holdings (report_id, unit_code, started_at) VALUES ($1, $2, $3)', [
      rows[0]!.id,
      unit.code,
      hn('2025-06-05T09:00'),
    ]);
    expect(await rolledDays()).not.toContain('2025-06-05');
    await expectSameAsLive();
  });

  /**
   * Ratings written `at` (one statement) while the leaderboard of [from, to) is read: on PostgreSQL
   * from a second connection holding its transaction open, so the read must neither see them nor
   * roll up their days; the embedded engine has one connection, so there the write simply comes first.
   */
  async function rateWhileReading(from: Date, to: Date, at: Date[]) {
    const { rows } = await t.db.query<{ id: string; unit_code: string }>(
      `SELECT id, unit_code FROM reports WHERE status IN ('resolved', 'closed') ORDER BY id LIMIT 1`,
    );
    const rate = `INSERT INTO report_ratings (id, report_id, unit_code, rating, created_at)
      SELECT gen_random_uuid(), $1, $2, 'satisfied', a FROM unnest($3::timestamptz[]) AS a`;
    const params = [rows[0]!.id, rows[0]!.unit_code, at];
    const before = await total(from, to, 'ratings');
    // As if never asked for: the read below has to roll them up.
    await t.db.query(`DELETE FROM unit_day_stats_days WHERE day >= hanoi_day($1) AND day < hanoi_day($2)`, [from, to]);
    const inPeriod = async () => (await rolledDays()).filter((d) => d >= localDate(from) && d < localDate(to));
    if (t.engine === 'postgres') {
      const writer = await t.db.connect();
      try {
        await writer.query('BEGIN');
        await writer.query(rate, params);
        expect(await total(from, to, 'ratings')).toBe(before);
        expect(await inPeriod()).toEqual([]);
        await writer.query('COMMIT');
      } finally {
        await writer.query('ROLLBACK').catch(() => {}); // after a failed expectation: nothing left open
        writer.release();
      }
    } else {
      await t.db.query(rate, params);
    }
    expect(await total(from, to, 'ratings')).toBe(before + at.length);
    // One read rolls up at most 64 days (as many day locks as a writer may take); the next, the rest.
    expect(await total(from, to, 'ratings')).toBe(before + at.length);
    expect((await inPeriod()).length).toBe((to.getTime() - from.getTime()) / 86_400_000);
    await expectSameAsLive();
  }

  it('never rolls up a day that an open transaction is still writing', async () => {
    const day = hn('2025-06-08T00:00');
    await rateWhileReading(day, plus(day, 86_400_000), [plus(day, 3_600_000)]);
  });

  it('never rolls up any day while a write of more than 64 days is open (one lock for all)', async () => {
    const from = hn('2025-04-01T00:00');
    const at = Array.from({ length: 70 }, (_, k) => plus(from, k * 86_400_000 + 3_600_000));
    await rateWhileReading(from, plus(from, 70 * 86_400_000), at);
  });
});
