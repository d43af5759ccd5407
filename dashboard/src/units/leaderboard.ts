// The leaderboard's rows in the order the reader asked for. Pure.
import type { UnitStats } from '@matthan/server/contracts';
import type { SortColumn, SortDirection } from './view-state.js';

/**
 * Sorted by one column; a unit with no figure for a share (nothing processed, no rating) goes last
 * in either direction, and ties keep the unit code order so the table does not jump.
 */
export function sortedUnits(
  units: readonly UnitStats[],
  sort: { column: SortColumn; direction: SortDirection },
  nameOf: (code: string) => string,
): UnitStats[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (u: UnitStats): string | number | null => (sort.column === 'unit' ? nameOf(u.unitCode) : u[sort.column]);
  return [...units].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (typeof x === 'string' ? x.localeCompare(y as string, 'vi') : x - (y as number));
    }
    return a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0;
  });
}

/** The table's totals line: sums, and the shares recomputed from the sums (not averaged). */
export function totalsOf(units: readonly UnitStats[]) {
  const sum = (k: 'received' | 'processed' | 'processedOnTime' | 'overdueNow' | 'reopened' | 'ratings' | 'satisfied') =>
    units.reduce((n, u) => n + u[k], 0);
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
  const processed = sum('processed');
  const ratings = sum('ratings');
  return {
    received: sum('received'),
    processed,
    onTimePercent: share(sum('processedOnTime'), processed),
    overdueNow: sum('overdueNow'),
    reopened: sum('reopened'),
    ratings,
    satisfactionPercent: share(sum('satisfied'), ratings),
  };
}
