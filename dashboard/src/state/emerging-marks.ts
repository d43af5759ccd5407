import type { EmergingCell, EmergingPattern } from '@matthan/server/contracts';
import { filterParams, type FiltersState } from './filters.js';

/** The emerging patterns the operations room marks on its hotspots: what is new or getting worse. */
export const LIVE_PATTERNS: readonly EmergingPattern[] = ['new-hot', 'intensifying-hot', 'persistent-hot'];

/** Eight weeks up to now, at the live hotspots' resolution, under the category filter. */
export function emergingRequestFor(filters: FiltersState): Record<string, string | number> {
  const { category } = filterParams(filters, Date.now());
  return { res: 8, k: 1, windows: 8, window: 'week', ...(category ? { category } : {}) };
}

/** Only the cells worth a mark on the live map, strongest pattern first. */
export function liveMarks(cells: readonly EmergingCell[]): EmergingCell[] {
  return cells
    .filter((c) => LIVE_PATTERNS.includes(c.pattern))
    .sort((a, b) => LIVE_PATTERNS.indexOf(a.pattern) - LIVE_PATTERNS.indexOf(b.pattern) || b.lastZ - a.lastZ);
}
