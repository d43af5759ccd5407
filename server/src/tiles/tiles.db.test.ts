// Tiles decode (with @mapbox/vector-tile, as MapLibre does) to exactly the reports and cell
// counts the list and GET /api/cells give; on PostgreSQL, ST_AsMVT and the Node encoder agree.
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import { cellBoundary, cellParentBits, resolutionForZoom } from '@matthan/geo';
import { PbfReader } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import { CellsResponse } from '../contracts/cells.js';
import { ReportPage, type PublicReport } from '../contracts/report.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { HOAN_KIEM, useTestApp } from '../testing/app.js';
import { tileAt, tileBBox, type TileAddress } from './tile-math.js';
import { detectTileEncoding, type TileEncoding } from './tiles.repository.js';
import { createTilesService } from './tiles.service.js';

const ctx = useTestApp();
let encodings: TileEncoding[] = [];

beforeAll(async () => {
  await seedDemoReports(ctx.t.db, { count: 3000, now: new Date('2025-10-01T00:00:00Z'), seed: 3 });
  // Where PostGIS can encode, both encoders run and must agree; elsewhere only Node can.
  encodings = (await detectTileEncoding(ctx.t.db)) === 'postgis' ? ['postgis', 'node'] : ['node'];
  expect(encodings[0]).toBe(ctx.t.engine === 'postgres' ? 'postgis' : 'node');
});

const url = (t: TileAddress, q = '') => `/tiles/reports/${t.z}/${t.x}/${t.y}.mvt${q}`;

function decode(bytes: Uint8Array): Record<string, VectorTileLayer> {
  return new VectorTile(new PbfReader(bytes)).layers;
}

function features(layer: VectorTileLayer | undefined) {
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => {
    const f = layer!.feature(i);
    return { type: f.type, properties: f.properties, geometry: f.loadGeometry().map((r) => r.map((p) => [p.x, p.y])) };
  });
}

async function tileVia(encoding: TileEncoding, t: TileAddress, filter = {}) {
  return decode(await createTilesService(ctx.t.db, encoding).render(t, filter));
}

async function listIn(t: TileAddress, q = ''): Promise<PublicReport[]> {
  const res = await ctx.a.app.request(`/api/reports?limit=1000&bbox=${tileBBox(t).join(',')}${q}`);
  const page = ReportPage.parse(await res.json());
  expect(page.nextCursor).toBeNull();
  return page.items;
}

describe('point tiles (zoom > 12)', () => {
  const tile = tileAt(HOAN_KIEM, 14);

  it('hold every report of the tile with id, category and status, through the endpoint', async () => {
    const res = await ctx.a.app.request(url(tile));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const got = features(decode(new Uint8Array(await res.arrayBuffer())).reports).map((f) => f.properties);
    const expected = (await listIn(tile)).map((r) => ({ id: r.id, category: r.category, status: r.status }));
    expect(expected.length).toBeGreaterThan(5);
    expect(got).toEqual(expected);
  });

  it('apply the list filters', async () => {
    const q = '?category=trash,flooding&status=new,resolved&from=2025-09-01T00:00:00Z';
    const res = await ctx.a.app.request(url(tileAt(HOAN_KIEM, 13), q));
    const got = features(decode(new Uint8Array(await res.arrayBuffer())).reports).map((f) => f.properties.id);
    const expected = (await listIn(tileAt(HOAN_KIEM, 13), q.replace('?', '&'))).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('apply the cell filter: only the reports inside one hexagon', async () => {
    const all = await listIn(tile);
    const cell = cellParentBits(all[0]!.h3Cell, 9);
    const res = await ctx.a.app.request(url(tile, `?cell=${cell}`));
    const got = features(decode(new Uint8Array(await res.arrayBuffer())).reports).map((f) => f.properties.id);
    const expected = all.filter((r) => cellParentBits(r.h3Cell, 9) === cell).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(got).toEqual(expected);
  });

  it('decode to the same features from ST_AsMVT and from Node', async () => {
    const [first, ...others] = await Promise.all(encodings.map((e) => tileVia(e, tile)));
    const a = features(first!.reports);
    for (const other of others) {
      const b = features(other.reports);
      expect(b.map((f) => [f.type, f.properties])).toEqual(a.map((f) => [f.type, f.properties]));
      b.forEach((f, i) => {
        const [[[x, y]]] = a[i]!.geometry as [[[number, number]]];
        const [[[bx, by]]] = f.geometry as [[[number, number]]];
        expect(Math.abs(bx - x) + Math.abs(by - y)).toBeLessThanOrEqual(2);
      });
    }
  });
});

describe('cell tiles (zoom ≤ 12)', () => {
  it.each([10, 11, 12])('zoom %i: whole-cell counts and top categories, as GET /api/cells counts them', async (z) => {
    const tile = tileAt(HOAN_KIEM, z);
    const res = resolutionForZoom(z);
    const cells = CellsResponse.parse(await (await ctx.a.app.request(`/api/cells?res=${res}`)).json()).cells;
    const [w, s, e, n] = tileBBox(tile);
    const meets = (cell: string) => {
      const ring = cellBoundary(cell);
      return (
        ring.some(([x]) => x >= w) &&
        ring.some(([x]) => x <= e) &&
        ring.some(([, y]) => y >= s) &&
        ring.some(([, y]) => y <= n)
      );
    };
    const expected = cells.filter((c) => meets(c.cell));
    expect(expected.length).toBeGreaterThan(0);
    for (const encoding of encodings) {
      const got = features((await tileVia(encoding, tile)).cells);
      expect(got.every((f) => f.type === 3)).toBe(true);
      expect(got.map((f) => ({ cell: f.properties.cell, count: f.properties.count }))).toEqual(expected);
    }
  });

  it('names the most frequent category of each cell (ties: lowest code), and both encoders agree', async () => {
    const tile = tileAt(HOAN_KIEM, 12);
    const [first, ...others] = await Promise.all(encodings.map((e) => tileVia(e, tile)));
    const got = features(first!.cells).map((f) => f.properties);
    for (const other of others) expect(features(other.cells).map((f) => f.properties)).toEqual(got);
    expect(got.length).toBeGreaterThan(3);
    const all = await listAll();
    for (const { cell, count, topCategory } of got) {
      const counts = new Map<string, number>();
      for (const r of all.filter((r) => cellParentBits(r.h3Cell, resolutionForZoom(12)) === cell))
        counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      expect([count, topCategory]).toEqual([[...counts.values()].reduce((x, y) => x + y, 0), ranked[0]![0]]);
    }
  });
});

async function listAll(): Promise<PublicReport[]> {
  const all: PublicReport[] = [];
  let cursor: string | null = null;
  do {
    const c: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = ReportPage.parse(await (await ctx.a.app.request(`/api/reports?limit=1000${c}`)).json());
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('tile requests', () => {
  it('answer 204 with cache headers where nothing matches', async () => {
    for (const u of [url({ z: 14, x: 0, y: 0 }), url(tileAt(HOAN_KIEM, 11), '?category=no-such-category')]) {
      const res = await ctx.a.app.request(u);
      expect(res.status, u).toBe(204);
      expect(res.headers.get('cache-control')).toMatch(/max-age/);
    }
  });

  it.each([
    ['/tiles/reports/23/0/0.mvt', 'invalid_tile'],
    ['/tiles/reports/3/8/0.mvt', 'invalid_tile'],
    ['/tiles/reports/3/0/8.mvt', 'invalid_tile'],
    ['/tiles/reports/3/0/1.png', 'invalid_tile'],
    ['/tiles/reports/-1/0/0.mvt', 'invalid_tile'],
    ['/tiles/reports/a/0/0.mvt', 'invalid_tile'],
    ['/tiles/reports/14/13011/7143.mvt?status=nope', 'validation_failed'],
    ['/tiles/reports/14/13011/7143.mvt?bbox=1,2,3,4', 'validation_failed'],
  ])('%s → 400 %s', async (u, code) => {
    const res = await ctx.a.app.request(u);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});
