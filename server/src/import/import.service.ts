import type { ImportMapping } from '../contracts/import.js';
import { withTransaction, type Db } from '../db/pool.js';
import { importStagingFor, stageBatch, type ImportStaging } from './import-staging.repository.js';
import { appendCreatedEvents, categoryCodes, ensureExternalUnit, insertStaged } from './import.repository.js';
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
  /** The database's engine: it decides how batches are staged (importStagingFor). */
  engine: 'embedded' | 'postgres';
  batchSize?: number;
  onReject(r: Rejection): void;
  /** After each committed batch, with the records read up to that batch's end. */
  onProgress?(read: number): void;
}

/** A mapping that names a category we do not have would reject every row: refuse it up front. */
export class MappingError extends Error {}

const DEFAULT_IMPORT_BATCH = 5_000;

interface Batch {
  rows: ImportRow[];
  /** Records read when the batch was cut. */
  read: number;
}

/**
 * Imports a file: reads and maps record by record and writes batches, one transaction each
 * (progress survives an interruption; the embedded engine serves others between batches). The
 * next batch is read and mapped while the database writes the previous one — one batch in flight
 * on one connection, so Node's parsing and the database's inserting overlap. Every imported
 * report gets its 'report:created' event (actor 'import'), so the live stream, timelines and
 * counts see it like any other; every other row is reported through onReject with its reason, or
 * counted as already imported.
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
  const staging = importStagingFor(o.engine);
  let writing: Promise<void> | null = null;
  let reported = -1;
  const write = async (b: Batch) => {
    await writeBatch(db, staging, o.mapping, b.rows, summary, reject);
    o.onProgress?.((reported = b.read));
  };
  try {
    for await (const batch of batches(o, summary, reject)) {
      await writing;
      writing = write(batch);
      writing.catch(() => {}); // awaited on the next turn or below; not unhandled while reading
    }
    await writing;
  } finally {
    await writing?.catch(() => {}); // a read error must not leave a batch writing behind the caller
  }
  if (reported !== summary.read) o.onProgress?.(summary.read);
  return summary;
}

async function* batches(o: ImportOptions, summary: ImportSummary, reject: (r: Rejection) => void) {
  let rows: ImportRow[] = [];
  for await (const rec of readRecords(o.file, o.mapping.format)) {
    summary.read++;
    const mapped = mapRecord(rec, o.mapping);
    if (!mapped.ok) reject(mapped);
    else rows.push(mapped.row);
    if (rows.length >= (o.batchSize ?? DEFAULT_IMPORT_BATCH)) {
      yield { rows, read: summary.read } satisfies Batch;
      rows = [];
    }
  }
  if (rows.length) yield { rows, read: summary.read } satisfies Batch;
}

async function writeBatch(
  db: Db,
  staging: ImportStaging,
  m: ImportMapping,
  rows: ImportRow[],
  summary: ImportSummary,
  reject: (r: Rejection) => void,
): Promise<void> {
  const out = await withTransaction(db, async (tx) => {
    await stageBatch(tx, rows, staging);
    const staged = await insertStaged(tx, m.source, m.jurisdiction);
    if (staged.inserted > 0) await appendCreatedEvents(tx);
    return staged;
  });
  summary.imported += out.inserted;
  summary.alreadyImported += rows.length - out.outside.length - out.inserted;
  const where = m.jurisdiction
    ? `Hanoi or the box of ${m.jurisdiction.code}`
    : 'Hanoi (the mapping declares no jurisdiction)';
  for (const n of out.outside) {
    const row = rows[n]!;
    reject({
      line: row.line,
      sourceId: row.sourceId,
      reason: 'outside_service_area',
      detail: `the position is outside ${where}`,
    });
  }
}
