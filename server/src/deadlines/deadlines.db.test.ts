import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/pool.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { createDeadlineWatcher } from './deadline-watcher.js';
import { createDeadlines } from './deadlines.service.js';
import { insertTestReport } from '../testing/test-reports.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const iso = (d: Date | undefined) => d?.toISOString();

let t: TestDatabase;
let ward: string;
beforeAll(async () => {
  t = await createTestDatabase();
  ward = (await t.db.query<{ code: string }>(`SELECT code FROM units WHERE kind = 'ward' ORDER BY code LIMIT 1`))
    .rows[0]!.code;
});
afterAll(async () => t?.close());

describe('the seeded rules', () => {
  it('has a policy for every category and priority, higher priority always sooner', async () => {
    const { rows } = await t.db.query<{ n: number; categories: number; bad: number }>(
      `SELECT count(*)::int AS n, (SELECT count(*)::int FROM categories) AS categories,
         (SELECT count(*)::int FROM sla_policies a JOIN sla_policies b ON a.category = b.category
          WHERE array_position(ARRAY['low','normal','high','urgent'], a.priority)
              < array_position(ARRAY['low','normal','high','urgent'], b.priority) AND a.minutes <= b.minutes) AS bad
       FROM sla_policies`,
    );
    expect(rows[0]!.n).toBe(rows[0]!.categories * 4);
    expect(rows[0]!.bad).toBe(0);
  });

  it('has the Tết holidays and the make-up Saturdays of 2025–2027', async () => {
    const { rows } = await t.db.query<{ day: string; kind: string }>(
      `SELECT day::text AS day, kind FROM calendar_days WHERE day IN ('2026-02-17', '2025-04-26', '2027-02-08') ORDER BY day`,
    );
    expect(rows).toEqual([
      { day: '2025-04-26', kind: 'workday' },
      { day: '2026-02-17', kind: 'holiday' },
      { day: '2027-02-08', kind: 'holiday' },
    ]);
  });
});

describe('dueFor', () => {
  const deadlines = () => createDeadlines(t.db, () => hn('2026-02-01T00:00'));

  it('gives sidewalk encroachment 2 working hours, across the Tết week', async () => {
    const d = await deadlines().dueFor('sidewalk_encroachment', 'normal', hn('2026-02-13T16:00'));
    expect(iso(d?.dueAt)).toBe(iso(hn('2026-02-23T09:00')));
    expect(iso(d?.warnAt)).toBe(iso(hn('2026-02-23T08:36')));
  });

  it('gives trash 24 hours around the clock, Tết or not', async () => {
    const d = await deadlines().dueFor('trash', 'normal', hn('2026-02-16T22:00'));
    expect(iso(d?.dueAt)).toBe(iso(hn('2026-02-17T22:00')));
  });

  it('gives a construction violation 5 working days, over a weekend', async () => {
    const d = await deadlines().dueFor('construction_violation', 'normal', hn('2025-06-04T10:00'));
    expect(iso(d?.dueAt)).toBe(iso(hn('2025-06-11T10:00')));
  });

  it('restarts the clock for the receiving unit on a transfer', async () => {
    const s = deadlines();
    const first = await s.dueFor('sidewalk_encroachment', 'normal', hn('2025-06-06T09:00'));
    const afterTransfer = await s.dueFor('sidewalk_encroachment', 'normal', hn('2025-06-06T16:30'));
    expect(iso(first?.dueAt)).toBe(iso(hn('2025-06-06T11:00')));
    expect(iso(afterTransfer?.dueAt)).toBe(iso(hn('2025-06-09T09:30')));
  });

  it('has no deadline for a category without a policy', async () => {
    expect(await deadlines().dueFor('no_such_category', 'normal', hn('2025-06-06T09:00'))).toBeNull();
  });

  it('answers inside a transaction once its rules have expired (one connection on the embedded engine)', async () => {
    let now = hn('2026-02-01T00:00');
    const s = createDeadlines(t.db, () => now);
    await s.rules();
    now = hn('2026-02-01T01:00'); // past the cache's lifetime: a reload starts, the old rules answer
    const d = await withTransaction(t.db, (tx) =>
      tx.query('SELECT 1').then(() => s.dueFor('trash', 'normal', hn('2026-02-02T10:00'))),
    );
    expect(iso(d?.dueAt)).toBe(iso(hn('2026-02-03T10:00')));
    await s.rules();
  });

  it('uses an admin edit of the calendar at once', async () => {
    const s = deadlines();
    const before = await s.dueFor('sidewalk_encroachment', 'normal', hn('2025-06-06T16:00'));
    expect(iso(before?.dueAt)).toBe(iso(hn('2025-06-09T09:00')));
    await s.putDay('2025-06-09', { kind: 'holiday', nameVi: 'Nghỉ thử', nameEn: 'Test holiday' });
    const after = await s.dueFor('sidewalk_encroachment', 'normal', hn('2025-06-06T16:00'));
    expect(iso(after?.dueAt)).toBe(iso(hn('2025-06-10T09:00')));
    await s.deleteDay('2025-06-09');
    expect(iso((await s.dueFor('sidewalk_encroachment', 'normal', hn('2025-06-06T16:00')))?.dueAt)).toBe(
      iso(hn('2025-06-09T09:00')),
    );
  });
});

describe('the 80 % warning', () => {
  it('warns open reports past their warning time once, and logs one event each', async () => {
    const now = hn('2025-06-10T10:00');
    const past = hn('2025-06-10T09:00');
    const later = hn('2025-06-10T11:00');
    const base = { unitCode: ward, createdAt: hn('2025-06-10T08:00'), dueAt: later };
    const due = await insertTestReport(t.db, { ...base, status: 'in_progress', warnAt: past });
    const dueToo = await insertTestReport(t.db, { ...base, status: 'new', warnAt: hn('2025-06-10T08:30') });
    const notYet = await insertTestReport(t.db, { ...base, status: 'received', warnAt: later });
    const resolved = await insertTestReport(t.db, { ...base, status: 'resolved', warnAt: past, resolvedAt: past });
    const warned = await insertTestReport(t.db, { ...base, status: 'assigned', warnAt: past, warnedAt: past });
    let announced = 0;
    const watcher = createDeadlineWatcher({ db: t.db, broadcaster: { announce: () => announced++ }, clock: () => now });

    expect(await watcher.tick()).toEqual([dueToo, due]);
    expect(await watcher.tick()).toEqual([]);
    expect(announced).toBe(1);

    const { rows } = await t.db.query<{ report_id: string; actor: string; payload: { id: string; dueAt: string } }>(
      `SELECT report_id, actor, payload FROM report_events WHERE kind = 'deadline:warned' ORDER BY seq`,
    );
    expect(rows.map((r) => [r.report_id, r.actor, r.payload.id, r.payload.dueAt])).toEqual([
      [dueToo, 'system', dueToo, later.toISOString()],
      [due, 'system', due, later.toISOString()],
    ]);
    const marked = await t.db.query<{ id: string }>(
      `SELECT id FROM reports WHERE warned_at = $1 AND id = ANY($2::uuid[]) ORDER BY id`,
      [now, [due, dueToo, notYet, resolved, warned]],
    );
    expect(marked.rows.map((r) => r.id).sort()).toEqual([due, dueToo].sort());
  });
});

describe('processed_at (what the leaderboard counts as processed)', () => {
  const processedAt = async (id: string) =>
    (await t.db.query<{ p: Date | null }>('SELECT processed_at AS p FROM reports WHERE id = $1', [id])).rows[0]!.p;
  const setStatus = (id: string, status: string, at: Date) =>
    t.db.query('UPDATE reports SET status = $2, updated_at = $3 WHERE id = $1', [id, status, at]);

  it('is set when a report leaves the open statuses, kept on closing, cleared on reopening', async () => {
    const id = await insertTestReport(t.db, { unitCode: ward, status: 'received', createdAt: hn('2025-07-01T09:00') });
    expect(await processedAt(id)).toBeNull();
    await t.db.query(`UPDATE reports SET status = 'resolved', resolved_at = $2, updated_at = $2 WHERE id = $1`, [
      id,
      hn('2025-07-01T11:00'),
    ]);
    expect(iso((await processedAt(id))!)).toBe(iso(hn('2025-07-01T11:00')));
    await setStatus(id, 'closed', hn('2025-07-03T09:00'));
    expect(iso((await processedAt(id))!)).toBe(iso(hn('2025-07-01T11:00')));
    await setStatus(id, 'reopened', hn('2025-07-04T09:00'));
    expect(await processedAt(id)).toBeNull();
    await setStatus(id, 'rejected', hn('2025-07-05T09:00'));
    expect(iso((await processedAt(id))!)).toBe(iso(hn('2025-07-05T09:00')));
  });
});
