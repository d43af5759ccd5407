// The dashboard counts reports in memory with geo's aggregate(); these tests hold it to the
// numbers GET /api/cells computes in SQL (`h3_parent` GROUP BY), on seeded demo data.
import { aggregate, type ReportFilter } from '@matthan/geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { CellsResponse } from '../contracts/cells.js';
import { ReportPage, type PublicReport } from '../contracts/report.js';
import { seedDemoReports } from '../seed/seed.service.js';
import { useTestApp } from '../testing/app.js';

const ctx = useTestApp();
let reports: PublicReport[] = [];

async function getJson(url: string): Promise<unknown> {
  const res = await ctx.a.app.request(url);
  expect(res.status, url).toBe(200);
  return res.json();
}

/** Every report, page by page, exactly as a client would fetch them. */
async function fetchAllReports(): Promise<PublicReport[]> {
  const all: PublicReport[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = ReportPage.parse(await getJson(`/api/reports?limit=1000${query}`));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

beforeAll(async () => {
  const { inserted } = await seedDemoReports(ctx.t.db, {
    count: 3000,
    now: new Date('2025-10-01T00:00:00Z'),
    seed: 7,
  });
  reports = await fetchAllReports();
  expect(reports).toHaveLength(inserted);
  expect(new Set(reports.map((r) => r.id)).size).toBe(inserted);
});

/** The query string GET /api/cells takes for a resolution and a filter. */
function cellsUrl(res: number, f: ReportFilter): string {
  const q = new URLSearchParams({ res: String(res) });
  if (f.bbox) q.set('bbox', f.bbox.join(','));
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.category) q.set('category', f.category.join(','));
  if (f.status) q.set('status', f.status.join(','));
  if (f.ward) q.set('ward', f.ward.join(','));
  return `/api/cells?${q}`;
}

async function expectSameCounts(res: number, filter: ReportFilter): Promise<number> {
  const server = CellsResponse.parse(await getJson(cellsUrl(res, filter)));
  const local = aggregate(reports, { res, filter });
  expect(server.res).toBe(res);
  expect(local).toEqual(server.cells);
  expect(local.reduce((s, r) => s + r.count, 0)).toBe(server.total);
  return server.total;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

describe('aggregate() against GET /api/cells on ~3,000 seeded reports', () => {
  it.each([6, 8, 9])('counts every report per res-%i cell identically', async (res) => {
    expect(await expectSameCounts(res, {})).toBe(reports.length);
  });

  it('counts one category identically', async () => {
    const category = mostCommon(reports.map((r) => r.category));
    const total = await expectSameCounts(8, { category: [category] });
    expect(total).toBe(reports.filter((r) => r.category === category).length);
    expect(total).toBeGreaterThan(0);
  });

  it('counts a time range identically (from included, to excluded)', async () => {
    const total = await expectSameCounts(9, { from: '2025-09-01T00:00:00Z', to: '2025-09-15T00:00:00Z' });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(reports.length);
    // Bounds at an existing report's instant exercise the inclusive/exclusive edges.
    const edge = reports[Math.floor(reports.length / 2)]!.createdAt;
    await expectSameCounts(9, { from: edge });
    await expectSameCounts(9, { to: edge });
  });

  it('counts a bbox identically', async () => {
    const total = await expectSameCounts(8, { bbox: [105.8, 21.0, 105.87, 21.05] });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(reports.length);
  });

  it('counts a bbox whose edges sit a hair (below float32 precision) off a report identically', async () => {
    // PostGIS `&&` compares float32 boxes, so a point 1e-6° outside still matches: geo mirrors it.
    const [lng, lat] = reports[0]!.location;
    expect(await expectSameCounts(9, { bbox: [lng - 0.01, lat - 0.01, lng - 1e-6, lat + 0.01] })).toBeGreaterThan(0);
    await expectSameCounts(9, { bbox: [lng + 1e-6, lat - 0.01, lng + 0.01, lat + 0.01] });
  });

  it('counts combined filters (status, category, time, bbox) identically', async () => {
    const category = mostCommon(reports.map((r) => r.category));
    const filter: ReportFilter = {
      category: [category],
      status: ['new', 'resolved', 'closed'],
      from: '2025-08-01T00:00:00Z',
      bbox: [105.75, 20.95, 105.95, 21.1],
    };
    expect(await expectSameCounts(6, filter)).toBeGreaterThan(0);
  });
});

describe('the overdue filter', () => {
  it('counts open reports past their due time now, the same in the list and the cells', async () => {
    const open = ['new', 'received', 'assigned', 'in_progress', 'reopened'];
    const late = reports.filter((r) => open.includes(r.status) && r.dueAt !== null && Date.parse(r.dueAt) < Date.now());
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(reports.length);
    const cells = CellsResponse.parse(await getJson('/api/cells?res=7&overdue=true'));
    expect(cells.total).toBe(late.length);
    const page = ReportPage.parse(await getJson('/api/reports?limit=1000&overdue=true'));
    expect(page.items.map((r) => r.id).sort()).toEqual(late.map((r) => r.id).sort());
    const all = CellsResponse.parse(await getJson('/api/cells?res=7&overdue=false'));
    expect(all.total).toBe(reports.length);
  });

  it('refuses a value it does not know', async () => {
    const res = await ctx.a.app.request('/api/cells?res=7&overdue=yes');
    expect(res.status).toBe(400);
  });
});
