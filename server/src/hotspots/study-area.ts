import { polygonCells } from '@matthan/geo';
import type { Db } from '../db/pool.js';
import { wardGeometries } from '../units/units.repository.js';

/**
 * The H3 cells of the served area (every ward) at a resolution, computed once per resolution.
 * Gi* must count empty cells of the study area as zeros, or every cluster looks significant.
 */
export function createStudyArea(db: Db): (res: number) => Promise<string[]> {
  const byRes = new Map<number, Promise<string[]>>();
  return (res) => {
    let cells = byRes.get(res);
    if (!cells) {
      cells = wardGeometries(db).then((wards) => [...new Set(wards.flatMap((w) => polygonCells(w.geometry, res)))]);
      cells.catch(() => byRes.delete(res));
      byRes.set(res, cells);
    }
    return cells;
  };
}
