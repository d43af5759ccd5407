import { withTransaction, type Db } from '../db/pool.js';
import type { PublicReport, ReporterContact } from '../contracts/report.js';
import type { StoredFile } from '../media/media.store.js';
import { appendEvents, insertContacts, insertMedia, insertReports, type MediaRow } from './report-batch.repository.js';
import type { NewReportRow } from './reports.repository.js';

export interface PendingReport {
  row: NewReportRow;
  contact: ReporterContact | null;
  media: MediaRow[];
  files: StoredFile[];
  /** The public snapshot the report:created event carries; the ward is found when it is written. */
  payload: Omit<PublicReport, 'wardCode'>;
}

/**
 * `created`: committed now, as `report`. `duplicate`: its idempotency key was already taken.
 * `outside`: the location is in no ward of the served area.
 */
export type WriteOutcome =
  { status: 'created'; report: PublicReport } | { status: 'duplicate' } | { status: 'outside' };

interface Waiting {
  report: PendingReport;
  resolve(o: WriteOutcome): void;
  reject(err: unknown): void;
}

export interface ReportWriter {
  write(report: PendingReport): Promise<WriteOutcome>;
}

/**
 * Group commit for new reports. Every report ends in report_events under one lock held to
 * commit (that is what makes seq order commit order), so one transaction per report would
 * serialise all writers behind one lock and one disk flush each. Instead, reports that arrive
 * while a transaction is being written wait and go together in the next one: one lock, one
 * flush, a handful of statements for the whole batch. A single report still goes at once.
 * If a batch fails, its reports are retried one by one so one bad report fails alone.
 */
export function createReportWriter(db: Db, maxBatch = 250): ReportWriter {
  let queue: Waiting[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      await commitOrSplit(db, batch);
    }
    writing = false;
  }

  return {
    write(report) {
      return new Promise<WriteOutcome>((resolve, reject) => {
        queue.push({ report, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}

async function commitOrSplit(db: Db, batch: Waiting[]): Promise<void> {
  try {
    const outcomes = await commitBatch(
      db,
      batch.map((w) => w.report),
    );
    batch.forEach((w, i) => w.resolve(outcomes[i]!));
  } catch (err) {
    if (batch.length === 1) return batch[0]!.reject(err);
    for (const w of batch) await commitOrSplit(db, [w]);
  }
}

async function commitBatch(db: Db, reports: PendingReport[]): Promise<WriteOutcome[]> {
  return withTransaction(db, async (tx) => {
    const rows = await insertReports(
      tx,
      reports.map((r) => r.row),
    );
    const outcomes: WriteOutcome[] = rows.map((row, i) => {
      if (!row.wardCode) return { status: 'outside' };
      if (!row.inserted) return { status: 'duplicate' };
      return { status: 'created', report: { ...reports[i]!.payload, wardCode: row.wardCode } };
    });
    const kept = reports.filter((_, i) => outcomes[i]!.status === 'created');
    await insertContacts(
      tx,
      kept.flatMap((r) => (r.contact ? [{ reportId: r.row.id, contact: r.contact }] : [])),
    );
    await insertMedia(
      tx,
      kept.flatMap((r) => r.media),
    );
    const events = outcomes.flatMap((o, i) =>
      o.status === 'created'
        ? [
            {
              reportId: o.report.id,
              kind: 'report:created',
              actor: 'citizen',
              payload: o.report,
              at: reports[i]!.row.createdAt,
            },
          ]
        : [],
    );
    await appendEvents(tx, events);
    return outcomes;
  });
}
