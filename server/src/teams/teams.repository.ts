import type { Queryable, Tx } from '../db/pool.js';
import type { LngLat } from '../contracts/common.js';
import type { Team, TeamStatus, TeamWithTrail, TrailPoint } from '../contracts/team.js';

interface TeamRow {
  id: string;
  name: string;
  unit_code: string;
  skills: string[];
  shift_start: string;
  shift_end: string;
  status: TeamStatus;
  lng: number | null;
  lat: number | null;
  position_at: Date | null;
  current_report_id: string | null;
  updated_at: Date;
}

/** The columns every team query selects, as TeamRow expects them (`t` is the teams alias). */
export const TEAM_COLUMNS = `t.id, t.name, t.unit_code, t.skills, to_char(t.shift_start, 'HH24:MI') AS shift_start,
  to_char(t.shift_end, 'HH24:MI') AS shift_end, t.status, ST_X(t.position) AS lng, ST_Y(t.position) AS lat,
  t.position_at, t.current_report_id, t.updated_at`;

export function toTeam(r: TeamRow): Team {
  return {
    id: r.id,
    name: r.name,
    unitCode: r.unit_code,
    skills: r.skills,
    shiftStart: r.shift_start,
    shiftEnd: r.shift_end,
    status: r.status,
    position: r.lng === null || r.lat === null ? null : [r.lng, r.lat],
    positionAt: r.position_at?.toISOString() ?? null,
    currentReportId: r.current_report_id,
    updatedAt: r.updated_at.toISOString(),
  };
}
export type { TeamRow };

/** Teams (of one unit, or all) by name, each with its positions since `trailSince`, newest first. */
export async function listTeams(
  db: Queryable,
  unitCode: string | null,
  trailSince: Date,
  trailMax: number,
): Promise<TeamWithTrail[]> {
  const { rows } = await db.query<TeamRow & { trail: Array<{ lng: number; lat: number; at: string }> }>(
    `SELECT ${TEAM_COLUMNS}, coalesce(tr.trail, '[]') AS trail
     FROM teams t
     LEFT JOIN LATERAL (
       SELECT json_agg(json_build_object('lng', ST_X(p.position), 'lat', ST_Y(p.position), 'at', p.at) ORDER BY p.at DESC) AS trail
       FROM (SELECT position, at FROM team_positions
             WHERE team_id = t.id AND at >= $2 ORDER BY at DESC LIMIT $3) p
     ) tr ON true
     WHERE $1::text IS NULL OR t.unit_code = $1
     ORDER BY t.unit_code, t.name, t.id`,
    [unitCode, trailSince, trailMax],
  );
  return rows.map((r) => ({ ...toTeam(r), trail: r.trail.map(toTrailPoint) }));
}

function toTrailPoint(p: { lng: number; lat: number; at: string }): TrailPoint {
  return { position: [p.lng, p.lat], at: new Date(p.at).toISOString() };
}

export async function getTeam(db: Queryable, id: string): Promise<Team | null> {
  const { rows } = await db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = $1`, [id]);
  return rows[0] ? toTeam(rows[0]) : null;
}

export interface NewTeamRow {
  id: string;
  name: string;
  unitCode: string;
  skills: string[];
  shiftStart: string;
  shiftEnd: string;
  position: LngLat | null;
  at: Date;
}

export async function insertTeam(db: Queryable, t: NewTeamRow): Promise<Team> {
  const { rows } = await db.query<TeamRow>(
    `INSERT INTO teams AS t (id, name, unit_code, skills, shift_start, shift_end, position, position_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6,
             CASE WHEN $7::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($7, $8), 4326) END,
             CASE WHEN $7::float8 IS NULL THEN NULL ELSE $9::timestamptz END, $9)
     RETURNING ${TEAM_COLUMNS}`,
    [
      t.id,
      t.name,
      t.unitCode,
      t.skills,
      t.shiftStart,
      t.shiftEnd,
      t.position?.[0] ?? null,
      t.position?.[1] ?? null,
      t.at,
    ],
  );
  return toTeam(rows[0]!);
}

/**
 * Records a position fix: kept in the history (a repeated fix at the same instant once), and made
 * the team's position unless a newer fix is already there (phones resend late fixes). History
 * older than `pruneBefore` is dropped. One statement, so it needs no transaction. False: no team.
 */
export async function recordPosition(
  db: Queryable,
  teamId: string,
  position: LngLat,
  at: Date,
  pruneBefore: Date,
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `WITH team AS (SELECT id FROM teams WHERE id = $1),
     moved AS (
       UPDATE teams SET position = ST_SetSRID(ST_MakePoint($2, $3), 4326), position_at = $4, updated_at = greatest(updated_at, $4)
       WHERE id = $1 AND (position_at IS NULL OR position_at <= $4) RETURNING id),
     kept AS (
       INSERT INTO team_positions (team_id, position, at)
       SELECT id, ST_SetSRID(ST_MakePoint($2, $3), 4326), $4 FROM team
       ON CONFLICT (team_id, at) DO NOTHING RETURNING team_id),
     pruned AS (DELETE FROM team_positions WHERE team_id = $1 AND at < $5 RETURNING team_id)
     SELECT id FROM team`,
    [teamId, position[0], position[1], at, pruneBefore],
  );
  return rows.length > 0;
}

/** Locks the team row to the end of the transaction: who assigns it first wins. */
export async function lockTeamInTx(tx: Tx, teamId: string): Promise<Team | null> {
  const { rows } = await tx.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = $1 FOR UPDATE`, [teamId]);
  return rows[0] ? toTeam(rows[0]) : null;
}

/**
 * Sets the status; `currentReportId` undefined keeps the current report, null clears it.
 * Returns the team after, or null when there is no such team.
 */
export async function setTeamStatusInTx(
  tx: Tx,
  teamId: string,
  status: TeamStatus,
  currentReportId: string | null | undefined,
  at: Date,
): Promise<Team | null> {
  const { rows } = await tx.query<TeamRow>(
    `UPDATE teams AS t SET status = $2,
       current_report_id = CASE WHEN $3::boolean THEN $4::uuid ELSE t.current_report_id END, updated_at = $5
     WHERE t.id = $1 RETURNING ${TEAM_COLUMNS}`,
    [teamId, status, currentReportId !== undefined, currentReportId ?? null, at],
  );
  return rows[0] ? toTeam(rows[0]) : null;
}

/**
 * Frees a team: available, with no current report. The workflow calls it when a report leaves the
 * team's hands (resolved, rejected, transferred) and appends the team event itself. With
 * `reportId`, only while that report is still the team's current one: a team that has moved on to
 * another report keeps it. Null when nothing changed.
 */
export async function releaseTeamInTx(tx: Tx, teamId: string, at: Date, reportId?: string): Promise<Team | null> {
  if (reportId === undefined) return setTeamStatusInTx(tx, teamId, 'available', null, at);
  const { rows } = await tx.query<TeamRow>(
    `UPDATE teams AS t SET status = 'available', current_report_id = NULL, updated_at = $3
     WHERE t.id = $1 AND t.current_report_id = $2 RETURNING ${TEAM_COLUMNS}`,
    [teamId, reportId, at],
  );
  return rows[0] ? toTeam(rows[0]) : null;
}

export async function unitExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM units WHERE code = $1', [code]);
  return rows.length > 0;
}

export interface DemoTeamRow {
  id: string;
  name: string;
  unitCode: string;
  skills: string[];
  shiftStart: string;
  shiftEnd: string;
  position: LngLat;
}

/**
 * Adds the demo teams that are not there yet (by id) and whose unit exists; returns how many.
 * One JSON document, since unnest cannot carry a text[] per row.
 */
export async function insertDemoTeams(db: Queryable, teams: DemoTeamRow[], at: Date): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO teams (id, name, unit_code, skills, shift_start, shift_end, position, position_at, updated_at)
     SELECT x.id, x.name, x."unitCode", ARRAY(SELECT jsonb_array_elements_text(x.skills)), x."shiftStart"::time,
            x."shiftEnd"::time, ST_SetSRID(ST_MakePoint((x.position->>0)::float8, (x.position->>1)::float8), 4326), $2, $2
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, name text, "unitCode" text, skills jsonb, "shiftStart" text, "shiftEnd" text, position jsonb)
     WHERE EXISTS (SELECT 1 FROM units u WHERE u.code = x."unitCode")
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(teams), at],
  );
  return rowCount ?? 0;
}
