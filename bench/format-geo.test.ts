import { describe, expect, it } from 'vitest';
import { geoSections } from './format-geo.js';
import { geoVerdicts, type GeoResults } from './geo-results.js';
import { hotspotQueries, type EndpointResult } from './hotspot-endpoint-results.js';
import { timing } from './micro.js';
import { summarize } from './stats.js';

function geo(o: { h3PerSec?: number; giMs?: number; zDiff?: number; wardsPerSec?: number } = {}): GeoResults {
  const rate = (perSec: number, items: number) => timing([(items * 1000) / perSec], items);
  return {
    h3: {
      points: 1000,
      runs: 1,
      ours: rate(o.h3PerSec ?? 500_000, 1000),
      baseline: rate(1_000_000, 1000),
      barRatio: 0.4,
    },
    hotspots: {
      cells: 50_311,
      cellsWithReports: 15_000,
      resolution: 10,
      k: 1,
      runs: 1,
      ours: timing([o.giMs ?? 400], 50_311),
      baseline: timing([40], 50_311),
      maxZDifference: o.zDiff ?? 0,
      barMs: 1000,
    },
    wards: {
      wards: 126,
      points: 1_000_000,
      inside: 480_000,
      buildMs: 300,
      runs: 1,
      ours: rate(o.wardsPerSec ?? 5_000_000, 1_000_000),
      baseline: rate(1_250_000, 1_000_000),
      barPerSec: 100_000,
    },
  };
}

describe('geoVerdicts', () => {
  it('passes figures that meet their bars', () => {
    expect(geoVerdicts(geo())).toEqual({ h3: true, hotspots: true, wards: true });
  });

  it('fails H3 below 0.4× raw, Gi* at 1 s or with different z-scores, wards below 100,000/s', () => {
    expect(geoVerdicts(geo({ h3PerSec: 399_000, giMs: 1000, wardsPerSec: 99_000 }))).toEqual({
      h3: false,
      hotspots: false,
      wards: false,
    });
    expect(geoVerdicts(geo({ zDiff: 1e-6 })).hotspots).toBe(false);
  });
});

describe('geoSections', () => {
  it('prints each figure beside its baseline, the ratio and the bar', () => {
    const rows = geoSections(geo(), undefined).flatMap((s) => s.rows.map((r) => r.join(' | ')));
    expect(rows).toContain('Calls/s | 500,000 | 1,000,000 | 0.50× | ≥ 0.4× raw | PASS');
    expect(rows).toContain('Time per study region | 400 ms | 40 ms | 10× | < 1,000 ms | PASS');
    expect(rows).toContain('Lookups/s | 5,000,000 | 1,250,000 | 4.00× | ≥ 100,000/s | PASS');
  });

  it('adds the endpoint section only when that phase ran', () => {
    const endpoint: EndpointResult = {
      reports: 1_000_000,
      seedSeconds: 180,
      res: 8,
      k: 1,
      studyRegionCells: 4168,
      ours: summarize([100, 200, 350]),
      cached: summarize([5, 6]),
      baseline: summarize([50, 60, 70]),
      failures: 0,
      barP95Ms: 300,
    };
    expect(geoSections(geo(), undefined)).toHaveLength(3);
    const [six] = geoSections(undefined, endpoint);
    expect(six!.title).toMatch(/^6\. GET \/api\/hotspots\?res=8&k=1 on 1,000,000 seeded reports/);
    expect(six!.rows[1]!.join(' | ')).toBe('Latency p95 | 350 ms | 70 ms | 5.00× | < 300 ms | FAIL');
  });
});

describe('hotspotQueries', () => {
  it('gives every request its own from, and every other one a category in turn', () => {
    const now = new Date('2025-07-01T00:00:00Z');
    const qs = hotspotQueries(5, now, 30, ['trash', 'lighting']);
    expect(new Set(qs.map((q) => q.from)).size).toBe(5);
    expect(qs[0]).toEqual({ from: '2025-06-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' });
    expect(qs.map((q) => q.category)).toEqual([undefined, 'trash', undefined, 'lighting', undefined]);
  });
});
