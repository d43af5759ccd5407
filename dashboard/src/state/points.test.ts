import { describe, expect, it } from 'vitest';
import { initialFilters } from './filters.js';
import {
  initialPoints,
  pointsLoaded,
  pointsReportCreated,
  pointsReportUpdated,
  pointsRequested,
  pointsRequestFor,
} from './points.js';
import { aReport } from '../testing/reports.js';
import { initialView, viewChanged } from './view.js';

const now = Date.parse('2025-07-02T00:00:00Z');
const street = viewChanged(initialView, { zoom: 15, bounds: [105.85, 21.025, 105.86, 21.032] });

function loaded(items = [aReport()]) {
  const request = pointsRequestFor(street, initialFilters)!;
  return pointsLoaded(pointsRequested(initialPoints, { request }), { key: request.key, items });
}

describe('points', () => {
  it('asks for single reports only when zoomed in to street level', () => {
    expect(pointsRequestFor({ ...street, zoom: 12 }, initialFilters)).toBeNull();
    expect(pointsRequestFor(street, initialFilters)).not.toBeNull();
  });

  it('adds a new report inside the loaded area once', () => {
    const s = loaded();
    const r = aReport();
    const next = pointsReportCreated(s, { report: r, now });
    expect(next.items.map((x) => x.id)).toContain(r.id);
    expect(pointsReportCreated(next, { report: r, now })).toBe(next);
    expect(pointsReportCreated(s, { report: aReport({ location: [105.7, 21.1] }), now })).toBe(s);
  });

  it('replaces an updated report it shows', () => {
    const r = aReport();
    const s = loaded([r]);
    const next = pointsReportUpdated(s, { report: { ...r, status: 'resolved' } });
    expect(next.items[0]?.status).toBe('resolved');
    expect(pointsReportUpdated(s, { report: aReport() })).toBe(s);
  });
});
