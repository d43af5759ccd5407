import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../db/pool.js';
import { newId, newTrackingCode } from '../reports/ids.js';
import type { ImportRow } from './row-mapping.js';

/** How a batch reaches its staging table: COPY FROM STDIN, or one multi-row INSERT of arrays. */
export type ImportStaging = 'copy' | 'insert';

/**
 * PostgreSQL takes COPY FROM STDIN; the embedded engine cannot (pglite-socket loses protocol
 * synchronisation on CopyData and drops the connection), so it keeps the INSERT of arrays.
 */
export function importStagingFor(engine: 'embedded' | 'postgres'): ImportStaging {
  return engine === 'postgres' ? 'copy' : 'insert';
}

// n is the row's index in the batch, so outcomes map back to file lines and seq follows file order.
const BATCH_COLUMNS = `n int, id uuid, tracking_code text, category text, description text, lng float8, lat float8,
  h3 bigint, status text, created_at timestamptz, updated_at timestamptz, source_id text`;

/** The batch's identity: a time-ordered id (UUIDv7 at the source's creation time) and a tracking code. */
function identified(rows: ImportRow[]) {
  const random = randomBytes(26 * rows.length); // one draw per batch: per row it cost ~5 µs
  return rows.map((r, i) => ({
    ...r,
    id: newId(r.createdAt.getTime(), random.subarray(26 * i, 26 * i + 16)),
    code: newTrackingCode(random.subarray(26 * i + 16, 26 * i + 26)),
    h3: cellToBigInt(lngLatToCell(r.location, STORAGE_RESOLUTION)).toString(),
  }));
}

/**
 * Writes the batch into `import_batch`, a temporary table dropped at commit, for the statements
 * that place and insert it (import.repository.ts).
 */
export async function stageBatch(tx: Tx, rows: ImportRow[], staging: ImportStaging): Promise<void> {
  await tx.query(`CREATE TEMP TABLE import_batch (${BATCH_COLUMNS}) ON COMMIT DROP`);
  await (staging === 'copy' ? copyBatch : insertBatch)(tx, identified(rows));
}

// COPY text format: backslash, tab, newline and carriage return are escaped; nothing else is special.
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyText = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : s);

async function copyBatch(tx: Tx, rows: ReturnType<typeof identified>): Promise<void> {
  const lines = rows.map(
    (r, n) =>
      `${n}\t${r.id}\t${r.code}\t${copyText(r.category)}\t${copyText(r.description)}\t${r.location[0]}\t${r.location[1]}\t` +
      `${r.h3}\t${copyText(r.status)}\t${r.createdAt.toISOString()}\t${r.updatedAt.toISOString()}\t${copyText(r.sourceId)}\n`,
  );
  await pipeline(Readable.from([lines.join('')]), tx.query(copyFrom('COPY import_batch FROM STDIN')));
}

async function insertBatch(tx: Tx, rows: ReturnType<typeof identified>): Promise<void> {
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  await tx.query(
    `INSERT INTO import_batch
     SELECT n - 1, id, code, category, description, lng, lat, h3, status, created, updated, source_id
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[],
                 $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[]) WITH ORDINALITY
       AS t(id, code, category, description, lng, lat, h3, status, created, updated, source_id, n)`,
    [
      col((r) => r.id),
      col((r) => r.code),
      col((r) => r.category),
      col((r) => r.description),
      col((r) => r.location[0]),
      col((r) => r.location[1]),
      col((r) => r.h3),
      col((r) => r.status),
      col((r) => r.createdAt),
      col((r) => r.updatedAt),
      col((r) => r.sourceId),
    ],
  );
}
