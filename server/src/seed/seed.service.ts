import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import { withTransaction, type Db } from '../db/pool.js';
import { loadDeadlineRules } from '../deadlines/deadlines.service.js';
import { newId, newTrackingCode } from '../reports/ids.js';
import { demoReports, type DemoOptions, type DemoReport } from './demo.js';
import { hasReports, insertDemoReports, type DemoReportRow } from './demo.repository.js';
import { ensureReferenceData, SEEDS_DIR } from './reference.js';
import { loadDemoTeams } from '../teams/demo-teams.js';

export interface SeedOptions extends DemoOptions {
  /** Reports per transaction. */
  batchSize?: number;
  /** Called after each committed batch with the reports processed so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  inserted: number;
  /** Generated reports that fell outside every ward, so were not stored. */
  dropped: number;
}

export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Adds `count` generated demo reports, each with its 'report:created' event, one transaction per
 * batch: progress survives an interruption, and the embedded engine serves others between batches.
 */
export async function seedDemoReports(db: Db, opts: SeedOptions): Promise<SeedResult> {
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  let done = 0;
  let inserted = 0;
  const rules = opts.rules ?? (await loadDeadlineRules(db));
  for (const batch of chunks(demoReports({ ...opts, rules }), size)) {
    const rows = batch.map(withIdentity);
    inserted += await withTransaction(db, (tx) => insertDemoReports(tx, rows));
    done += batch.length;
    opts.onProgress?.(done, opts.count);
  }
  return { inserted, dropped: done - inserted };
}

/**
 * First start of a fresh database: loads the wards and categories if missing, then adds `count`
 * demo reports only if there are no reports at all, so it never mixes demo data into real data.
 * Returns null when reports were already there.
 */
export async function seedIfEmpty(db: Db, opts: { count: number; now?: Date }): Promise<SeedResult | null> {
  await ensureReferenceData(db);
  if (opts.count <= 0 || (await hasReports(db))) return null;
  await loadDemoTeams(db, SEEDS_DIR, opts.now ?? new Date()); // demo field teams go with the demo reports, never alone
  return seedDemoReports(db, { count: opts.count, now: opts.now ?? new Date() });
}

// The id is time-ordered (UUIDv7 at the creation time), as for a report filed at that moment.
function withIdentity(r: DemoReport): DemoReportRow {
  return {
    ...r,
    id: newId(r.createdAt.getTime()),
    trackingCode: newTrackingCode(),
    h3: cellToBigInt(lngLatToCell(r.location, STORAGE_RESOLUTION)),
  };
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
