import type { Queryable, Tx } from '../db/pool.js';
import { LOCKS } from '../db/locks.js';
import type { PublicReport } from '../contracts/report.js';
import type { Team } from '../contracts/team.js';

export type EventDetail = Record<string, unknown> | null;

/** A line of the event log: a report's change (the report after it) or a team's (the team after it). */
export type StoredEvent =
  | { type: 'report'; seq: number; kind: string; at: string; report: PublicReport; detail: EventDetail }
  | { type: 'team'; seq: number; kind: string; at: string; team: Team };

interface EventRow {
  seq: string;
  kind: string;
  payload: unknown;
  detail: EventDetail;
  is_team: boolean;
  created_at: Date;
}

function toStored(r: EventRow): StoredEvent {
  const base = { seq: Number(r.seq), kind: r.kind, at: r.created_at.toISOString() };
  return r.is_team
    ? { ...base, type: 'team', team: r.payload as Team }
    : { ...base, type: 'report', report: r.payload as PublicReport, detail: r.detail };
}

/** Events with after < seq ≤ upTo, in order, at most `limit`. */
export async function eventsBetween(db: Queryable, after: number, upTo: number, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT seq::text, kind, payload, detail, report_id IS NULL AS is_team, created_at FROM report_events
     WHERE seq > $1 AND seq <= $2 ORDER BY report_events.seq LIMIT $3`, // the bigint column, not the text alias
    [after, upTo, limit],
  );
  return rows.map(toStored);
}

/** The highest committed seq (0 when there are no events). */
export async function latestSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM report_events');
  return Number(rows[0]?.seq ?? 0);
}

/** An event to append: about a report (payload = the report after the change) or a team. */
export type NewEvent =
  | { reportId: string; kind: string; actor: string; payload: PublicReport; detail?: EventDetail; at: Date }
  | { teamId: string; kind: string; actor: string; payload: Team; at: Date };

/**
 * Appends events in the given order under the seq lock, held to commit, so seq order is commit
 * order. Call it last in the transaction: from here on, other writers wait for this commit.
 */
export async function appendEvents(tx: Tx, events: NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.EVENT_SEQ]);
  const { rows } = await tx.query<{ seq: string }>(
    `INSERT INTO report_events (report_id, team_id, kind, actor, payload, detail, created_at)
     SELECT report_id, team_id, kind, actor, payload, detail, at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])
       WITH ORDINALITY AS t(report_id, team_id, kind, actor, payload, detail, at, n)
     ORDER BY n
     RETURNING seq::text`,
    [
      events.map((e) => ('reportId' in e ? e.reportId : null)),
      events.map((e) => ('teamId' in e ? e.teamId : null)),
      events.map((e) => e.kind),
      events.map((e) => e.actor),
      events.map((e) => JSON.stringify(e.payload)),
      events.map((e) => ('detail' in e && e.detail ? JSON.stringify(e.detail) : null)),
      events.map((e) => e.at),
    ],
  );
  return rows.map((r) => Number(r.seq));
}

/**
 * The `report:created` payload (a PublicReport) built in SQL from a stored reports row `r`, for
 * bulk writers (import, demo seeder) that insert events with INSERT … SELECT; times as the API
 * writes them (UTC, milliseconds, Z).
 */
export function publicReportJsonSql(r: string): string {
  const iso = (col: string) => `to_char(${r}.${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `jsonb_build_object(
    'id', ${r}.id, 'category', ${r}.category, 'description', ${r}.description,
    'location', jsonb_build_array(ST_X(${r}.location), ST_Y(${r}.location)), 'h3Cell', to_hex(${r}.h3),
    'wardCode', ${r}.ward_code, 'status', ${r}.status, 'priority', ${r}.priority,
    'createdAt', ${iso('created_at')}, 'updatedAt', ${iso('updated_at')},
    'mediaCount', ${r}.media_count, 'unitCode', ${r}.unit_code,
    'dueAt', ${iso('due_at')}, 'resolvedAt', ${iso('resolved_at')},
    'linkedTo', ${r}.linked_to, 'meTooCount', ${r}.me_too_count)`;
}
