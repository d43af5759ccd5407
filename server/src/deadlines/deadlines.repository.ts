import { OPEN_SQL } from '../reports/filter.repository.js';
import type { CalendarDay, CalendarDayInput, SlaPolicy } from '../contracts/deadlines.js';
import type { Queryable, Tx } from '../db/pool.js';

interface PolicyRow {
  category: string;
  priority: SlaPolicy['priority'];
  minutes: number;
  working_time: boolean;
}

interface DayRow {
  day: string;
  kind: CalendarDay['kind'];
  name_vi: string;
  name_en: string;
}

const toPolicy = (r: PolicyRow): SlaPolicy => ({
  category: r.category,
  priority: r.priority,
  minutes: r.minutes,
  workingTime: r.working_time,
});
const toDay = (r: DayRow): CalendarDay => ({ day: r.day, kind: r.kind, nameVi: r.name_vi, nameEn: r.name_en });

export async function listSlaPolicies(db: Queryable): Promise<SlaPolicy[]> {
  const { rows } = await db.query<PolicyRow>(
    `SELECT p.category, p.priority, p.minutes, p.working_time FROM sla_policies p
     JOIN categories c ON c.code = p.category
     ORDER BY c.sort_order, p.category, array_position(ARRAY['low', 'normal', 'high', 'urgent'], p.priority)`,
  );
  return rows.map(toPolicy);
}

/** Sets one policy; null when the category does not exist. */
export async function putSlaPolicy(db: Queryable, p: SlaPolicy): Promise<SlaPolicy | null> {
  const { rows } = await db.query<PolicyRow>(
    `INSERT INTO sla_policies (category, priority, minutes, working_time)
     SELECT code, $2, $3, $4 FROM categories WHERE code = $1
     ON CONFLICT (category, priority) DO UPDATE SET minutes = EXCLUDED.minutes, working_time = EXCLUDED.working_time
     RETURNING category, priority, minutes, working_time`,
    [p.category, p.priority, p.minutes, p.workingTime],
  );
  return rows[0] ? toPolicy(rows[0]) : null;
}

/** Calendar days in [from, to] (both optional), in date order. `day::text` keeps the date free of time zones. */
export async function listCalendarDays(db: Queryable, from?: string, to?: string): Promise<CalendarDay[]> {
  const { rows } = await db.query<DayRow>(
    `SELECT day::text AS day, kind, name_vi, name_en FROM calendar_days
     WHERE ($1::date IS NULL OR day >= $1::date) AND ($2::date IS NULL OR day <= $2::date) ORDER BY day`,
    [from ?? null, to ?? null],
  );
  return rows.map(toDay);
}

export async function putCalendarDay(db: Queryable, day: string, d: CalendarDayInput): Promise<CalendarDay> {
  const { rows } = await db.query<DayRow>(
    `INSERT INTO calendar_days (day, kind, name_vi, name_en) VALUES ($1, $2, $3, $4)
     ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en
     RETURNING day::text AS day, kind, name_vi, name_en`,
    [day, d.kind, d.nameVi, d.nameEn],
  );
  return toDay(rows[0]!);
}

/** Whether there was such a day. */
export async function deleteCalendarDay(db: Queryable, day: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM calendar_days WHERE day = $1', [day]);
  return (rowCount ?? 0) > 0;
}

/**
 * Adds the seeded days and policies that are missing. Rows already there are kept: admins edit
 * them, and loading the seeds again must not undo their edits.
 */
export async function insertMissingDeadlineSeeds(tx: Tx, days: CalendarDay[], policies: SlaPolicy[]): Promise<void> {
  await tx.query(
    `INSERT INTO calendar_days (day, kind, name_vi, name_en)
     SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[]) ON CONFLICT (day) DO NOTHING`,
    [days.map((d) => d.day), days.map((d) => d.kind), days.map((d) => d.nameVi), days.map((d) => d.nameEn)],
  );
  await tx.query(
    `INSERT INTO sla_policies (category, priority, minutes, working_time)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::boolean[]) ON CONFLICT (category, priority) DO NOTHING`,
    [
      policies.map((p) => p.category),
      policies.map((p) => p.priority),
      policies.map((p) => p.minutes),
      policies.map((p) => p.workingTime),
    ],
  );
}

/**
 * Marks the open reports whose warning time has come and returns their ids, earliest warning
 * first. Each report is marked once: a restarted clock (transfer, reopen) clears warned_at.
 */
export async function markWarned(tx: Tx, now: Date): Promise<string[]> {
  const { rows } = await tx.query<{ id: string; warn_at: Date }>(
    `WITH due AS (
       SELECT id FROM reports
       WHERE warn_at <= $1 AND warned_at IS NULL AND status IN ${OPEN_SQL}
       ORDER BY warn_at, id
       FOR UPDATE SKIP LOCKED
     )
     UPDATE reports r SET warned_at = $1 FROM due WHERE r.id = due.id
     RETURNING r.id, r.warn_at`,
    [now],
  );
  return rows.sort((a, b) => a.warn_at.getTime() - b.warn_at.getTime() || (a.id < b.id ? -1 : 1)).map((r) => r.id);
}
