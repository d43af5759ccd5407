import { describe, expect, it } from 'vitest';
import { initialFilters } from './filters.js';
import { cameraMoved, filtersChanged, liveLinkSearch, parseLiveLink } from './url.js';

describe('live view links', () => {
  it('round-trips every filter, the camera, the heatmap switch and the open report', () => {
    const link = {
      filters: {
        categories: ['flooding', 'trash'],
        statuses: ['in_progress' as const],
        wards: ['00070'],
        period: '7d' as const,
        overdue: true,
      },
      camera: { center: [105.8542, 21.0285] as [number, number], zoom: 12.5 },
      heatmap: true,
      report: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    };
    const search = liveLinkSearch(link);
    expect(search).toBe(
      'category=flooding,trash&status=in_progress&ward=00070&period=7d&overdue=1&at=105.85420,21.02850,12.50&heat=1' +
        '&report=0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    );
    expect(parseLiveLink(search)).toEqual(link);
  });

  it('leaves the defaults out, so the plain page has no query string', () => {
    expect(liveLinkSearch({ filters: initialFilters, camera: null, heatmap: false, report: null })).toBe('');
    expect(parseLiveLink('')).toEqual({ filters: initialFilters, camera: null, heatmap: false, report: null });
  });

  it('drops what it cannot read instead of failing on a mangled link', () => {
    const link = parseLiveLink('status=new,bogus&period=1y&category=<script>,trash&at=500,21,12&ward=1,2&report=x');
    expect(link.report).toBeNull();
    expect(link.filters).toEqual({
      categories: ['trash'],
      statuses: ['new'],
      wards: ['1'],
      period: 'all',
      overdue: false,
    });
    expect(link.camera).toBeNull();
    expect(parseLiveLink('at=105.8,21,abc').camera).toBeNull();
  });

  it('treats a pan as no new history entry, and a filter as one', () => {
    expect(filtersChanged('category=trash&at=1,2,3', 'category=trash&at=4,5,6')).toBe(false);
    expect(filtersChanged('category=trash&at=1,2,3', 'at=1,2,3')).toBe(true);
  });

  it('ignores camera differences below the rounding of a link', () => {
    const a = { center: [105.85421, 21.02851] as [number, number], zoom: 12.501 };
    expect(cameraMoved(a, { center: [105.854212, 21.028509], zoom: 12.5 })).toBe(false);
    expect(cameraMoved(a, { center: [105.86, 21.02851], zoom: 12.5 })).toBe(true);
    expect(cameraMoved(null, a)).toBe(true);
  });
});
