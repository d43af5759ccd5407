import { withTransaction, type Db, type Tx } from '../db/pool.js';
import type { PublicReport, ReporterContact } from '../contracts/report.js';
import type { StoredFile } from '../media/media.store.js';
import { appendEvents, type NewEvent } from './events.repository.js';
import {
  addMeToos,
  insertContacts,
  insertMedia,
  insertReports,
  setDeadline,
  type InsertedRow,
  type MediaRow,
} from './report-batch.repository.js';
import type { Deadlines } from '../deadlines/deadline.js';
import { publicReportsByIds, type NewReportRow } from './reports.repository.js';

export interface PendingReport {
  row: NewReportRow;
  contact: ReporterContact | null;
  media: MediaRow[];
  files: StoredFile[];
  /** The public snapshot the report:created event carries; ward, unit and link are found when it is written. */
  payload: Omit<PublicReport, 'wardCode' | 'unitCode' | 'status' | 'linkedTo' | 'dueAt'>;
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
export function createReportWriter(db: Db, deadlines: Deadlines, maxBatch = 250): ReportWriter {
  let queue: Waiting[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      await commitOrSplit(db, deadlines, batch);
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

async function commitOrSplit(db: Db, deadlines: Deadlines, batch: Waiting[]): Promise<void> {
  try {
    const outcomes = await commitBatch(
      db,
      deadlines,
      batch.map((w) => w.report),
    );
    batch.forEach((w, i) => w.resolve(outcomes[i]!));
  } catch (err) {
    if (batch.length === 1) return batch[0]!.reject(err);
    for (const w of batch) await commitOrSplit(db, deadlines, [w]);
  }
}

async function commitBatch(db: Db, deadlines: Deadlines, reports: PendingReport[]): Promise<WriteOutcome[]> {
  await deadlines.prepare(); // never a pool query inside the transaction (see Deadlines.prepare)
  return withTransaction(db, async (tx) => {
    const rows = await insertReports(
      tx,
      reports.map((r) => r.row),
    );
    const outcomes = rows.map((row, i) => outcomeOf(row, reports[i]!));
    const kept = reports.filter((_, i) => outcomes[i]!.status === 'created');
    await insertContacts(
      tx,
      kept.flatMap((r) => (r.contact ? [{ reportId: r.row.id, contact: r.contact }] : [])),
    );
    await insertMedia(
      tx,
      kept.flatMap((r) => r.media),
    );
    const events: NewEvent[] = outcomes.flatMap((o, i) =>
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
    events.push(...(await meTooEvents(tx, deadlines, outcomes, reports)));
    await appendEvents(tx, events);
    return outcomes;
  });
}

function outcomeOf(row: InsertedRow, pending: PendingReport): WriteOutcome {
  if (!row.wardCode) return { status: 'outside' };
  if (!row.inserted) return { status: 'duplicate' };
  const report: PublicReport = {
    ...pending.payload,
    wardCode: row.wardCode,
    unitCode: row.unitCode ?? row.wardCode,
    status: row.linkedTo ? 'duplicate' : 'new',
    linkedTo: row.linkedTo,
    dueAt: row.linkedTo ? null : (pending.row.dueAt?.toISOString() ?? null),
  };
  return { status: 'created', report };
}

/** The originals that new "me too" reports were linked to, counted and announced as updated. */
async function meTooEvents(
  tx: Tx,
  deadlines: Deadlines,
  outcomes: WriteOutcome[],
  reports: PendingReport[],
): Promise<NewEvent[]> {
  const linked = new Map<string, string[]>();
  for (const o of outcomes) {
    if (o.status === 'created' && o.report.linkedTo)
      linked.set(o.report.linkedTo, [...(linked.get(o.report.linkedTo) ?? []), o.report.id]);
  }
  if (linked.size === 0) return [];
  const at = reports[reports.length - 1]!.row.createdAt;
  const counts = new Map([...linked].map(([id, children]) => [id, children.length]));
  const updated = await addMeToos(tx, counts, at);
  // A raise by the crowd moves the due time as a staff member's priority change does: counted
  // again from when the unit got the report, under the new priority's policy.
  for (const o of updated.filter((u) => u.raisedTo !== null)) {
    const d = await deadlines.dueFor(o.category, o.raisedTo!, o.heldSince);
    await setDeadline(tx, o.id, d?.dueAt ?? null, d?.warnAt ?? null);
  }
  const originals = await publicReportsByIds(
    tx,
    updated.map((u) => u.id),
  );
  return originals.map((report) => ({
    reportId: report.id,
    kind: 'report:me_too',
    actor: 'system',
    payload: report,
    detail: { linkedReportIds: linked.get(report.id) ?? [] },
    at,
  }));
}
