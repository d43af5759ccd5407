import type { PublicReport } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { breakdownLoaded, cellSelected, exportLinks, initialDrill, moreRequested, reportsPageLoaded } from './drill.js';

const CELL = '88415cb4e5fffff';
const report = (id: string) => ({ id }) as PublicReport;
const breakdown = {
  total: 2,
  byCategory: [{ category: 'trash', count: 2 }],
  byStatus: [{ status: 'new' as const, count: 2 }],
};

describe('hexagon drill-down', () => {
  it('clears what it showed when another cell is picked', () => {
    const a = breakdownLoaded(cellSelected(initialDrill, { cell: CELL }), { cell: CELL, breakdown });
    expect(a.breakdown).toBe(breakdown);
    const b = cellSelected(a, { cell: '88415cb4e1fffff' });
    expect(b).toEqual({ ...initialDrill, cell: '88415cb4e1fffff' });
    expect(cellSelected(b, { cell: '88415cb4e1fffff' })).toBe(b);
  });

  it('ignores replies for a cell no longer selected', () => {
    const s = cellSelected(initialDrill, { cell: CELL });
    expect(breakdownLoaded(s, { cell: 'other', breakdown })).toBe(s);
    expect(reportsPageLoaded(s, { cell: 'other', first: true, items: [report('1')], nextCursor: null })).toBe(s);
  });

  it('pages the reports: the first page replaces, the next appends without duplicates', () => {
    let s = cellSelected(initialDrill, { cell: CELL });
    s = reportsPageLoaded(s, { cell: CELL, first: true, items: [report('1'), report('2')], nextCursor: 'c1' });
    expect(moreRequested(s).loadingMore).toBe(true);
    s = reportsPageLoaded(moreRequested(s), {
      cell: CELL,
      first: false,
      items: [report('2'), report('3')],
      nextCursor: null,
    });
    expect(s.reports.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(s).toMatchObject({ nextCursor: null, loadingMore: false });
    expect(moreRequested(s)).toBe(s);
  });

  it('links the cell’s and its reports’ exports with the view’s filter and the cell', () => {
    const links = exportLinks(CELL, {
      from: '2025-07-01T00:00:00+07:00',
      to: '2025-08-01T00:00:00+07:00',
      category: 'trash',
    });
    expect(links.map((l) => `${l.what}.${l.format}`)).toEqual([
      'cell.geojson',
      'reports.geojson',
      'cell.csv',
      'reports.csv',
    ]);
    const cell = new URL(links[0]!.href, 'http://x');
    expect(cell.pathname).toBe('/api/exports/cells.geojson');
    expect(Object.fromEntries(cell.searchParams)).toEqual({
      from: '2025-07-01T00:00:00+07:00',
      to: '2025-08-01T00:00:00+07:00',
      category: 'trash',
      res: '8',
      cell: CELL,
    });
    const reports = new URL(links[3]!.href, 'http://x');
    expect(reports.pathname).toBe('/api/exports/reports.csv');
    expect(reports.searchParams.get('cell')).toBe(CELL);
    expect(reports.searchParams.has('res')).toBe(false);
  });
});
