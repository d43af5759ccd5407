import { OPEN_SQL } from '../reports/filter.repository.js';
import type { Queryable } from '../db/pool.js';
import type { LngLat } from '../contracts/common.js';
import type { ReportPriority, ReportStatus } from '../contracts/report.js';
import { TEAM_COLUMNS, toTeam, type TeamRow } from '../teams/teams.repository.js';
import type { Candidate } from './ranking.js';

/** What dispatch reads of a report. */
export interface DispatchReport {
  id: string;
  category: string;
  priority: ReportPriority;
  status: ReportStatus;
  unitCode: string;
  dueAt: string | null;
  location: LngLat;
}

export async function getDispatchReport(db: Queryable, id: string): Promise<DispatchReport | null> {
  const { rows } = await db.query<{
    id: string;
    category: string;
    priority: ReportPriority;
    status: ReportStatus;
    unit_code: string;
    due_at: Date | null;
    lng: number;
    lat: number;
  }>(
    `SELECT id, category, priority, status, unit_code, due_at, ST_X(location) AS lng, ST_Y(location) AS lat
     FROM reports WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    category: r.category,
    priority: r.priority,
    status: r.status,
    unitCode: r.unit_code,
    dueAt: r.due_at?.toISOString() ?? null,
    location: [r.lng, r.lat],
  };
}

interface CandidateRow extends TeamRow {
  distance_m: number;
  workload: number;
}
interface InputRow extends Partial<CandidateRow> {
  report_id: string;
  category: string;
  priority: ReportPriority;
  report_status: ReportStatus;
  report_unit: string;
  due_at: Date | null;
  report_lng: number;
  report_lat: number;
}

/**
 * The report and, in the same round trip, up to `limit` available, on-shift teams with a position,
 * nearest first: the GiST index's KNN order (`<->`, planar degrees) picks them, then the exact
 * distance is measured on the spheroid (metres). `localTime` is the time of day in
 * Asia/Ho_Chi_Minh; a shift whose end is before its start runs past midnight. Workload: the open
 * reports each team holds. Null when there is no such report.
 */
export async function recommendationInputs(
  db: Queryable,
  reportId: string,
  localTime: string,
  limit: number,
  /** Only this unit's teams (staff limited to their unit); null: every unit's. */
  teamUnit: string | null = null,
): Promise<{ report: DispatchReport; candidates: Candidate[] } | null> {
  const { rows } = await db.query<InputRow>(
    `WITH r AS (SELECT id, category, priority, status, unit_code, due_at, location FROM reports WHERE id = $1)
     SELECT r.id AS report_id, r.category, r.priority, r.status AS report_status, r.unit_code AS report_unit, r.due_at,
            ST_X(r.location) AS report_lng, ST_Y(r.location) AS report_lat, c.*
     FROM r LEFT JOIN LATERAL (
       SELECT ${TEAM_COLUMNS},
         ST_Distance(t.position::geography, r.location::geography) AS distance_m,
         (SELECT count(*)::int FROM reports o WHERE o.team_id = t.id
            AND o.status IN ${OPEN_SQL}) AS workload
       FROM (
         SELECT * FROM teams
         WHERE status = 'available' AND position IS NOT NULL AND ($4::text IS NULL OR unit_code = $4)
           AND CASE WHEN shift_start <= shift_end THEN $2::time >= shift_start AND $2::time < shift_end
                    ELSE $2::time >= shift_start OR $2::time < shift_end END
         ORDER BY position <-> r.location
         LIMIT $3
       ) t
     ) c ON true
     ORDER BY c.distance_m`,
    [reportId, localTime, limit, teamUnit],
  );
  const first = rows[0];
  if (!first) return null;
  const report: DispatchReport = {
    id: first.report_id,
    category: first.category,
    priority: first.priority,
    status: first.report_status,
    unitCode: first.report_unit,
    dueAt: first.due_at?.toISOString() ?? null,
    location: [first.report_lng, first.report_lat],
  };
  const candidates = rows
    .filter((r): r is InputRow & CandidateRow => r.id != null)
    .map((r) => ({ team: toTeam(r), distanceMeters: r.distance_m, workload: r.workload }));
  return { report, candidates };
}
