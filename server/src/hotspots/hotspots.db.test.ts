import { readFileSync } from 'node:fs';
import { hotspotsForCells, lngLatToCell, cellParent, polygonCells, type LngLat } from '@matthan/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HotspotChangedPayload, HotspotsResponse } from '../contracts/hotspots.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { jsonPost } from '../testing/app.js';
import { createHotspotWatcher } from './hotspot-watcher.js';

const NOW = new Date('2025-10-01T03:00:00.000Z');
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoReports(t.db, { count: 3000, now: NOW, days: 30, seed: 11 });
  const config = loadConfig({
    MATTHAN_MEDIA_DIR: '/tmp/matthan-hotspots-media',
    MATTHAN_DASHBOARD_DIR: '/nonexistent',
  });
  app = createApp({
    db: t.db,
    broadcaster: { announce() {}, teamMoved() {} },
    config,
    engine: t.engine,
    tileEncoding: 'node',
    clock: () => NOW,
  });
});
afterAll(async () => t?.close());

const get = async (q: string) => app.app.request(`/api/hotspots${q}`);

describe('GET /api/hotspots', () => {
  it('finds the demo clusters as hot cells, hottest first, over the whole served area', async () => {
    const res = await get('?res=8&k=1');
    expect(res.status).toBe(200);
    const body = HotspotsResponse.parse(await res.json());
    expect(body.reports).toBeGreaterThan(2900);
    expect(body.studyRegionCells).toBeGreaterThan(4000); // Hà Nội's ~3,360 km² at ~0.74 km² a cell
    const hot = body.cells.filter((c) => c.classification.startsWith('hot'));
    expect(hot.length).toBeGreaterThan(0);
    expect(body.cells.map((c) => c.z)).toEqual([...body.cells.map((c) => c.z)].sort((a, b) => b - a));
    const lake = cellParent(lngLatToCell([105.8542, 21.0285], 15), 8);
    expect(hot.map((c) => c.cell)).toContain(lake); // Hoàn Kiếm is the busiest demo place
  });

  it('gives the same z-scores as geo/ on the counts of /api/cells and the wards', async () => {
    const from = new Date(NOW.getTime() - 30 * 86_400_000).toISOString();
    const body = HotspotsResponse.parse(await (await get(`?res=7&k=2&from=${from}`)).json());
    const counts = (await (await app.app.request(`/api/cells?res=7&from=${from}&to=${NOW.toISOString()}`)).json()) as {
      cells: { cell: string; count: number }[];
    };
    const wards = JSON.parse(
      readFileSync(new URL('../../../seeds/hanoi-wards-2025.geojson', import.meta.url), 'utf8'),
    ) as {
      features: { geometry: { type: 'MultiPolygon'; coordinates: LngLat[][][] } }[];
    };
    const area = new Set(wards.features.flatMap((f) => polygonCells(f.geometry, 7)));
    counts.cells.forEach((c) => area.add(c.cell));
    const expected = hotspotsForCells(new Map(counts.cells.map((c) => [c.cell, c.count])), area, { k: 2 });
    const byCell = new Map(expected.map((e) => [e.cell, e]));
    expect(body.cells.length).toBeGreaterThan(0);
    for (const c of body.cells) {
      expect(c.z).toBeCloseTo(byCell.get(c.cell)!.z, 9);
      expect(c.classification).toBe(byCell.get(c.cell)!.classification);
    }
  });

  it('rejects a resolution or neighbourhood it cannot serve', async () => {
    for (const q of ['?res=12', '?k=9', '?res=8&from=yesterday', '?bbox=1,2,3,4']) {
      const res = await get(q);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });
});

describe('hotspot:changed', () => {
  it('tells the operations center when a quiet cell turns hot, once', async () => {
    const { rows } = await t.db.query<{ lng: number; lat: number }>(
      `SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (
         SELECT ST_PointOnSurface(geom) AS p FROM units WHERE kind = 'ward'
         ORDER BY ST_Distance(geom, ST_SetSRID(ST_MakePoint(105.8542, 21.0285), 4326)) DESC LIMIT 1) x`,
    );
    const spot: LngLat = [rows[0]!.lng, rows[0]!.lat];
    const emitted: unknown[] = [];
    let seq = 1;
    const watcher = createHotspotWatcher({
      hotspots: app.hotspots,
      lastSeq: () => seq,
      emit: (p) => emitted.push(p),
      clock: () => new Date(NOW.getTime() + 60_000),
    });
    expect(await watcher.check()).toEqual([]); // the first look sets the baseline
    for (let i = 0; i < 60; i++) {
      const res = await app.app.request(
        '/api/reports',
        jsonPost({ category: 'trash', description: `Bãi rác tự phát ${i}`, location: spot }),
      );
      expect(res.status).toBe(201);
    }
    seq = 2;
    const changes = await watcher.check();
    const cell = cellParent(lngLatToCell(spot, 15), 8);
    expect(changes.find((c) => c.cell === cell)).toMatchObject({ from: 'not-significant', to: 'hot-99' });
    expect(emitted).toHaveLength(1);
    expect(HotspotChangedPayload.parse(emitted[0]).basedOnSeq).toBe(2);
    expect(await watcher.check()).toEqual([]); // nothing new: no recompute, no event
  });
});
