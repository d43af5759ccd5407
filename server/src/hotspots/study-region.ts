import { polygonCells } from '@matthan/geo';
import type { Db } from '../db/pool.js';
import { createCache } from '../lib/cache.js';
import { wardGeometries } from '../units/units.repository.js';

/**
 * The H3 cells of the served area (every ward) at a resolution, computed once per resolution.
 * Gi* must count empty cells of the study region as zeros, or every cluster looks significant.
 */
export function createStudyRegion(db: Db): (res: number) => Promise<string[]> {
  const cache = createCache<string[]>();
  return (res) =>
    cache.get(String(res), async () => {
      const wards = await wardGeometries(db);
      return [...new Set(wards.flatMap((w) => polygonCells(w.geometry, res)))];
    });
}
