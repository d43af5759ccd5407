import type { Tx } from '../db/pool.js';
import { LOCKS } from '../db/locks.js';
import type { PublicReport, ReporterContact } from '../contracts/report.js';
import type { StoredFile } from '../media/media.store.js';
import type { NewReportRow } from './reports.repository.js';

export interface InsertedRow {
  id: string;
  /** The ward that covers the location; null when it lies outside every ward (not inserted). */
  wardCode: string | null;
  inserted: boolean;
}

/**
 * Inserts many reports in one statement. Each report's ward is found by point-in-polygon on the
 * subdivided ward areas (a border point goes to the lower code); a report outside every ward,
 * or whose idempotency key exists (in the table or earlier in this batch), is not inserted.
 */
export async function insertReports(tx: Tx, rows: NewReportRow[]): Promise<InsertedRow[]> {
  const col = <T>(f: (r: NewReportRow) => T) => rows.map(f);
  const { rows: out } = await tx.query<{ id: string; ward_code: string | null; inserted: boolean }>(
    `WITH t AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[],
                            $8::int[], $9::timestamptz[], $10::text[], $11::text[], $12::text[]) WITH ORDINALITY
         AS t(id, code, category, description, lng, lat, h3, media, at, key, hash, address, n)),
     located AS (
       SELECT t.*, ST_SetSRID(ST_MakePoint(lng, lat), 4326) AS geom,
              (SELECT a.unit_code FROM unit_areas a WHERE ST_Covers(a.geom, ST_SetSRID(ST_MakePoint(lng, lat), 4326))
               ORDER BY a.unit_code LIMIT 1) AS ward
       FROM t),
     ins AS (
       INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, media_count,
         created_at, updated_at, idempotency_key, request_hash, address)
       SELECT id, code, category, description, geom, h3, ward, media, at, at, key, hash, address
       FROM located WHERE ward IS NOT NULL ORDER BY n
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id)
     SELECT l.id, l.ward AS ward_code, (ins.id IS NOT NULL) AS inserted
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
      col((r) => r.address),
    ],
  );
  return out.map((r) => ({ id: r.id, wardCode: r.ward_code, inserted: r.inserted }));
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

export interface NewEvent {
  reportId: string;
  kind: string;
  actor: string;
  payload: PublicReport;
  at: Date;
}

/**
 * Appends events in the given order under the seq lock, held to commit, so seq order is commit
 * order. Call it last in the transaction: from here on, other writers wait for this commit.
 */
export async function appendEvents(tx: Tx, events: NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.EVENT_SEQ]);
  const { rows } = await tx.query<{ seq: string }>(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at)
     SELECT report_id, kind, actor, payload, at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[]) WITH ORDINALITY
       AS t(report_id, kind, actor, payload, at, n)
     ORDER BY n
     RETURNING seq::text`,
    [
      events.map((e) => e.reportId),
      events.map((e) => e.kind),
      events.map((e) => e.actor),
      events.map((e) => JSON.stringify(e.payload)),
      events.map((e) => e.at),
    ],
  );
  return rows.map((r) => Number(r.seq));
}
