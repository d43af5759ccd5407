import type { Queryable } from '../db/pool.js';
import type { PublicReport } from '../contracts/report.js';

export interface StoredEvent {
  seq: number;
  kind: string;
  at: string;
  report: PublicReport;
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
