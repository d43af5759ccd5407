import { OPEN_SQL } from '../reports/filter.repository.js';
import type { UnitStats } from '../contracts/leaderboard.js';
import type { Db, Queryable } from '../db/pool.js';
import { missingRuns, spansOfRuns, splitPeriod } from './stats-days.js';
import {
  liveFigures,
  rolledUpFigures,
  rollUpDays,
  type FiguresByUnit,
  type UnitFigures,
} from './unit-day-stats.repository.js';

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

// "Overdue now" reads only the partial covering index reports_open_due_unit (migration 0006).
const OVERDUE = `SELECT unit_code, count(*)::int AS n FROM reports
  WHERE status IN ${OPEN_SQL} AND due_at < $1 GROUP BY unit_code`;
// Days rolled up by one request at most; the rest of a very long period is counted live this time.
const MAX_ROLLUP_DAYS = 64; // as many day locks as one writer may take (migration 0030)

const ZERO: UnitFigures = { received: 0, processed: 0, processedOnTime: 0, reopened: 0, ratings: 0, satisfied: 0 };

function addInto(total: FiguresByUnit, part: FiguresByUnit): void {
  for (const [unit, f] of part) {
    const t = total.get(unit) ?? { ...ZERO };
    for (const k of Object.keys(ZERO) as (keyof UnitFigures)[]) t[k] += f[k];
    total.set(unit, t);
  }
}

/**
 * The figures of [from, to) per unit: finished whole Hà Nội days from the rollup (rolled up now
 * when missing), the partial days at the edges, today and anything later live.
 */
async function periodFigures(db: Db, from: Date, to: Date, now: Date): Promise<FiguresByUnit> {
  const { firstDay, endDay, live } = splitPeriod(from, to, now);
  const [rolled, edges] = await Promise.all([
    firstDay < endDay ? rolledUpFigures(db, firstDay, endDay) : { days: new Set<number>(), units: new Map() },
    liveFigures(db, live),
  ]);
  const total: FiguresByUnit = new Map();
  addInto(total, rolled.units);
  addInto(total, edges);
  const missing = missingRuns(firstDay, endDay, rolled.days).flatMap(([a, b]) => range(a, b));
  if (missing.length === 0) return total;
  const filled = await rollUpDays(db, missing.slice(0, MAX_ROLLUP_DAYS));
  addInto(total, filled.units);
  const done = new Set([...rolled.days, ...filled.days]);
  addInto(total, await liveFigures(db, spansOfRuns(missingRuns(firstDay, endDay, done))));
  return total;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

/** Every unit's leaderboard lines from per-unit figures and overdue counts, most overdue first. */
function leaderboardLines(
  units: { code: string; name_vi: string }[],
  figures: FiguresByUnit,
  overdue: Map<string, number>,
): UnitStats[] {
  const lines = units.map((u) => {
    const f = figures.get(u.code) ?? ZERO;
    return {
      unitCode: u.code,
      unitName: u.name_vi,
      received: f.received,
      processed: f.processed,
      processedOnTime: f.processedOnTime,
      onTimePercent: percent(f.processedOnTime, f.processed),
      overdueNow: overdue.get(u.code) ?? 0,
      reopened: f.reopened,
      ratings: f.ratings,
      satisfied: f.satisfied,
      satisfactionPercent: percent(f.satisfied, f.ratings),
    };
  });
  return lines.sort((a, b) => b.overdueNow - a.overdueNow || (a.unitCode < b.unitCode ? -1 : 1));
}

async function unitsAndOverdue(db: Queryable, now: Date) {
  const [units, overdue] = await Promise.all([
    db.query<{ code: string; name_vi: string }>('SELECT code, name_vi FROM units ORDER BY code'),
    db.query<{ unit_code: string; n: number }>(OVERDUE, [now]),
  ]);
  return { units: units.rows, overdue: new Map(overdue.rows.map((r) => [r.unit_code, r.n])) };
}

/**
 * Every unit's leaderboard line for [from, to), with "overdue" as of `now`, most overdue first.
 * Received: holdings started in the period (new and transferred in). Processed: reports whose
 * processed_at (when they left the open statuses) is in the period, charged to the unit holding them.
 * Finished days come from the rollup (migration 0030), the rest from the base tables.
 */
export async function unitStats(db: Db, from: Date, to: Date, now: Date): Promise<UnitStats[]> {
  const [{ units, overdue }, figures] = await Promise.all([unitsAndOverdue(db, now), periodFigures(db, from, to, now)]);
  return leaderboardLines(units, figures, overdue);
}

/** Open reports past their due time as of `now`, most late first (of one unit, when given). */
export async function overdueReportIds(
  db: Queryable,
  now: Date,
  unitCode: string | null,
  limit: number,
): Promise<{ id: string; dueAt: Date }[]> {
  const { rows } = await db.query<{ id: string; due_at: Date }>(
    `SELECT id, due_at FROM reports
     WHERE status IN ${OPEN_SQL} AND due_at < $1 AND ($2::text IS NULL OR unit_code = $2)
     ORDER BY due_at, id LIMIT $3`,
    [now, unitCode, limit],
  );
  return rows.map((r) => ({ id: r.id, dueAt: r.due_at }));
}
