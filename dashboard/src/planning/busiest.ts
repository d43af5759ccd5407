// The hexagons with the most reports over the whole period: a keyboard way into the drill-down,
// named by the ward at their centre.
import { cellToLngLat, createAreaIndex, type AreaCollection, type AreaIndex } from '@matthan/geo';
import type { SeriesFrame } from '@matthan/server/contracts';

export interface BusyCell {
  cell: string;
  count: number;
}

/**
 * Counts summed over every frame, largest first (ties by cell, so the list is stable).
 * @example busiestCells([{ start, cells: [{ cell: 'a', count: 2 }] }, { start, cells: [{ cell: 'a', count: 1 }] }], 5)
 * // [{ cell: 'a', count: 3 }]
 */
export function busiestCells(frames: readonly SeriesFrame[], n: number): BusyCell[] {
  const totals = new Map<string, number>();
  for (const frame of frames) for (const c of frame.cells) totals.set(c.cell, (totals.get(c.cell) ?? 0) + c.count);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([cell, count]) => ({ cell, count }));
}

/** A coarse index is plenty for naming a hexagon and is built in a few milliseconds. */
export function wardIndex(wards: AreaCollection | null): AreaIndex | null {
  return wards ? createAreaIndex(wards, { gridCells: 128 }) : null;
}

/** The code of the ward holding the cell's centre, or null outside every ward. */
export function wardOfCell(index: AreaIndex | null, cell: string): string | null {
  return index?.areaAt(cellToLngLat(cell)) ?? null;
}
