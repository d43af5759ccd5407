import { lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import type { ImportMapping } from '../contracts/import.js';
import type { PublicReport } from '../contracts/report.js';
import { withTransaction, type Db } from '../db/pool.js';
import { appendEvents, type NewEvent } from '../reports/events.repository.js';
import { categoryCodes, ensureExternalUnit, insertImported } from './import.repository.js';
import { readRecords } from './readers.js';
import { mapRecord, type ImportRow, type Rejection } from './row-mapping.js';

export interface ImportSummary {
  read: number;
  imported: number;
  /** Rows whose (source, id) was imported before: skipped, so a re-run adds nothing. */
  alreadyImported: number;
  rejected: number;
}

export interface ImportOptions {
  file: string;
  mapping: ImportMapping;
  batchSize?: number;
  onReject(r: Rejection): void;
  /** After each committed batch, with the records read so far. */
  onProgress?(read: number): void;
}

/** A mapping that names a category we do not have would reject every row: refuse it up front. */
export class MappingError extends Error {}

/**
 * Imports a file: reads and maps record by record, writes batches of multi-row inserts, one
 * transaction each (progress survives an interruption; the embedded engine serves others
 * between batches). Every imported report gets its 'report:created' event (actor 'import'), so
 * the live stream, timelines and counts see it like any other; every other row is reported
 * through onReject with its reason, or counted as already imported.
 */
export async function importFile(db: Db, o: ImportOptions): Promise<ImportSummary> {
  const known = await categoryCodes(db);
  const unknown = [...new Set(Object.values(o.mapping.categories))].filter((c) => !known.has(c));
  if (unknown.length) throw new MappingError(`the mapping maps to unknown categories: ${unknown.join(', ')}`);
  if (o.mapping.jurisdiction) await ensureExternalUnit(db, o.mapping.jurisdiction);
  const summary: ImportSummary = { read: 0, imported: 0, alreadyImported: 0, rejected: 0 };
  const reject = (r: Rejection) => {
    summary.rejected++;
    o.onReject(r);
  };
  let batch: ImportRow[] = [];
  const flush = async () => {
    if (batch.length) await writeBatch(db, o.mapping, batch, summary, reject);
    batch = [];
    o.onProgress?.(summary.read);
  };
  for await (const rec of readRecords(o.file, o.mapping.format)) {
    summary.read++;
    const mapped = mapRecord(rec, o.mapping);
    if (!mapped.ok) reject(mapped);
    else batch.push(mapped.row);
    if (batch.length >= (o.batchSize ?? 5_000)) await flush();
  }
  await flush();
  return summary;
}

async function writeBatch(
  db: Db,
  m: ImportMapping,
  rows: ImportRow[],
  summary: ImportSummary,
  reject: (r: Rejection) => void,
): Promise<void> {
  const outcomes = await withTransaction(db, async (tx) => {
    const out = await insertImported(tx, m.source, rows, m.jurisdiction);
    const events: NewEvent[] = out.flatMap((o, i) =>
      o.inserted && o.wardCode
        ? [
            {
              reportId: o.id,
              kind: 'report:created',
              actor: 'import',
              payload: publicOf(rows[i]!, o.id, o.wardCode, o.unitCode ?? o.wardCode),
              at: rows[i]!.createdAt,
            },
          ]
        : [],
    );
    await appendEvents(tx, events);
    return out;
  });
  outcomes.forEach((o, i) => {
    const row = rows[i]!;
    if (!o.wardCode) {
      const where = m.jurisdiction
        ? `Hanoi or the box of ${m.jurisdiction.code}`
        : 'Hanoi (the mapping declares no jurisdiction)';
      reject({
        line: row.line,
        sourceId: row.sourceId,
        reason: 'outside_service_area',
        detail: `the position is outside ${where}`,
      });
    } else if (o.inserted) summary.imported++;
    else summary.alreadyImported++;
  });
}

/** History comes without deadlines or links: imported reports are counted, not put in a queue. */
function publicOf(r: ImportRow, id: string, wardCode: string, unitCode: string): PublicReport {
  return {
    id,
    category: r.category,
    description: r.description,
    location: r.location,
    h3Cell: lngLatToCell(r.location, STORAGE_RESOLUTION),
    wardCode,
    status: r.status,
    priority: 'normal',
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    mediaCount: 0,
    unitCode,
    dueAt: null,
    resolvedAt: null,
    linkedTo: null,
    meTooCount: 0,
  };
}
