import type { HotspotsResponse } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { initialFilters } from './filters.js';
import { hotspotChanged, hotspotsLoaded, hotspotsRequested, hotspotsRequestFor, initialHotspots } from './hotspots.js';

const now = Date.parse('2025-07-10T00:00:00Z');
const response = (cells: HotspotsResponse['cells']): HotspotsResponse => ({
  res: 8,
  k: 1,
  from: '2025-06-10T00:00:00.000Z',
  to: '2025-07-10T00:00:00.000Z',
  studyRegionCells: 100,
  reports: 50,
  cells,
});
const hot = { cell: '88415cb4e5fffff', count: 9, z: 3.1, p: 0.002, pAdjusted: 0.01, classification: 'hot-99' as const };

describe('hotspots', () => {
  it('asks for the category and period only, whatever the status or ward', () => {
    const a = hotspotsRequestFor({ ...initialFilters, categories: ['trash'], period: '7d' }, now);
    expect(a.params).toEqual({ res: '8', category: 'trash', from: '2025-07-03T00:00:00.000Z' });
    const b = hotspotsRequestFor({ ...initialFilters, categories: ['trash'], period: '7d', wards: ['00070'] }, now);
    expect(b.key).toBe(a.key);
  });

  it('keeps only the reply to the latest request', () => {
    const req = hotspotsRequestFor(initialFilters, now);
    const s = hotspotsRequested(initialHotspots, { request: req });
    expect(hotspotsLoaded(s, { key: 'old', response: response([hot]) })).toBe(s);
    expect(hotspotsLoaded(s, { key: req.key, response: response([hot]) }).cells).toEqual([hot]);
  });

  it('applies a pushed change to an unfiltered view, and ignores it under a category filter', () => {
    const req = hotspotsRequestFor(initialFilters, now);
    const s = hotspotsLoaded(hotspotsRequested(initialHotspots, { request: req }), {
      key: req.key,
      response: response([{ ...hot, classification: 'hot-90' }]),
    });
    const event = {
      at: '2025-07-10T00:00:00.000Z',
      basedOnSeq: 7,
      res: 8,
      k: 1,
      from: '2025-06-10T00:00:00.000Z',
      to: '2025-07-10T00:00:00.000Z',
      changes: [
        { cell: hot.cell, from: 'hot-90' as const, to: 'hot-99' as const, z: 3.4, count: 10 },
        { cell: '88415cb4e1fffff', from: 'not-significant' as const, to: 'hot-95' as const, z: 2.2, count: 4 },
      ],
    };
    const next = hotspotChanged(s, { event });
    expect(next.cells.map((c) => [c.cell, c.classification, c.count])).toEqual([
      [hot.cell, 'hot-99', 10],
      ['88415cb4e1fffff', 'hot-95', 4],
    ]);
    const filtered = hotspotsRequested(s, {
      request: hotspotsRequestFor({ ...initialFilters, categories: ['x'] }, now),
    });
    expect(hotspotChanged(filtered, { event })).toBe(filtered);
  });
});
