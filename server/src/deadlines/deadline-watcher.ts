import { withTransaction, type Db } from '../db/pool.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { appendEvents } from '../reports/events.repository.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { markWarned } from './deadlines.repository.js';

export interface DeadlineWatcherOptions {
  db: Db;
  broadcaster: Pick<Broadcaster, 'announce'>;
  clock: () => Date;
  /** How often to look for reports past 80 % of their time (default 30 s). */
  intervalMs?: number;
}

/**
 * Warns the holding unit when a report passes 80 % of its time: marks it warned and logs a
 * 'deadline:warned' event (actor 'system') in one transaction, so the stream sends each warning
 * once and a client that reconnects still gets it.
 */
export function createDeadlineWatcher(o: DeadlineWatcherOptions) {
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  /** One pass; returns the ids of the reports warned, earliest warning first. */
  async function tick(): Promise<string[]> {
    if (running) return [];
    running = true;
    try {
      const now = o.clock();
      const ids = await withTransaction(o.db, async (tx) => {
        const warned = await markWarned(tx, now);
        const byId = new Map((await publicReportsByIds(tx, warned)).map((r) => [r.id, r]));
        const events = warned.map((id) => {
          const report = byId.get(id)!;
          const detail = { dueAt: report.dueAt, unitCode: report.unitCode };
          return { reportId: id, kind: 'deadline:warned', actor: 'system', payload: report, detail, at: now };
        });
        await appendEvents(tx, events);
        return warned;
      });
      if (ids.length > 0) o.broadcaster.announce();
      return ids;
    } finally {
      running = false;
    }
  }

  return {
    tick,
    start() {
      timer = setInterval(
        () => void tick().catch((err: Error) => console.error('[matthan] deadlines:', err.message)),
        o.intervalMs ?? 30_000,
      );
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
