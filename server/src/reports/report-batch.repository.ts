import { OPEN_SQL } from './filter.repository.js';
import type { Tx } from '../db/pool.js';
import type { ReporterContact, ReportPriority } from '../contracts/report.js';
import type { StoredFile } from '../media/media.store.js';
import type { NewReportRow } from './reports.repository.js';

export interface InsertedRow {
  id: string;
  /** The ward that covers the location; null when it lies outside every ward (not inserted). */
  wardCode: string | null;
  inserted: boolean;
  /** Set by the routing trigger (migration 0004) when inserted. */
  unitCode: string | null;
  nearBorder: boolean;
  /** The open report this one was linked to as a "me too", if any. */
  linkedTo: string | null;
}

/**
 * Inserts many reports in one statement. Each report's ward is found by point-in-polygon on the
 * subdivided ward areas (a border point goes to the lower code); a report outside every ward,
 * or whose idempotency key exists (in the table or earlier in this batch), is not inserted.
 * A report of the same category as an open one within the category's radius and window becomes
 * its "me too": linked to it, status duplicate, no deadline of its own. Reports of one batch are
 * not linked to each other (they are not visible to the statement that inserts them).
 */
export async function insertReports(tx: Tx, rows: NewReportRow[]): Promise<InsertedRow[]> {
  const col = <T>(f: (r: NewReportRow) => T) => rows.map(f);
  const { rows: out } = await tx.query<{
    id: string;
    ward_code: string | null;
    inserted: boolean;
    unit_code: string | null;
    near_border: boolean | null;
    linked_to: string | null;
  }>(
    `WITH t AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[],
                            $8::int[], $9::timestamptz[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[],
                            $14::text[])
         WITH ORDINALITY AS t(id, code, category, description, lng, lat, h3, media, at, key, hash, due, warn, address, n)),
     located AS (
       SELECT t.*, ST_SetSRID(ST_MakePoint(lng, lat), 4326) AS geom,
              (SELECT a.unit_code FROM unit_areas a WHERE ST_Covers(a.geom, ST_SetSRID(ST_MakePoint(lng, lat), 4326))
               ORDER BY a.unit_code LIMIT 1) AS ward
       FROM t),
     -- Candidates come from the location index alone (OFFSET 0 keeps the other conditions out of
     -- that scan): left to itself the planner also ANDs in the (category, created_at) index, which
     -- reads every recent report of the category for each new one (1.3 ms at 6,000, and growing).
     linked AS (
       SELECT l.*, (SELECT p.id FROM categories c,
                      LATERAL (SELECT * FROM reports p
                               WHERE p.location && ST_Expand(l.geom, c.duplicate_radius_m / 111000.0 * 1.5) OFFSET 0) p
                    WHERE c.code = l.category AND p.category = l.category AND p.linked_to IS NULL AND p.status IN ${OPEN_SQL}
                      AND p.created_at <= l.at AND p.created_at > l.at - make_interval(hours => c.duplicate_window_hours)
                      AND ST_DWithin(p.location::geography, l.geom::geography, c.duplicate_radius_m)
                    ORDER BY p.location <-> l.geom, p.created_at LIMIT 1) AS parent
       FROM located l WHERE l.ward IS NOT NULL),
     ins AS (
       INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, media_count,
         created_at, updated_at, idempotency_key, request_hash, status, linked_to, due_at, warn_at, address)
       SELECT id, code, category, description, geom, h3, ward, media, at, at, key, hash,
              CASE WHEN parent IS NULL THEN 'new' ELSE 'duplicate' END, parent,
              CASE WHEN parent IS NULL THEN due END, CASE WHEN parent IS NULL THEN warn END, address
       FROM linked ORDER BY n
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, unit_code, near_border, linked_to)
     SELECT l.id, l.ward AS ward_code, (ins.id IS NOT NULL) AS inserted, ins.unit_code, ins.near_border, ins.linked_to
     FROM located l LEFT JOIN ins ON ins.id = l.id ORDER BY l.n`,
    [
      col((r) => r.id),
      col((r) => r.trackingCode),
      col((r) => r.category),
      col((r) => r.description),
      col((r) => r.location[0]),
      col((r) => r.location[1]),
      col((r) => r.h3.toString()),
      col((r) => r.mediaCount),
      col((r) => r.createdAt),
      col((r) => r.idempotencyKey),
      col((r) => r.requestHash),
      col((r) => r.dueAt),
      col((r) => r.warnAt),
      col((r) => r.address),
    ],
  );
  return out.map((r) => ({
    id: r.id,
    wardCode: r.ward_code,
    inserted: r.inserted,
    unitCode: r.unit_code,
    nearBorder: r.near_border ?? false,
    linkedTo: r.linked_to,
  }));
}

/**
 * Counts new "me too" reports on their originals: more reports raise the original's weight and,
 * from 3 and 10 reports, its priority to high and urgent. Returns the originals' ids.
 */
/** An original whose "me too" count rose; `raisedTo` is its new priority when the count raised it. */
export interface MeTooOriginal {
  id: string;
  category: string;
  heldSince: Date;
  raisedTo: ReportPriority | null;
}

export async function addMeToos(tx: Tx, counts: Map<string, number>, at: Date): Promise<MeTooOriginal[]> {
  if (counts.size === 0) return [];
  // Joining the table to itself gives the row as it was before this UPDATE: the old priority.
  const { rows } = await tx.query<{
    id: string;
    category: string;
    held_since: Date;
    priority: ReportPriority;
    old_priority: ReportPriority;
  }>(
    `UPDATE reports r SET me_too_count = r.me_too_count + c.n, updated_at = $3,
       priority = CASE
         WHEN r.me_too_count + c.n >= 10 THEN 'urgent'
         WHEN r.me_too_count + c.n >= 3 AND r.priority IN ('low', 'normal') THEN 'high'
         ELSE r.priority END
     FROM unnest($1::uuid[], $2::int[]) AS c(id, n), reports o
     WHERE r.id = c.id AND o.id = r.id
     RETURNING r.id, r.category, r.held_since, r.priority, o.priority AS old_priority`,
    [[...counts.keys()], [...counts.values()], at],
  );
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    heldSince: r.held_since,
    raisedTo: r.priority !== r.old_priority ? r.priority : null,
  }));
}

/** A new due time after a priority change; the 80 % warning may come again. */
export async function setDeadline(tx: Tx, id: string, dueAt: Date | null, warnAt: Date | null): Promise<void> {
  await tx.query('UPDATE reports SET due_at = $2, warn_at = $3, warned_at = NULL WHERE id = $1', [id, dueAt, warnAt]);
}

export async function insertContacts(
  tx: Tx,
  contacts: { reportId: string; contact: ReporterContact }[],
): Promise<void> {
  if (contacts.length === 0) return;
  await tx.query(
    `INSERT INTO report_contacts (report_id, name, phone, email)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [
      contacts.map((c) => c.reportId),
      contacts.map((c) => c.contact.name ?? null),
      contacts.map((c) => c.contact.phone ?? null),
      contacts.map((c) => c.contact.email ?? null),
    ],
  );
}

export interface MediaRow {
  id: string;
  reportId: string;
  ordinal: number;
  file: StoredFile;
}

export async function insertMedia(tx: Tx, media: MediaRow[]): Promise<void> {
  if (media.length === 0) return;
  await tx.query(
    `INSERT INTO report_media (id, report_id, ordinal, path, content_type, size_bytes, width, height, sha256)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[])`,
    [
      media.map((m) => m.id),
      media.map((m) => m.reportId),
      media.map((m) => m.ordinal),
      media.map((m) => m.file.path),
      media.map((m) => m.file.image.contentType),
      media.map((m) => m.file.image.data.length),
      media.map((m) => m.file.image.width),
      media.map((m) => m.file.image.height),
      media.map((m) => m.file.image.sha256),
    ],
  );
}
