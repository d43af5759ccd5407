import { cellParent, lngLatToCell, type LngLat } from '@matthan/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmergingResponse } from '../contracts/hotspots.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { jsonPost } from '../testing/app.js';

const NOW = new Date('2025-10-01T03:00:00.000Z');
const WEEK = 7 * 86_400_000;
let t: TestDatabase;
let spot: LngLat;
const config = loadConfig({ MATTHAN_MEDIA_DIR: '/tmp/matthan-emerging-media', MATTHAN_DASHBOARD_DIR: '/nonexistent' });
const appAt = (at: Date) =>
  createApp({
    db: t.db,
    broadcaster: { announce() {}, teamMoved() {} },
    config,
    engine: t.engine,
    tileEncoding: 'node',
    clock: () => at,
  });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoReports(t.db, { count: 2000, now: NOW, days: 56, seed: 5 });
  const { rows } = await t.db.query<{ lng: number; lat: number }>(
    `SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (
       SELECT ST_PointOnSurface(geom) AS p FROM units WHERE kind = 'ward'
       ORDER BY ST_Distance(geom, ST_SetSRID(ST_MakePoint(105.8542, 21.0285), 4326)) DESC LIMIT 1) x`,
  );
  spot = [rows[0]!.lng, rows[0]!.lat];
  // A dump site that grows every week in the quietest corner of Hà Nội.
  for (let w = 0; w < 8; w++) {
    const app = appAt(new Date(NOW.getTime() - (8 - w) * WEEK + 3_600_000));
    for (let i = 0; i < 4 + 4 * w; i++) {
      const body = { category: 'trash', description: `Bãi rác lớn dần, tuần ${w}`, location: spot };
      expect((await app.app.request('/api/reports', jsonPost(body))).status).toBe(201);
    }
  }
}, 120_000);
afterAll(async () => t?.close());

describe('GET /api/hotspots/emerging', () => {
  it('sees a dump site that grows week after week as an emerging hot spot with an upward trend', async () => {
    const res = await appAt(NOW).app.request('/api/hotspots/emerging?res=8&windows=8&window=week&category=trash');
    expect(res.status).toBe(200);
    const body = EmergingResponse.parse(await res.json());
    expect(Date.parse(body.to) - Date.parse(body.from)).toBe(8 * WEEK);
    const cell = cellParent(lngLatToCell(spot, 15), 8);
    const found = body.cells.find((c) => c.cell === cell);
    expect(found?.pattern).toMatch(/-hot$/);
    expect(found!.windowsHot).toBeGreaterThanOrEqual(4);
    expect(found!.trendZ).toBeGreaterThan(0);
    expect(body.cells.every((c) => c.pattern !== 'no-pattern')).toBe(true);
  });

  it('rejects windows and resolutions it cannot serve', async () => {
    for (const q of ['?windows=1', '?window=month', '?res=3', '?windows=100']) {
      const res = await appAt(NOW).app.request(`/api/hotspots/emerging${q}`);
      expect(res.status).toBe(400);
    }
  });
});
