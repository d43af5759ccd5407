import { hotspotsForCells } from '@matthan/geo';
import type { Db } from '../db/pool.js';
import type { CellHotspot, HotspotsQuery, HotspotsResponse } from '../contracts/hotspots.js';
import { countByCell } from '../cells/cells.repository.js';
import { createStudyArea } from './study-area.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

export interface HotspotsService {
  /** Gi* per cell for the query; answers from a short cache keyed by the inputs unless `fresh`. */
  compute(q: HotspotsQuery, opts?: { fresh?: boolean }): Promise<HotspotsResponse>;
}

export function createHotspotsService(db: Db, clock: () => Date, ttlMs = 30_000): HotspotsService {
  const studyArea = createStudyArea(db);
  const cache = new Map<string, { at: number; value: Promise<HotspotsResponse> }>();

  async function run(q: HotspotsQuery): Promise<HotspotsResponse> {
    const to = q.to ?? clock().toISOString();
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * DAY_MS).toISOString();
    const [area, counts] = await Promise.all([
      studyArea(q.res),
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
      studyAreaCells: cells.length,
      reports: counts.reduce((s, c) => s + c.count, 0),
      cells: results.filter((r) => r.classification !== 'not-significant').sort((a, b) => b.z - a.z) as CellHotspot[],
    };
  }

  return {
    compute(q, opts = {}) {
      const key = JSON.stringify([q.res, q.k, q.from ?? null, q.to ?? null, q.category ?? null]);
      const hit = cache.get(key);
      if (!opts.fresh && hit && Date.now() - hit.at < ttlMs) return hit.value;
      const value = run(q);
      cache.set(key, { at: Date.now(), value });
      value.catch(() => cache.delete(key));
      if (cache.size > 500) cache.delete(cache.keys().next().value!); // bounded: oldest first
      return value;
    },
  };
}
