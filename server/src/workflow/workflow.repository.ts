import type { Queryable, Tx } from '../db/pool.js';
import type { ReportPriority, ReportStatus, ReporterContact } from '../contracts/report.js';
import type { Holding, RatingInput } from '../contracts/workflow.js';
import type { StoredFile } from '../media/media.store.js';

/** The handling state of a report, locked for the rest of the transaction. */
export interface LockedReport {
  id: string;
  status: ReportStatus;
  category: string;
  priority: ReportPriority;
  unitCode: string;
  wardCode: string;
  teamId: string | null;
  linkedTo: string | null;
  heldSince: Date;
  requiresAfterPhoto: boolean;
}

export async function lockReport(tx: Tx, id: string): Promise<LockedReport | null> {
  const { rows } = await tx.query<{
    id: string;
    status: ReportStatus;
    category: string;
    priority: ReportPriority;
    unit_code: string;
    ward_code: string;
    team_id: string | null;
    linked_to: string | null;
    held_since: Date;
    requires_after_photo: boolean;
  }>(
    `SELECT r.id, r.status, r.category, r.priority, r.unit_code, r.ward_code, r.team_id, r.linked_to, r.held_since,
            c.requires_after_photo
     FROM reports r JOIN categories c ON c.code = r.category WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    category: r.category,
    priority: r.priority,
    unitCode: r.unit_code,
    wardCode: r.ward_code,
    teamId: r.team_id,
    linkedTo: r.linked_to,
    heldSince: r.held_since,
    requiresAfterPhoto: r.requires_after_photo,
  };
}

/** The columns a workflow step may change. `undefined` leaves a column as it is. */
export interface ReportPatch {
  status?: ReportStatus;
  unitCode?: string;
  heldSince?: Date;
  dueAt?: Date | null;
  warnAt?: Date | null;
  warnedAt?: Date | null;
  teamId?: string | null;
  linkedTo?: string | null;
  priority?: ReportPriority;
  resolvedAt?: Date | null;
  wardConfirmedAt?: Date;
  reopened?: boolean;
}

const COLUMNS: Record<Exclude<keyof ReportPatch, 'reopened'>, string> = {
  status: 'status',
  unitCode: 'unit_code',
  heldSince: 'held_since',
  dueAt: 'due_at',
  warnAt: 'warn_at',
  warnedAt: 'warned_at',
  teamId: 'team_id',
  linkedTo: 'linked_to',
  priority: 'priority',
  resolvedAt: 'resolved_at',
  wardConfirmedAt: 'ward_confirmed_at',
};

export async function updateReport(tx: Tx, id: string, patch: ReportPatch, at: Date): Promise<void> {
  const params: unknown[] = [id, at];
  const sets = ['updated_at = $2'];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (patch[key] === undefined) continue;
    params.push(patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  if (patch.reopened) sets.push('reopen_count = reopen_count + 1');
  await tx.query(`UPDATE reports SET ${sets.join(', ')} WHERE id = $1`, params);
}

/** Ends the current holding and starts the next unit's: the time each unit held it stays answerable. */
export async function moveHolding(tx: Tx, reportId: string, unitCode: string, at: Date): Promise<void> {
  await tx.query('UPDATE report_holdings SET ended_at = $2 WHERE report_id = $1 AND ended_at IS NULL', [reportId, at]);
  await tx.query(
    `INSERT INTO report_holdings (report_id, unit_code, started_at) VALUES ($1, $2, $3)
     ON CONFLICT (report_id, started_at) DO UPDATE SET unit_code = EXCLUDED.unit_code, ended_at = NULL`,
    [reportId, unitCode, at],
  );
}

/** A unit a report can be transferred to: a ward or a department (not an imported jurisdiction). */
export async function unitExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM units WHERE code = $1 AND kind IN ('ward', 'department')`, [code]);
  return rows.length > 0;
}

/** Adds (or, negative, removes) "me too" links counted on an original. */
export async function changeMeTooCount(tx: Tx, id: string, by: number, at: Date): Promise<void> {
  await tx.query('UPDATE reports SET me_too_count = greatest(me_too_count + $2, 0), updated_at = $3 WHERE id = $1', [
    id,
    by,
    at,
  ]);
}

/** The next free photo ordinal of a report. */
export async function nextMediaOrdinal(tx: Tx, reportId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'SELECT coalesce(max(ordinal), 0)::int + 1 AS n FROM report_media WHERE report_id = $1',
    [reportId],
  );
  return rows[0]!.n;
}

export async function insertPhoto(
  tx: Tx,
  m: { id: string; reportId: string; ordinal: number; file: StoredFile; kind: 'after' | 'rating' },
): Promise<void> {
  await tx.query(
    `INSERT INTO report_media (id, report_id, ordinal, path, content_type, size_bytes, width, height, sha256, kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      m.id,
      m.reportId,
      m.ordinal,
      m.file.path,
      m.file.image.contentType,
      m.file.image.data.length,
      m.file.image.width,
      m.file.image.height,
      m.file.image.sha256,
      m.kind,
    ],
  );
}

export async function insertRating(
  tx: Tx,
  r: { id: string; reportId: string; unitCode: string; input: RatingInput; mediaPath: string | null; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO report_ratings (id, report_id, unit_code, rating, not_fixed, comment, media_path, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.id, r.reportId, r.unitCode, r.input.rating, r.input.notFixed, r.input.comment ?? null, r.mediaPath, r.at],
  );
}

/** The report id behind a tracking code, with its status and unit, locked. */
export async function lockByTrackingCode(
  tx: Tx,
  code: string,
): Promise<{ id: string; status: ReportStatus; unitCode: string } | null> {
  const { rows } = await tx.query<{ id: string; status: ReportStatus; unit_code: string }>(
    'SELECT id, status, unit_code FROM reports WHERE tracking_code = $1 FOR UPDATE',
    [code],
  );
  return rows[0] ? { id: rows[0].id, status: rows[0].status, unitCode: rows[0].unit_code } : null;
}

export async function listHoldings(db: Queryable, reportId: string): Promise<Holding[]> {
  const { rows } = await db.query<{ unit_code: string; started_at: Date; ended_at: Date | null }>(
    'SELECT unit_code, started_at, ended_at FROM report_holdings WHERE report_id = $1 ORDER BY started_at',
    [reportId],
  );
  return rows.map((r) => ({
    unitCode: r.unit_code,
    startedAt: r.started_at.toISOString(),
    endedAt: r.ended_at?.toISOString() ?? null,
  }));
}

export async function getContact(db: Queryable, reportId: string): Promise<ReporterContact | null> {
  const { rows } = await db.query<{ name: string | null; phone: string | null; email: string | null }>(
    'SELECT name, phone, email FROM report_contacts WHERE report_id = $1',
    [reportId],
  );
  const r = rows[0];
  if (!r) return null;
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) as ReporterContact;
}

/** The staff-only handling fields of a report. */
export interface HandlingRow {
  unitName: string;
  nearBorder: boolean;
  wardConfirmedAt: string | null;
  teamId: string | null;
  heldSince: string;
  warnAt: string | null;
  warnedAt: string | null;
  reopenCount: number;
}

export async function getHandling(db: Queryable, id: string): Promise<HandlingRow | null> {
  const { rows } = await db.query<{
    unit_name: string;
    near_border: boolean;
    ward_confirmed_at: Date | null;
    team_id: string | null;
    held_since: Date;
    warn_at: Date | null;
    warned_at: Date | null;
    reopen_count: number;
  }>(
    `SELECT u.name_vi AS unit_name, r.near_border, r.ward_confirmed_at, r.team_id, r.held_since, r.warn_at, r.warned_at, r.reopen_count
     FROM reports r JOIN units u ON u.code = r.unit_code WHERE r.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    unitName: r.unit_name,
    nearBorder: r.near_border,
    wardConfirmedAt: r.ward_confirmed_at?.toISOString() ?? null,
    teamId: r.team_id,
    heldSince: r.held_since.toISOString(),
    warnAt: r.warn_at?.toISOString() ?? null,
    warnedAt: r.warned_at?.toISOString() ?? null,
    reopenCount: r.reopen_count,
  };
}

/** Reports linked to this one as "me too", oldest first. */
export async function listLinked(
  db: Queryable,
  id: string,
): Promise<{ id: string; status: ReportStatus; createdAt: string }[]> {
  const { rows } = await db.query<{ id: string; status: ReportStatus; created_at: Date }>(
    'SELECT id, status, created_at FROM reports WHERE linked_to = $1 ORDER BY created_at, id',
    [id],
  );
  return rows.map((r) => ({ id: r.id, status: r.status, createdAt: r.created_at.toISOString() }));
}

/** Every event of a report with its actor column, for the audit trail. */
export async function listAuditEvents(
  db: Queryable,
  id: string,
): Promise<
  {
    seq: number;
    kind: string;
    status: ReportStatus;
    at: string;
    actor: string;
    detail: Record<string, unknown> | null;
  }[]
> {
  const { rows } = await db.query<{
    seq: string;
    kind: string;
    status: ReportStatus;
    created_at: Date;
    actor: string;
    detail: Record<string, unknown> | null;
  }>(
    `SELECT seq::text, kind, payload->>'status' AS status, created_at, actor, detail FROM report_events
     WHERE report_id = $1 ORDER BY report_events.seq`,
    [id],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind,
    status: r.status,
    at: r.created_at.toISOString(),
    actor: r.actor,
    detail: r.detail,
  }));
}
