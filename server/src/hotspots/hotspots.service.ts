import { emergingHotspots, hotspotsForCells } from '@matthan/geo';
import type { Db } from '../db/pool.js';
import type {
  CellHotspot,
  EmergingQuery,
  EmergingResponse,
  HotspotsQuery,
  HotspotsResponse,
} from '../contracts/hotspots.js';
import { countByCell } from '../cells/cells.repository.js';
import { createCache } from '../lib/cache.js';
import { countByCellAndWindow } from './hotspots.repository.js';
import { createStudyRegion } from './study-region.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

export interface HotspotsService {
  /** Gi* per cell for the query; answers from a short cache keyed by the inputs unless `fresh`. */
  compute(q: HotspotsQuery, opts?: { fresh?: boolean }): Promise<HotspotsResponse>;
  /** Emerging hot spot patterns over time windows ending at `to` (default now); cached like compute. */
  emerging(q: EmergingQuery): Promise<EmergingResponse>;
}

const WINDOW_SECONDS = { day: 86_400, week: 7 * 86_400 } as const;

export function createHotspotsService(db: Db, clock: () => Date, ttlMs = 30_000): HotspotsService {
  const studyRegion = createStudyRegion(db);
  const cache = createCache<unknown>({ ttlMs, max: 500 });

  async function run(q: HotspotsQuery): Promise<HotspotsResponse> {
    const to = q.to ?? clock().toISOString();
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * DAY_MS).toISOString();
    const [area, counts] = await Promise.all([
      studyRegion(q.res),
      countByCell(db, { res: q.res, from, to, category: q.category }),
    ]);
    // Reports sit inside the wards, but a cell whose centre is outside them still holds some.
    const cells = [...new Set([...area, ...counts.map((c) => c.cell)])];
    const results = hotspotsForCells(new Map(counts.map((c) => [c.cell, c.count])), cells, { k: q.k });
    return {
      res: q.res,
      k: q.k,
      from,
      to,
      studyRegionCells: cells.length,
      reports: counts.reduce((s, c) => s + c.count, 0),
      cells: results.filter((r) => r.classification !== 'not-significant').sort((a, b) => b.z - a.z) as CellHotspot[],
    };
  }

  async function runEmerging(q: EmergingQuery): Promise<EmergingResponse> {
    const windowSeconds = WINDOW_SECONDS[q.window];
    const to = q.to ?? clock().toISOString();
    const from = new Date(Date.parse(to) - windowSeconds * 1000 * q.windows).toISOString();
    const [area, counts] = await Promise.all([
      studyRegion(q.res),
      countByCellAndWindow(db, { res: q.res, from, windowSeconds, windows: q.windows, category: q.category }),
    ]);
    const perWindow = Array.from({ length: q.windows }, () => new Map<string, number>());
    for (const c of counts) perWindow[c.window]?.set(c.cell, c.count);
    const cells = [...new Set([...area, ...counts.map((c) => c.cell)])];
    const patterns = emergingHotspots(perWindow, cells, { k: q.k }).filter((e) => e.pattern !== 'no-pattern');
    return {
      res: q.res,
      k: q.k,
      window: q.window,
      windows: q.windows,
      from,
      to,
      cells: patterns.map((e) => ({
        cell: e.cell,
        pattern: e.pattern,
        windowsHot: e.windowsHot,
        windowsCold: e.windowsCold,
        trendZ: e.trend.z,
        trendP: e.trend.p,
        lastZ: e.lastZ,
      })),
    };
  }

  const cached = <T>(key: string, fresh: boolean, make: () => Promise<T>) => cache.get(key, make, fresh) as Promise<T>;

  return {
    compute: (q, opts = {}) =>
      cached(JSON.stringify(['gi', q.res, q.k, q.from, q.to, q.category]), !!opts.fresh, () => run(q)),
    emerging: (q) =>
      cached(JSON.stringify(['emerging', q.res, q.k, q.windows, q.window, q.to, q.category]), false, () =>
        runEmerging(q),
      ),
  };
}
