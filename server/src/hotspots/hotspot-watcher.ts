import type { HotspotChange, HotspotChangedPayload, HotspotClass, HotspotsQuery } from '../contracts/hotspots.js';
import type { HotspotsService } from './hotspots.service.js';

const RANK: Record<HotspotClass, number> = {
  'hot-99': 3,
  'hot-95': 2,
  'hot-90': 1,
  'not-significant': 0,
  'cold-90': 0,
  'cold-95': 0,
  'cold-99': 0,
};

export interface WatcherOptions {
  hotspots: HotspotsService;
  /** The last committed report event; nothing is recomputed while it stays the same. */
  lastSeq: () => number;
  emit: (payload: HotspotChangedPayload) => void;
  clock: () => Date;
  query?: Pick<HotspotsQuery, 'res' | 'k'>;
  windowDays?: number;
  intervalMs?: number;
}

/**
 * Recomputes the operations center's hotspot view (default: res 8, k 1, last 7 days) after new
 * reports, at most once per interval, and pushes `hotspot:changed` for every cell that became hot
 * or moved to a higher confidence class, so nobody has to ask.
 */
export function createHotspotWatcher(o: WatcherOptions) {
  const query = o.query ?? { res: 8, k: 1 };
  const windowMs = (o.windowDays ?? 7) * 86_400_000;
  let previous: Map<string, HotspotClass> | null = null;
  let checkedSeq = -1;
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  async function check(): Promise<HotspotChange[]> {
    const seq = o.lastSeq();
    if (running || seq === checkedSeq) return [];
    running = true;
    try {
      const to = o.clock();
      const from = new Date(to.getTime() - windowMs);
      const result = await o.hotspots.compute(
        { ...query, from: from.toISOString(), to: to.toISOString() },
        { fresh: true },
      );
      const now = new Map(result.cells.map((c) => [c.cell, c.classification]));
      const changes = previous ? diff(previous, result.cells) : [];
      previous = now;
      checkedSeq = seq;
      if (changes.length > 0) {
        o.emit({ at: to.toISOString(), basedOnSeq: seq, ...query, from: result.from, to: result.to, changes });
      }
      return changes;
    } finally {
      running = false;
    }
  }

  return {
    check,
    start() {
      timer = setInterval(
        () => void check().catch((err: Error) => console.error('[matthan] hotspots:', err.message)),
        o.intervalMs ?? 15_000,
      );
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

function diff(
  previous: Map<string, HotspotClass>,
  cells: { cell: string; classification: HotspotClass; z: number; count: number }[],
) {
  const changes: HotspotChange[] = [];
  for (const c of cells) {
    const before = previous.get(c.cell) ?? 'not-significant';
    if (RANK[c.classification] > RANK[before]) {
      changes.push({ cell: c.cell, from: before, to: c.classification, z: c.z, count: c.count });
    }
  }
  return changes;
}
