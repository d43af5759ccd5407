import { describe, expect, it } from 'vitest';
import { cellsLoaded, cellsReportCreated, cellsRequested, cellsRequestFor, initialCells } from './cells.js';
import { categoryToggled, initialFilters } from './filters.js';
import { aReport } from '../testing/reports.js';
import { viewChanged, initialView } from './view.js';

const now = Date.parse('2025-07-02T00:00:00Z');
const view = viewChanged(initialView, { zoom: 12, bounds: [105.8, 21.0, 105.9, 21.06] });
// The fixture report (Hoàn Kiếm Lake) lies in this res-8 cell.
const lakeCell = '88415cb4e5fffff';

function loadedWith(cells: { cell: string; count: number }[], filters = initialFilters) {
  const request = cellsRequestFor({ ...view, zoom: 11.5 }, filters)!;
  expect(request.res).toBe(8);
  const requested = cellsRequested(initialCells, { request });
  return cellsLoaded(requested, { key: request.key, response: { res: 8, cells, total: cells.length } });
}

describe('cells', () => {
  it('waits for the map bounds before asking', () => {
    expect(cellsRequestFor(initialView, initialFilters)).toBeNull();
    expect(cellsRequestFor(view, initialFilters)?.bbox).toBeDefined();
  });

  it('keys requests by resolution, area and filters', () => {
    const a = cellsRequestFor(view, initialFilters)!;
    const b = cellsRequestFor(view, categoryToggled(initialFilters, { code: 'trash', allCodes: [] }))!;
    const c = cellsRequestFor({ ...view, zoom: 15 }, initialFilters)!;
    expect(new Set([a.key, b.key, c.key]).size).toBe(3);
    expect(cellsRequestFor(view, initialFilters)!.key).toBe(a.key);
  });

  it('drops a late reply to an older request', () => {
    const old = cellsRequestFor(view, initialFilters)!;
    const fresh = cellsRequestFor({ ...view, zoom: 15 }, initialFilters)!;
    const s = cellsRequested(cellsRequested(initialCells, { request: old }), { request: fresh });
    expect(cellsLoaded(s, { key: old.key, response: { res: 9, cells: [], total: 0 } })).toBe(s);
  });

  it('adds a new report to the count of its hexagon', () => {
    const s = loadedWith([{ cell: lakeCell, count: 4 }]);
    const next = cellsReportCreated(s, { report: aReport(), now });
    expect(next.cells).toEqual([{ cell: lakeCell, count: 5 }]);
    expect(next.total).toBe(s.total + 1);
    expect(next.version).toBe(s.version + 1);
  });

  it('creates the hexagon when it had no report yet', () => {
    const next = cellsReportCreated(loadedWith([]), { report: aReport(), now });
    expect(next.cells).toEqual([{ cell: lakeCell, count: 1 }]);
  });

  it('ignores reports outside the loaded area or filtered out', () => {
    const s = loadedWith([], categoryToggled(initialFilters, { code: 'flooding', allCodes: [] }));
    expect(cellsReportCreated(s, { report: aReport(), now })).toBe(s);
    const far = aReport({ category: 'flooding', location: [105.5, 20.6] });
    expect(cellsReportCreated(s, { report: far, now })).toBe(s);
    expect(cellsReportCreated(initialCells, { report: aReport(), now })).toBe(initialCells);
  });
});
