// Exports must give exactly what the list and the cells endpoint give, in every format, and
// resume after any row; CSV must survive descriptions written to break it.
import { parse } from 'csv-parse/sync';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { CellsResponse } from '../contracts/cells.js';
import { ReportPage, type PublicReport } from '../contracts/report.js';
import { onError } from '../http/errors.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { useTestApp, HOAN_KIEM, jsonPost } from '../testing/app.js';
import { exportsRoutes } from './exports.routes.js';
import { createExportsService } from './exports.service.js';

const ctx = useTestApp();
const HOSTILE = [
  'Dấu "ngoặc kép", dấu phẩy, và\nxuống dòng',
  '=HYPERLINK("http://evil.example","bấm")',
  'CRLF\r\ngiữa câu; "" hai dấu; kết thúc bằng dấu phẩy,',
  '  khoảng trắng đầu và cuối  ',
  'Emoji 🚧 và ký tự lạ \u2028 \t tab',
];

async function get(url: string, app: { request: (u: string) => Response | Promise<Response> } = ctx.a.app) {
  const res = await app.request(url);
  // Keep the BOM: Response.text() would strip it, hiding whether the server wrote one.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), text };
}

async function listAll(query = ''): Promise<PublicReport[]> {
  const all: PublicReport[] = [];
  let cursor: string | null = null;
  do {
    const c: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await ctx.a.app.request(`/api/reports?limit=1000${query}${c}`);
    const page = ReportPage.parse(await res.json());
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

type Row = PublicReport & { cursor: string };
const strip = (rows: Row[]) => rows.map(({ cursor: _, ...r }) => r);

function fromNdjson(text: string): Row[] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Row);
}

function fromGeojson(text: string): Row[] {
  const fc = JSON.parse(text) as { features: { geometry: { coordinates: [number, number] }; properties: Row }[] };
  return fc.features.map((f) => ({ ...f.properties, location: f.geometry.coordinates }));
}

function fromCsv(text: string): Row[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records = parse(text.slice(1), { columns: true }) as Record<string, string>[];
  return records.map((r) => ({
    id: r.id!,
    category: r.category!,
    description: r.description!,
    location: [Number(r.lng), Number(r.lat)],
    h3Cell: r.h3Cell!,
    wardCode: r.wardCode!,
    status: r.status as PublicReport['status'],
    priority: r.priority as PublicReport['priority'],
    createdAt: r.createdAt!,
    updatedAt: r.updatedAt!,
    mediaCount: Number(r.mediaCount),
    unitCode: r.unitCode!,
    dueAt: r.dueAt || null,
    resolvedAt: r.resolvedAt || null,
    linkedTo: r.linkedTo || null,
    meTooCount: Number(r.meTooCount),
    cursor: r.cursor!,
  }));
}

const readers = { csv: fromCsv, geojson: fromGeojson, ndjson: fromNdjson };
const FILTER = '&category=trash,flooding&status=new,received,resolved&from=2025-08-01T00:00:00Z';

beforeAll(async () => {
  await seedDemoReports(ctx.t.db, { count: 700, now: new Date('2025-10-01T00:00:00Z'), seed: 11 });
  for (const description of HOSTILE) {
    const res = await ctx.a.app.request(
      '/api/reports',
      jsonPost({ category: 'trash', description, location: HOAN_KIEM }),
    );
    expect(res.status).toBe(201);
  }
});

describe('GET /api/exports/reports.*', () => {
  it.each(['csv', 'geojson', 'ndjson'] as const)('%s holds exactly the list, in its order', async (format) => {
    const res = await get(`/api/exports/reports.${format}`);
    expect(res.status).toBe(200);
    const rows = readers[format](res.text);
    expect(strip(rows)).toEqual(await listAll());
  });

  it.each(['csv', 'geojson', 'ndjson'] as const)('%s holds exactly the filtered list', async (format) => {
    const rows = readers[format]((await get(`/api/exports/reports.${format}?${FILTER.slice(1)}`)).text);
    const expected = await listAll(FILTER);
    expect(expected.length).toBeGreaterThan(10);
    expect(strip(rows)).toEqual(expected);
  });

  it('keeps hostile descriptions intact through CSV', async () => {
    const rows = fromCsv((await get('/api/exports/reports.csv')).text);
    const descriptions = new Set(rows.map((r) => r.description));
    // The API trims descriptions on intake; what it stored is what must come back.
    for (const d of HOSTILE) expect(descriptions.has(d.trim())).toBe(true);
  });

  it.each(['csv', 'ndjson'] as const)('%s resumed from a middle row yields exactly the rest', async (format) => {
    const all = readers[format]((await get(`/api/exports/reports.${format}`)).text);
    const k = Math.floor(all.length / 3);
    const rest = readers[format]((await get(`/api/exports/reports.${format}?cursor=${all[k]!.cursor}`)).text);
    expect(rest).toEqual(all.slice(k + 1));
  });

  it('pages of a few rows chain into the same export, with the filter kept across pages', async () => {
    const small = new Hono().route('/x', exportsRoutes(createExportsService(ctx.t.db, 7)));
    small.onError(onError);
    const paged = fromNdjson((await get(`/x/reports.ndjson?${FILTER.slice(1)}`, small)).text);
    expect(strip(paged)).toEqual(await listAll(FILTER));
  });

  it('an export resumed after its last row is empty but well-formed', async () => {
    const all = fromGeojson((await get('/api/exports/reports.geojson')).text);
    const res = await get(`/api/exports/reports.geojson?cursor=${all[all.length - 1]!.cursor}`);
    expect(JSON.parse(res.text)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('GET /api/exports/cells.*', () => {
  it.each(['csv', 'geojson', 'ndjson'] as const)('%s holds the counts of GET /api/cells', async (format) => {
    const server = CellsResponse.parse(await (await ctx.a.app.request(`/api/cells?res=9${FILTER}`)).json());
    const res = await get(`/api/exports/cells.${format}?res=9${FILTER}`);
    const rows = fromCellText(format, res.text);
    expect(rows.map((r) => ({ cell: r.cell, count: r.count }))).toEqual(server.cells);
  });

  it('cell GeoJSON features are closed hexagons in [lng, lat] around Hanoi', async () => {
    const fc = JSON.parse((await get('/api/exports/cells.geojson?res=8')).text) as {
      features: { geometry: { coordinates: [number, number][][] } }[];
    };
    const ring = fc.features[0]!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(7);
    expect(ring[0]).toEqual(ring[6]);
    for (const [lng, lat] of ring) expect([lng > 105 && lng < 107, lat > 20 && lat < 22]).toEqual([true, true]);
  });

  it('resumes after a cell and, in small pages, chains to the same rows', async () => {
    const all = fromCellText('ndjson', (await get('/api/exports/cells.ndjson?res=9')).text);
    const k = Math.floor(all.length / 2);
    const rest = fromCellText('ndjson', (await get(`/api/exports/cells.ndjson?res=9&cursor=${all[k]!.cursor}`)).text);
    expect(rest).toEqual(all.slice(k + 1));
    const small = new Hono().route('/x', exportsRoutes(createExportsService(ctx.t.db, 5)));
    expect(fromCellText('ndjson', (await get('/x/cells.ndjson?res=9', small)).text)).toEqual(all);
  });
});

function fromCellText(format: 'csv' | 'geojson' | 'ndjson', text: string) {
  if (format === 'csv')
    return (parse(text.slice(1), { columns: true }) as Record<string, string>[]).map((r) => ({
      cell: r.cell!,
      count: Number(r.count),
      cursor: r.cursor!,
    }));
  if (format === 'geojson')
    return (
      JSON.parse(text) as { features: { properties: { cell: string; count: number; cursor: string } }[] }
    ).features.map((f) => f.properties);
  return fromNdjson(text) as unknown as { cell: string; count: number; cursor: string }[];
}

describe('bad export requests', () => {
  it.each([
    ['/api/exports/reports.xml', 'validation_failed'],
    ['/api/exports/reports.csv?cursor=not-a-cursor', 'invalid_cursor'],
    ['/api/exports/reports.csv?status=nope', 'validation_failed'],
    ['/api/exports/reports.csv?limit=10', 'validation_failed'],
    ['/api/exports/cells.csv?res=16', 'validation_failed'],
    ['/api/exports/cells.csv?res=8&cursor=8f4159a2d1e4a45', 'invalid_cursor'],
    ['/api/exports/cells.geojson?res=8&bbox=1,2,3', 'validation_failed'],
  ])('%s → 400 %s', async (url, code) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.code).toBe(code);
  });
});
