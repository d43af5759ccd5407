import type { Queryable, Tx } from '../db/pool.js';
import { LOCKS } from '../db/locks.js';
import type { PublicReport } from '../contracts/report.js';

export interface StoredEvent {
  seq: number;
  kind: string;
  at: string;
  report: PublicReport;
}

/**
 * Appends to the timeline under the seq lock (held to commit), so seq order is commit order.
 * Call it as the last statement of the transaction: the lock serialises every writer from here on.
 */
export async function appendEvent(
  tx: Tx,
  e: { reportId: string; kind: string; actor: string; payload: PublicReport; at: Date },
): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.EVENT_SEQ]);
  const { rows } = await tx.query<{ seq: string }>(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING seq::text`,
    [e.reportId, e.kind, e.actor, JSON.stringify(e.payload), e.at],
  );
  return Number(rows[0]!.seq);
}

/** Events with after < seq ≤ upTo, in order, at most `limit`. */
export async function eventsBetween(db: Queryable, after: number, upTo: number, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<{ seq: string; kind: string; payload: PublicReport; created_at: Date }>(
    `SELECT seq::text, kind, payload, created_at FROM report_events
     WHERE seq > $1 AND seq <= $2 ORDER BY report_events.seq LIMIT $3`, // the bigint column, not the text alias
    [after, upTo, limit],
  );
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, at: r.created_at.toISOString(), report: r.payload }));
}

/** The highest committed seq (0 when there are no events). */
export async function latestSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM report_events');
  return Number(rows[0]?.seq ?? 0);
}
